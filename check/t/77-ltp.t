#!/bin/bash
# The LTP export: one test per interface in the tst_test style, with a
# doc block made from the spec's prose.
. check/lib.sh
tmpdir
plan 4
"$GEN" tests --out "$tap_tmp" --format ltp 2>"$tap_tmp/err"
ok $? "tests --format ltp"
n=$(ls "$tap_tmp"/*.c | wc -l)
want=$("$GEN" json | grep -c '"name"')
check "one LTP test per interface ($n of $want)" [ "$n" -eq "$want" ]
missing=$(grep -L '^static struct tst_test test = {' "$tap_tmp"/*.c)
check_empty "each has a struct tst_test" "$missing"
grep -q -F 'Comparing kernel resources of two processes.' "$tap_tmp/kcmp.c" &&
    grep -q '^/\*\\$' "$tap_tmp/kcmp.c"
ok $? "kcmp's /*\\ doc block holds its summary from the spec"
