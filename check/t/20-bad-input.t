#!/bin/bash
# Bad input: each check/bad/NAME.yaml must give exactly the diagnostics
# in NAME.err, exit status 2, and leave every output file untouched.
# Two generator runs a case and nothing else: the comparisons are bash
# builtins (a diff runs only to explain a failure), and every process
# of the script gets 10 s of CPU (ulimit -t) instead of a timeout
# process per run.
. check/lib.sh
tmpdir
ulimit -t 10
cases=(check/bad/*.yaml)
plan $((${#cases[@]} * 3 + 4))

# slurp VAR FILE: the whole FILE into VAR, without a subshell.
slurp() { IFS= read -r -d '' "$1" < "$2"; }

# An output directory with a file in it: a failed run must leave it
# byte for byte as it was, with no temporary file beside it.
out="$tap_tmp/out"
mkdir "$out"
echo previous > "$out/access.kcmp"
shopt -s dotglob nullglob
state() { slurp "$1" "$out/access.kcmp"; printf -v "$1" '%s|' "${!1}" "$out"/*; }
state before

for f in "${cases[@]}"; do
	name=${f##*/}
	name=${name%.yaml}
	"$GEN" --spec "$f" validate </dev/null >/dev/null 2>"$tap_tmp/err"
	rc=$?
	check "$name: exit status 2" [ $rc -eq 2 ] || diag "exit status $rc"
	slurp want "${f%.yaml}.err"
	slurp got "$tap_tmp/err"
	check "$name: diagnostics as in $name.err" [ "$got" = "$want" ] ||
	    diag "$(diff -u "${f%.yaml}.err" "$tap_tmp/err")"
	"$GEN" --spec "$f" man --out "$out" </dev/null >/dev/null 2>&1
	state now
	check "$name: no output file touched" [ "$now" = "$before" ] ||
	    diag "now: $now"
done

err=$("$GEN" --spec check/bad/no-such-file.yaml validate 2>&1)
check "a missing spec file fails with status 2" [ $? -eq 2 ]
check_same "a missing spec file is named in the error" "$err" \
    "check/bad/no-such-file.yaml: error: cannot open: No such file or directory"
"$GEN" --spec check/minimal.yaml validate
ok $? "check/minimal.yaml, the base of every case, is valid"
"$GEN" frobnicate >/dev/null 2>&1
check "an unknown command exits with status 2" [ $? -eq 2 ]
