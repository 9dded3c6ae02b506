#!/bin/bash
# Bad input: each check/bad/NAME.yaml must give exactly the diagnostics
# in NAME.err, exit status 2, and leave every output file untouched.
. check/lib.sh
tmpdir
cases=(check/bad/*.yaml)
plan $((${#cases[@]} * 3 + 3))

# An output directory with a file in it: a failed run must leave it
# byte for byte as it was, with no temporary file beside it.
out="$tap_tmp/out"
mkdir "$out"
echo previous > "$out/access.kcmp"
before=$(cd "$out" && ls -A && cat access.kcmp)

for f in "${cases[@]}"; do
	name=$(basename "$f" .yaml)
	timeout 10 "$GEN" --spec "$f" validate >/dev/null 2>"$tap_tmp/err"
	rc=$?
	ok $([ $rc -eq 2 ]; echo $?) "$name: exit status 2"
	[ $rc -eq 2 ] || diag "exit status $rc"
	d=$(diff -u "${f%.yaml}.err" "$tap_tmp/err")
	ok $([ -z "$d" ]; echo $?) "$name: diagnostics as in $name.err"
	[ -z "$d" ] || diag "$d"
	timeout 10 "$GEN" --spec "$f" man --out "$out" >/dev/null 2>&1
	now=$(cd "$out" && ls -A && cat access.kcmp)
	ok $([ "$now" = "$before" ]; echo $?) "$name: no output file touched"
done

err=$("$GEN" --spec check/bad/no-such-file.yaml validate 2>&1)
ok $([ $? -eq 2 ] && [ "$err" = "check/bad/no-such-file.yaml: error: cannot open: No such file or directory" ]; echo $?) "a missing spec file is named in the error"
[ -n "$err" ] && diag "$err"
"$GEN" --spec check/minimal.yaml validate
ok $? "check/minimal.yaml, the base of every case, is valid"
"$GEN" frobnicate >/dev/null 2>&1
ok $([ $? -eq 2 ]; echo $?) "an unknown command exits with status 2"
