#!/bin/sh
# Render every page from a spec into a directory, the way `make man`
# does, for tests that must not touch the committed pages.
#   check/render.sh SPEC OUTDIR [single|split]
# One m4 a page and no other process in the loop: the tests call this
# often.
set -eu
spec=$1 out=$2 layout=${3:-single}
top=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out/frag"
"$top/gen/ptrace-access" --spec "$spec" man --out "$out/frag" --layout "$layout"
for t in "$top"/man[1-8]/*.m4; do
	page=${t#"$top"/}
	sec=${page%%/*}
	[ -d "$out/$sec" ] || mkdir "$out/$sec"
	m4 -P -I "$out/frag" "$t" > "$out/${page%.m4}"
done
