#!/bin/bash
# A committed generated file that differs from what the generator makes
# now is stale: regenerate in a temporary directory and compare.  That
# covers the pages and the conformance tests in check/generated.
. check/lib.sh
tmpdir
set -- $PAGES
plan $(($# + 3))
check/render.sh "$SPEC" "$tap_tmp" >/dev/null 2>"$tap_tmp/err"
ok $? "the pages render from $SPEC"
for p; do
	out=$(diff -u "$p" "$tap_tmp/$p" 2>&1)
	check_empty "$p is up to date" "$out" ||
	    diag "stale: run 'make man' and commit" "$(echo "$out" | head -20)"
done
mkdir "$tap_tmp/tests"
"$GEN" --spec "$SPEC" tests --out "$tap_tmp/tests" 2>"$tap_tmp/err"
ok $? "the tests generate from $SPEC"
out=$(diff -r check/generated "$tap_tmp/tests" 2>&1 | grep -v '^[<>-]' )
check_empty "check/generated is up to date" "$out" ||
    diag "stale: run 'make tests' and commit" "$out"
