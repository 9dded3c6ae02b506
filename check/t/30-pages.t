#!/bin/bash
# Every committed page is lint-clean as upstream man-pages lints its
# own (its share/mk/lint and check targets; check/upstream/README)
# and in the ways man-pages(7) asks.  Each tool runs once over all the
# pages (check/lib.sh: by_page).
. check/lib.sh
. check/pagecheck.sh
set -- $PAGES
plan $(($# * PAGE_CHECKS))
page_lint "$@"
for p; do
	page_cases "$p" "$p"
done
