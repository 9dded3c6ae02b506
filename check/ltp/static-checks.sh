#!/bin/sh
# LTP's own static checks on a leaf directory of its tree:
# scripts/checkpatch.pl with the options `make check` gives it, and the
# metadata parser that builds LTP's test catalogue.  Prints what they
# find; fails if they find anything.
#   check/ltp/static-checks.sh LTPTREE LEAFDIR
set -u

tree=$(cd "$1" && pwd)
leaf=$(cd "$2" && pwd)
rel=${leaf#"$tree"/}
out=$(mktemp)
trap 'rm -f "$out"' EXIT
rc=0

# include/mk/env_post.mk: CHECK_NOFLAGS, run on every .c and .h.
CHECKPATCH_CONFIG_DIR=$tree "$tree/scripts/checkpatch.pl" -f \
    --root "$tree" "$leaf"/*.c "$leaf"/*.h >"$out" 2>&1
if [ -s "$out" ]; then
	echo "# checkpatch.pl: $(wc -l <"$out") findings" >&2
	head -30 "$out" >&2
	rc=1
fi

# metadata/parse.sh runs it on every test; anything on stderr is a
# complaint ("useless tag: ...").
[ -x "$tree/metadata/metaparse" ] ||
    make -C "$tree/metadata" metaparse >/dev/null 2>&1 || rc=1
for t in "$leaf"/ptrace_access[0-9]*.c; do
	(cd "$tree" && ./metadata/metaparse -Iinclude -I"$rel" "$rel/${t##*/}") \
	    >/dev/null 2>"$out" || rc=1
	if [ -s "$out" ]; then
		sed "s|^|# metaparse: |" "$out" >&2
		rc=1
	fi
done
exit $rc
