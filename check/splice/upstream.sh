#!/bin/sh
# make check-upstream: splice Debian's man-pages tree (upstream
# man-pages with its own Makefile) and judge the result as upstream
# would.  On a git copy of the tree:
#   - splice --format-patch exits 0 and writes a series;
#   - git am applies the series;
#   - no deleted line holds "Since Linux", "since Linux", "commit" or
#     a roff comment (a reviewer's note among them);
#   - upstream's own lint-man, build-catman and check targets, run by
#     check/upstream-lint.sh, report nothing on the touched pages that
#     they did not report on the same pages before;
#   - a second splice changes nothing.
# TAP; PA_MANPAGES_TREE names a tree already unpacked.
set -u
top=$(pwd)
gen=$top/gen/ptrace-access
work=$top/build/check-upstream
tree=${PA_MANPAGES_TREE:-}
if [ -z "$tree" ]; then
	tree=$(sh check/debian.sh source manpages | tail -n 1) || exit 2
fi
[ -f "$tree/GNUmakefile" ] || { echo "$tree: no GNUmakefile" >&2; exit 2; }
tree=$(cd "$tree" && pwd)

n=0 failed=0
ok() {	# ok STATUS NAME [DIAG]
	n=$((n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $n - $2"
	else
		echo "not ok $n - $2"
		failed=$((failed + 1))
		[ -z "${3:-}" ] || printf '%s\n' "$3" | sed 's/^/# /'
	fi
}
g() { git -C "$work/tree" -c user.name=check-upstream \
    -c user.email=check-upstream@invalid -c commit.gpgsign=false "$@"; }

echo "1..7"
rm -rf "$work"
mkdir -p "$work"
cp -R "$tree" "$work/tree"
rm -rf "$work/tree/.git" "$work/tree/.pc" "$work/tree/debian"
g init -q && g add -A && g commit -qm upstream || exit 2
base=$(g rev-parse HEAD)

"$gen" splice --tree "$work/tree" --format-patch "$work/series" \
    2>"$work/splice.err"
rc=$?
ok $rc "splice --format-patch exits 0" "exit status $rc
$(cat "$work/splice.err")"
grep 'not spliced' "$work/splice.err" | sed 's/^/# /'
npatches=$(ls "$work/series" 2>/dev/null | wc -l)
[ "$npatches" -gt 0 ]
ok $? "a series of $npatches patches, one per page"

g am -q "$work"/series/*.patch >"$work/am.log" 2>&1
ok $? "git am applies the series" "$(cat "$work/am.log")"

deleted=$(g diff "$base" HEAD | grep '^-' | grep -v '^---' |
    grep -E 'Since Linux|since Linux|commit|^-\.\\"')
[ -z "$deleted" ]
ok $? "no version tag, commit id or comment deleted" "$deleted"

g diff --name-only "$base" HEAD >"$work/touched"
lint() {	# lint DIR LOG: upstream's targets on the touched pages
	PA_MANPAGES_TREE=$tree PA_UPSTREAM_LINT_STAGE=$work/lint \
	    PA_UPSTREAM_LINT_KEEP_GOING=1 sh check/upstream-lint.sh \
	    $(sed "s|^|$1/|" "$work/touched") >"$2" 2>&1
}
findings() { grep -v -e '^make.*directory' -e '^upstream ' "$1"; }
lint "$work/tree" "$work/lint-after.log"
after=$?
if [ $after -eq 0 ]; then
	ok 0 "upstream lint-man, build-catman, check: nothing on the\
 $(wc -l <"$work/touched") touched pages"
else
	mkdir -p "$work/before"
	g archive "$base" | tar -x -C "$work/before"
	lint "$work/before" "$work/lint-before.log"
	new=$(findings "$work/lint-after.log" | grep -vxF -f \
	    "$(findings "$work/lint-before.log" >"$work/b" && echo "$work/b")")
	[ -z "$new" ]
	ok $? "upstream lint: nothing new on the touched pages" "$new"
fi

out=$("$gen" splice --tree "$work/tree" 2>/dev/null)
rc=$?
[ $rc -eq 0 ] && [ -z "$out" ]
ok $? "a second splice changes nothing" "exit status $rc
$out"
[ -z "$(g status --porcelain)" ]
ok $? "and writes nothing" "$(g status --porcelain)"

echo "# check-upstream: $((n - failed)) passed, $failed failed"
[ $failed -eq 0 ]
