#!/bin/bash
# Every committed page is lint-clean in the ways man-pages(7) asks.
. check/lib.sh
set -- $PAGES
plan $(($# * 6))
for p; do
	out=$(mandoc -Tlint -W warning "$p" 2>&1)
	ok $([ -z "$out" ]; echo $?) "$p: mandoc -Tlint is silent"
	[ -z "$out" ] || diag "$out"
	out=$(groff -man -ww -rCHECKSTYLE=3 -rLL=78n -z "$p" 2>&1)
	ok $([ -z "$out" ]; echo $?) "$p: groff -ww -rCHECKSTYLE=3 is silent"
	[ -z "$out" ] || diag "$out"
	out=$(grep -n '^$' "$p")
	ok $([ -z "$out" ]; echo $?) "$p: no blank line"
	[ -z "$out" ] || diag "$out"
	out=$(grep -n '^\.PP\|^\.LP' "$p")
	ok $([ -z "$out" ]; echo $?) "$p: .P, never .PP or .LP"
	[ -z "$out" ] || diag "$out"
	# Width in characters, not bytes: the bullet is three bytes.
	out=$(MANWIDTH=80 MAN_KEEP_FORMATTING= man -l "$p" 2>&1 |
	    perl -CS -ne 'print "$.: $_" if length($_) > 81')
	ok $([ -z "$out" ]; echo $?) "$p: renders no line wider than 80"
	[ -z "$out" ] || diag "$out"
	# Semantic newlines: no sentence end followed by more text on a
	# text line (comments and requests are not prose).
	out=$(grep -v '^[.'"'"']' "$p" | grep -n '[^.][.!?] \+[A-Z]')
	ok $([ -z "$out" ]; echo $?) "$p: one sentence per line"
	[ -z "$out" ] || diag "$out"
done
