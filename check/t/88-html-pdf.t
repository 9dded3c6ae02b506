#!/bin/bash
# make html and make pdf render every page, with no warning; a link
# page (.so) is rendered through its target, not on its own.
. check/lib.sh
set -- $(grep -L '^\.so ' $PAGES)
plan $(($# * 2 + 2))

if ! command -v mandoc >/dev/null || ! command -v gropdf >/dev/null; then
	for i in $(seq $(($# * 2 + 2))); do
		echo "ok $i # SKIP mandoc or gropdf (package groff) not installed"
	done
	exit 0
fi

out=$(make -s html 2>&1 >/dev/null)
ok $? "make html succeeds with no warning"
[ -z "$out" ] || diag "$out"
out=$(make -s pdf 2>&1 >/dev/null)
ok $? "make pdf succeeds with no warning"
[ -z "$out" ] || diag "$out"
for p; do
	h=build/html/${p##*/}.html
	[ -s "$h" ] && grep -q "</html>" "$h"
	ok $? "$h"
	f=build/pdf/${p##*/}.pdf
	[ -s "$f" ] && head -c 5 "$f" | grep -q "%PDF-"
	ok $? "$f"
done
