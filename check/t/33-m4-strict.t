#!/bin/bash
# make man fails on any m4 warning: a template that inserts a fragment
# the generator did not write (issue 12: a wrong page: used to give a
# kcmp.2 without .TH).  The m4 command is taken from the Makefile
# itself (make -n) and run on a template in a scratch directory, so
# the committed pages are never touched.
. check/lib.sh
tmpdir
plan 3
m4cmd=$(make -n -W man2/kcmp.2.m4 man2/kcmp.2 2>/dev/null |
    grep -o 'm4 -P[^>]* man2/kcmp\.2\.m4' | head -n1)
check "the Makefile builds man2/kcmp.2 with m4 -E" \
    eval '[[ "$m4cmd" == *" -E "* ]]' || diag "command: $m4cmd"
mkdir -p "$tap_tmp/man2" "$tap_tmp/build/frag"
printf '%s\n' 'm4_changequote([[[,]]])m4_dnl' \
    'm4_undivert([[[head.kcmp.2]]])m4_dnl' '.SH NAME' \
    > "$tap_tmp/man2/kcmp.2.m4"
echo '.TH kcmp 2' > "$tap_tmp/build/frag/head.kcmp.2"
out=$(cd "$tap_tmp" && eval "$m4cmd" 2>&1)
check "with its fragment, the page is built" \
    [ "$out" = ".TH kcmp 2
.SH NAME" ]
rm -f "$tap_tmp/build/frag/head.kcmp.2"
(cd "$tap_tmp" && eval "$m4cmd") >/dev/null 2>&1
check "without it, m4 fails the page" [ $? -ne 0 ]
