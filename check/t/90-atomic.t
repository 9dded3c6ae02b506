#!/bin/bash
# Never half-written: a run that fails while writing (here, a file
# size limit standing in for a full disk) leaves every previous output
# byte for byte as it was, and no temporary file behind.
. check/lib.sh
tmpdir
plan 5
out="$tap_tmp/out"
mkdir "$out"
"$GEN" man --out "$out"
ok $? "a first run writes the fragments"
before=$(cd "$out" && ls -A | sort && cat *)
# A spec whose output differs everywhere: another date.
sed 's/^date: .*/date: 1999-01-01/' "$SPEC" > "$tap_tmp/spec.yaml"
(ulimit -f 1; exec "$GEN" --spec "$tap_tmp/spec.yaml" man --out "$out") \
    2>"$tap_tmp/err"
rc=$?
check "a run that cannot write fails with status 2" [ $rc -eq 2 ]
grep -q 'File too large' "$tap_tmp/err"
ok $? "the error names the cause"
[ -s "$tap_tmp/err" ] && diag "$(head -3 "$tap_tmp/err")"
after=$(cd "$out" && ls -A | sort && cat *)
check "every previous output is unchanged and no temporary file is left" [ "$before" = "$after" ]
"$GEN" --spec "$tap_tmp/spec.yaml" man --out "$out" &&
    grep -q 1999-01-01 "$out/head.kcmp.2"
ok $? "without the limit, the same run replaces the outputs"
