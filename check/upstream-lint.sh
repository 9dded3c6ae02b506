#!/bin/sh
# make lint-upstream: the Linux man-pages project's own lint and check
# targets, run by its own Makefile, on the pages we build.
#   check/upstream-lint.sh PAGE...
# The tree is Debian's manpages source (check/debian.sh source
# manpages; PA_MANPAGES_TREE names one already unpacked).  Its GNU
# makefile takes the pages from MANDIR and builds under builddir, so
# our pages are staged as man/manN/ in build/upstream-lint and the
# targets run there:
#   lint-man      lint-man-mandoc (mandoc -Tlint, every level, through
#                 share/mk/lint/man/mandoc.ignore.grep), lint-man-tbl
#                 (a '\" t first line exactly when there is a table),
#                 lint-man-so (a link page's target exists)
#   build-catman  preconv, tbl, eqn, then troff -man -wbreak -rS12
#                 -rU0 -rCHECKSTYLE=3 -ww at 78n: any troff message
#                 outside share/mk/build/catman/troff.ignore.grep fails
#   check         check-catman: no rendered line over 80 columns
# Which targets a tree has depends on its release (6.16 and later add
# lint-man-blank, -poems, -dash, -ws, -quote); this runs those three,
# which every tree since 6.8 has.
set -eu
[ $# -gt 0 ] || { echo "usage: $0 PAGE..." >&2; exit 2; }
top=$(pwd)
tree=${PA_MANPAGES_TREE:-}
if [ -z "$tree" ]; then
	tree=$(sh check/debian.sh source manpages | tail -n 1)
fi
[ -f "$tree/GNUmakefile" ] || { echo "$tree: no GNUmakefile" >&2; exit 2; }
stage=${PA_UPSTREAM_LINT_STAGE:-$top/build/upstream-lint}
rm -rf "$stage"
for p; do
	sec=$(basename "$(dirname "$p")")
	mkdir -p "$stage/man/$sec"
	cp "$p" "$stage/man/$sec/"
done
echo "upstream man-pages tree: $tree"
make -R ${PA_UPSTREAM_LINT_KEEP_GOING:+-k} -C "$tree" lint-man build-catman check \
    MANDIR="$stage/man" builddir="$stage/.tmp"
echo "upstream lint-man, build-catman and check: $# pages, no finding"
