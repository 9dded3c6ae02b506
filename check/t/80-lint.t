#!/bin/bash
# ptrace-access lint: the project's own pages agree with the spec, and
# every fixture in check/lint gives exactly its .expected output.
# The fixtures are judged against check/lint/spec.yaml, a small spec
# of their own, so that they do not move when the real spec grows.
. check/lib.sh
tmpdir
FSPEC=check/lint/spec.yaml
fixtures=(check/lint/*.[257] check/lint/*.patch)
own=$(ls man2/*.2 man5/*.5)
plan $((${#fixtures[@]} * 2 + 6))

# The generated pages: no finding at all.
"$GEN" lint $own >"$tap_tmp/out" 2>&1
rc=$?
[ $rc -eq 0 ] && [ ! -s "$tap_tmp/out" ]
ok $? "generated pages: no finding" ||
    diag "exit status $rc" "$(head -20 "$tap_tmp/out")"

# From another directory, with no --spec: the spec is found beside
# the binary, not in the current directory.
top=$PWD
(cd / && "$top/$GEN" lint $(printf "$top/%s " $own)) >"$tap_tmp/out" 2>&1
rc=$?
check_empty "run from / with no --spec: no finding" \
    "$([ $rc -eq 0 ] || echo "exit status $rc")$(head -5 "$tap_tmp/out")"

# Every claim they make, agreeing or not.
"$GEN" lint --format claims $own >"$tap_tmp/claims" 2>&1
bad=$(grep -v ': agrees$' "$tap_tmp/claims")
[ -z "$bad" ] && [ -s "$tap_tmp/claims" ]
ok $? "every mode a generated page names is the spec's mode for its interface" ||
    diag "$bad"

# Every interface of the spec is the subject of a claim somewhere.
"$GEN" json | sed -n 's/^\[\?{"name":"\([^"]*\)".*/\1/p' >"$tap_tmp/names"
missing=
while IFS= read -r n; do
	grep -qF ": $n: page says" "$tap_tmp/claims" || missing="$missing $n"
done <"$tap_tmp/names"
[ -s "$tap_tmp/names" ] && [ -z "$missing" ]
ok $? "every interface of the spec appears in a generated page ($(wc -l <"$tap_tmp/names") interfaces)" ||
    diag "not in any page:$missing"

for f in "${fixtures[@]}"; do
	"$GEN" --spec "$FSPEC" lint "$f" >"$tap_tmp/out" 2>&1
	rc=$?
	want=0
	[ -s "$f.expected" ] && want=1
	check "$f: exit status $want" [ $rc -eq $want ] || diag "exit status $rc"
	d=$(diff -u "$f.expected" "$tap_tmp/out")
	check_empty "$f: output as in $(basename "$f").expected" "$d"
done

"$GEN" --spec "$FSPEC" lint --format json check/lint/kcmp-wrong.2 \
    check/lint/proc-missing.5 >"$tap_tmp/out" 2>&1
d=$(diff -u check/lint/kcmp-wrong.2.json.expected "$tap_tmp/out")
check_empty "--format json gives the same findings as data" "$d"

"$GEN" --spec "$FSPEC" lint check/lint/no-such-page.2 >/dev/null 2>&1
rc1=$?
"$GEN" --spec "$FSPEC" lint --frobnicate check/lint/kcmp.2 >/dev/null 2>&1
rc2=$?
[ $rc1 -eq 2 ] && [ $rc2 -eq 2 ]
ok $? "a missing file or an unknown option exits with status 2"
