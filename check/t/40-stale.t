#!/bin/bash
# A committed generated file that differs from what the generator makes
# now is stale: regenerate in a temporary directory and compare.
. check/lib.sh
tmpdir
set -- $PAGES
plan $(($# + 1))
check/render.sh "$SPEC" "$tap_tmp" >/dev/null 2>"$tap_tmp/err"
ok $? "the pages render from $SPEC"
for p; do
	out=$(diff -u "$p" "$tap_tmp/$p" 2>&1)
	ok $([ -z "$out" ]; echo $?) "$p is up to date"
	[ -z "$out" ] || diag "stale: run 'make man' and commit" "$(echo "$out" | head -20)"
done
