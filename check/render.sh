#!/bin/sh
# Render every page from a spec into a directory, the way `make man`
# does, for tests that must not touch the committed pages.
#   check/render.sh SPEC OUTDIR [single|split]
# A page is rendered when the spec gives every fragment its template
# inserts (a spec with kcmp alone has no get_robust_list(2)); m4 -E
# then fails on any other warning, as make man does.  One m4 a page
# and no other process in the loop: the tests call this often.
set -eu
spec=$1 out=$2 layout=${3:-single}
top=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out/frag"
"$top/gen/ptrace-access" --spec "$spec" man --out "$out/frag" --layout "$layout"
for t in "$top"/man[1-8]/*.m4; do
	page=${t#"$top"/}
	sec=${page%%/*}
	complete=1
	while IFS= read -r line; do
		case $line in
		m4_undivert\(\[\[\[*\]\]\]\)*)
			frag=${line#m4_undivert([[[}
			frag=${frag%%]]]*}
			[ -f "$out/frag/$frag" ] || complete=0 ;;
		esac
	done < "$t"
	[ $complete -eq 1 ] || continue
	[ -d "$out/$sec" ] || mkdir "$out/$sec"
	m4 -P -E -I "$out/frag" "$t" > "$out/${page%.m4}"
done
