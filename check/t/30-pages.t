#!/bin/bash
# Every committed page is lint-clean in the ways man-pages(7) asks.
# Each tool runs once over all the pages (check/lib.sh: by_page).
. check/lib.sh
set -- $PAGES
plan $(($# * 6))
mandoc=$(mandoc -Tlint -W warning "$@" 2>&1 | by_page "$@")
groff=$( { groff -man -ww -rCHECKSTYLE=3 -rLL=78n -z "$@" 2>&1 ||
    echo "groff: exit status $?"; } | by_page "$@")
blank=$(grep -n '^$' "$@" | by_page "$@")
pp=$(grep -n '^\.PP\|^\.LP' "$@" | by_page "$@")
# Width in characters, not bytes: the bullet is three bytes.
wide=$(wide_lines "$@")
# Semantic newlines: no sentence end followed by more text on a text
# line (comments and requests are not prose).
sentences=$(perl -ne 'print "$ARGV:$.: $_" if !/^[.\x27]/ &&
    /[^.][.!?] +[A-Z]/; close ARGV if eof' "$@" | by_page "$@")
for p; do
	check_page "$p: mandoc -Tlint is silent" "$p" "$mandoc"
	check_page "$p: groff -ww -rCHECKSTYLE=3 is silent" "$p" "$groff"
	check_page "$p: no blank line" "$p" "$blank"
	check_page "$p: .P, never .PP or .LP" "$p" "$pp"
	check_page "$p: renders no line wider than 80" "$p" "$wide"
	check_page "$p: one sentence per line" "$p" "$sentences"
done
