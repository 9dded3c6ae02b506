#!/bin/bash
# Change one interface's mode in the spec: every page that mentions it
# follows, and nothing else changes.
. check/lib.sh
tmpdir
plan 7
check/render.sh "$SPEC" "$tap_tmp/old" >/dev/null
perl -0pe 's/(- name: kcmp\n(?:    .*\n)*?    mode: )\[READ, REALCREDS\]/$1\[ATTACH, FSCREDS\]/' \
    "$SPEC" > "$tap_tmp/spec.yaml"
! cmp -s "$SPEC" "$tap_tmp/spec.yaml"
ok $? "the copy of the spec gives kcmp ATTACH, FSCREDS"
check/render.sh "$tap_tmp/spec.yaml" "$tap_tmp/new" >/dev/null
grep -q 'PTRACE_MODE_ATTACH_FSCREDS' "$tap_tmp/new/man2/kcmp.2" &&
    ! grep -q 'PTRACE_MODE_READ_REALCREDS' "$tap_tmp/new/man2/kcmp.2"
ok $? "kcmp(2) names PTRACE_MODE_ATTACH_FSCREDS, no longer READ_REALCREDS"
# kcmp moves from the READ examples to the ATTACH examples.
# The level's own tag only (with its version, or alone on the line):
# other text names the levels too.
sect() { sed -n "/^\.BR* \\\\%PTRACE_MODE_$2\( \"\|$\)/,/^\.TP/{p;/^\.TP/q}" "$1"; }
sect "$tap_tmp/old/man2/ptrace.2" READ | grep -q '^\.BR \\%kcmp (2)' &&
    ! sect "$tap_tmp/new/man2/ptrace.2" READ | grep -q '^\.BR \\%kcmp (2)' &&
    sect "$tap_tmp/new/man2/ptrace.2" ATTACH | grep -q '^\.BR \\%kcmp (2)'
ok $? "ptrace(2): kcmp moved from the READ examples to the ATTACH examples"
# The tbl row: the interface in a text block, then the mode cell
# without its PTRACE_MODE_ prefix.
grep -A1 '^\\f\[B\]\\%kcmp\\f\[R\](2)$' "$tap_tmp/new/man2/ptrace.2" |
    grep -q '^T};\\%ATTACH_FSCREDS;'
ok $? "ptrace(2): the table gives kcmp PTRACE_MODE_ATTACH_FSCREDS"
for p in man5/proc.5 man2/get_robust_list.2 man2/process_vm_readv.2; do
	cmp -s "$tap_tmp/old/$p" "$tap_tmp/new/$p"
	ok $? "$p does not change"
done
