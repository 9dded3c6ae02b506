#!/bin/bash
# ptrace-access splice on the fixture tree check/lint/tree, in the old
# layout (man2/) and the new one (man/man2/): a diff by default and no
# write; --write changes only the generated parts; a second run
# changes nothing; the spliced pages stay lint-clean in every sense.
. check/lib.sh
tmpdir
FSPEC=check/lint/spec.yaml
pages="man2/ptrace.2 man2/kcmp.2 man2/process_vm_readv.2 man5/proc.5"
plan 21

splice() { "$GEN" --spec "$FSPEC" splice "$@"; }
sums() { (cd "$1" && find . -type f | sort | xargs md5sum); }

old="$tap_tmp/old"
new="$tap_tmp/new"
cp -r check/lint/tree "$old"
mkdir -p "$new/man"
cp -r check/lint/tree/man2 check/lint/tree/man5 "$new/man/"

before=$(sums "$old")
splice --tree "$old" >"$tap_tmp/diff" 2>"$tap_tmp/err"
rc=$?
[ $rc -eq 0 ] && [ -s "$tap_tmp/diff" ] && [ ! -s "$tap_tmp/err" ]
ok $? "old layout: a diff, and exit status 0" ||
    diag "exit status $rc" "$(cat "$tap_tmp/err")"
check "without --write, no file changes" [ "$(sums "$old")" = "$before" ]
for p in $pages; do
	grep -q "^+++ b/$p\$" "$tap_tmp/diff"
	ok $? "the diff covers $p"
done

# A minimal diff: ptrace(2) in one hunk (the subsection), the other
# pages one hunk per generated paragraph or ERRORS entry (diff joins
# the environ and mem entries of proc.5, which are close).
hunks=$(awk '/^\+\+\+ /{f=$2} /^@@/{n[f]++} END{for (f in n) print f, n[f]}' "$tap_tmp/diff" | sort | tr '\n' ' ')
want="b/man2/kcmp.2 2 b/man2/process_vm_readv.2 2 b/man2/ptrace.2 1 b/man5/proc.5 3 "
check_same "one hunk per replaced part" "$hunks" "$want"

# Nothing outside the subsection of ptrace(2) changes.
outside() { sed '/^\.SS Ptrace access mode checking/,/^\.SS \/proc/d' "$1"; }
splice --tree "$old" --write >/dev/null 2>&1
ok $? "--write: exit status 0"
check "ptrace.2: every byte outside the subsection as it was" \
    [ "$(outside "$old/man2/ptrace.2")" = "$(outside check/lint/tree/man2/ptrace.2)" ]

out=$(splice --tree "$old" 2>&1)
rc=$?
[ $rc -eq 0 ] && [ -z "$out" ]
ok $? "a second run changes nothing" || diag "$out"

out=$("$GEN" --spec "$FSPEC" lint "$old"/man2/*.2 "$old"/man5/*.5 2>&1)
check_empty "spliced pages: ptrace-access lint finds nothing" "$out"
out=$(for p in $pages; do mandoc -Tlint -W warning "$old/$p"; done 2>&1)
check_empty "spliced pages: mandoc -Tlint is silent" "$out"
out=$(for p in $pages; do groff -man -ww -rCHECKSTYLE=3 -z "$old/$p"; done 2>&1)
check_empty "spliced pages: groff -ww is silent" "$out"

# The new layout gives the same pages.
splice --tree "$new" --write >"$tap_tmp/diff2" 2>&1
[ $? -eq 0 ] && grep -q '^+++ b/man/man2/kcmp.2$' "$tap_tmp/diff2"
ok $? "new layout: found and spliced"
same=0
for p in $pages; do cmp -s "$old/$p" "$new/man/$p" || same=1; done
ok $same "new layout: the same result as the old one"

splice >/dev/null 2>&1
check "no --tree: exit status 2" [ $? -eq 2 ]

# A quoted heading is the same heading: the same splice.
quoted="$tap_tmp/quoted"
cp -r check/lint/tree "$quoted"
sed -i 's/^\.SS Ptrace access mode checking$/.SS "Ptrace access mode checking"/' "$quoted/man2/ptrace.2"
check "the fixture's heading is quoted" \
    grep -q '^\.SS "Ptrace access mode checking"$' "$quoted/man2/ptrace.2"
splice --tree "$quoted" --write >/dev/null 2>"$tap_tmp/err"
rc=$?
check_empty "a quoted .SS heading splices" "$([ $rc -eq 0 ] || echo "exit status $rc"
    cat "$tap_tmp/err"
    grep -q '^\.SS Ptrace access mode checking$' "$quoted/man2/ptrace.2" ||
	echo "the subsection was not replaced"
    diff <(outside "$old/man2/ptrace.2") <(outside "$quoted/man2/ptrace.2"))"

# From another directory, with no template given: the same diff.
top=$PWD
(cd / && "$top/$GEN" --spec "$top/$FSPEC" splice --tree "$top/check/lint/tree") >"$tap_tmp/diff3" 2>&1
check_empty "run from / : the same diff" "$(diff "$tap_tmp/diff" "$tap_tmp/diff3")"

# The subsection splice makes in memory (the template expanded in C)
# is the one make man makes with m4: our own ptrace(2) needs nothing.
own="$tap_tmp/own"
mkdir -p "$own/man2"
cp man2/ptrace.2 "$own/man2/"
out=$("$GEN" splice --tree "$own" 2>&1)
rc=$?
check_empty "our ptrace(2): splice in memory = make man with m4" \
    "$([ $rc -eq 0 ] || echo "exit status $rc")$out"

# A template with anything m4 would do but splice does not: refused.
printf 'm4_changequote([[[,]]])m4_dnl\n.SS Ptrace access mode checking\nm4_include(x)\n' >"$tap_tmp/bad.m4"
out=$("$GEN" splice --tree "$own" --template "$tap_tmp/bad.m4" 2>&1; echo "status $?")
check_same "a template splice cannot expand: positioned error, status 2" "$out" \
    "$tap_tmp/bad.m4:3:1: error: splice reads only m4_undivert of a fragment the generator makes, on a line of its own
status 2"
