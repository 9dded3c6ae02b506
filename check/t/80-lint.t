#!/bin/bash
# ptrace-access lint: the project's own pages agree with the spec, and
# every fixture in check/lint gives exactly its .expected output.
# The fixtures are judged against check/lint/spec.yaml, a small spec
# of their own, so that they do not move when the real spec grows.
. check/lib.sh
tmpdir
FSPEC=check/lint/spec.yaml
fixtures=(check/lint/*.[257] check/lint/*.patch check/lint/*.mbox)
own=$(ls man2/*.2 man5/*.5)
plan $((${#fixtures[@]} * 2 + 14))

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
bad=$(grep -v ': note: .* \[agrees\]$' "$tap_tmp/claims")
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
	# Exit status 1 for an error; warnings alone are 0 (see --werror).
	want=0
	grep -q ': error: ' "$f.expected" && want=1
	check "$f: exit status $want" [ $rc -eq $want ] || diag "exit status $rc"
	d=$(diff -u "$f.expected" "$tap_tmp/out")
	check_empty "$f: output as in $(basename "$f").expected" "$d"
done

"$GEN" --spec "$FSPEC" lint --format json check/lint/kcmp-wrong.2 \
    check/lint/proc-missing.5 >"$tap_tmp/out" 2>&1
d=$(diff -u check/lint/kcmp-wrong.2.json.expected "$tap_tmp/out")
check_empty "--format json gives every claim and finding as data" "$d"

"$GEN" --spec "$FSPEC" lint check/lint/no-such-page.2 >/dev/null 2>&1
rc1=$?
"$GEN" --spec "$FSPEC" lint --frobnicate check/lint/kcmp.2 >/dev/null 2>&1
rc2=$?
[ $rc1 -eq 2 ] && [ $rc2 -eq 2 ]
ok $? "a missing file or an unknown option exits with status 2"

# Planted wrong modes are errors with file, line and column; a right
# sentence about the past is not reported.
out=$("$GEN" --spec "$FSPEC" lint check/lint/process_madvise.2 check/lint/series.mbox | grep ': error: ' | cut -d: -f1-4 | tr '\n' ' ')
check_same "wrong historical modes, in a page and a series, are errors" "$out" \
    "check/lint/process_madvise.2:32:4: error man/man2/kcmp.2:70:4: error "
out=$("$GEN" --spec "$FSPEC" lint --format claims check/lint/series.mbox | grep -c 'kcmp: page says PTRACE_MODE_READ before Linux 4.5.*\[agrees\]$')
check_same "a right historical sentence in a patch agrees" "$out" 1

# --werror: warnings fail too.
"$GEN" --spec "$FSPEC" lint check/lint/proc-missing.5 >/dev/null 2>&1
rc1=$?
"$GEN" --spec "$FSPEC" lint --werror check/lint/proc-missing.5 >/dev/null 2>&1
rc2=$?
check_same "a warning: exit status 0, with --werror 1" "$rc1 $rc2" "0 1"

# Installed pages are gzipped.
gzip -c check/lint/kcmp-wrong.2 >"$tap_tmp/kcmp.2.gz"
out=$("$GEN" --spec "$FSPEC" lint "$tap_tmp/kcmp.2.gz" 2>&1 | sed "s|$tap_tmp/kcmp.2.gz|check/lint/kcmp-wrong.2|")
check_same "a gzipped page reads as the page" "$out" "$(cat check/lint/kcmp-wrong.2.expected)"

# A run is judged as a whole: proc.5 need not repeat what a split
# page of the same run states, and a .so link is followed.
split="$tap_tmp/split/man5"
mkdir -p "$split"
sed '/environ/,/^\.TP/d' check/lint/proc.5 >"$split/proc.5"
cp check/lint/proc_pid_environ.5 "$split/"
printf '.so man5/proc_pid_environ.5\n' >"$split/proc_pid_environ-link.5"
out=$("$GEN" --spec "$FSPEC" lint --tree "$tap_tmp/split" 2>&1 | grep environ)
check_empty "--tree: /proc/[pid]/environ, stated in proc_pid_environ.5, is not missing from proc.5" "$out"
out=$("$GEN" --spec "$FSPEC" lint --format claims "$split/proc_pid_environ-link.5" 2>&1 | grep -c 'environ: page says PTRACE_MODE_READ_FSCREDS; .*\[agrees\]$')
check_same "a .so link is read as the page it names" "$out" 1
out=$("$GEN" --spec "$FSPEC" lint "$split/proc.5" 2>&1 | grep environ)
check_empty "proc.5 beside proc_pid_environ.5 is not asked for environ" "$out"

# Input that is neither a page nor a patch: a clear message.
printf 'just some text\n' >"$tap_tmp/notes.2"
out=$("$GEN" --spec "$FSPEC" lint "$tap_tmp/notes.2" 2>&1; echo "status $?")
check_same "not a page: a clear message, status 2" "$out" \
    "$tap_tmp/notes.2: error: not a manual page (no .TH line) or a patch (no +++ line)
status 2"
