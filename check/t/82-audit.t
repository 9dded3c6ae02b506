#!/bin/bash
# ptrace-access audit on the fixture tree check/audit/tree, which
# imitates the kernel's patterns (direct calls, helpers calling
# helpers, SYSCALL_DEFINE, scoped_guard, #if branches, comments and
# strings), against the fixture spec check/audit/spec.yaml; then on
# copies of the tree with one change each, which must be found.
. check/lib.sh
tmpdir
plan 19
TREE=check/audit/tree
ASPEC=check/audit/spec.yaml
audit() { "$GEN" --spec "$ASPEC" audit "$@" 2>"$tap_tmp/err"; }

# expect_drift NAME EXPECTED-LINE: the copy at $tap_tmp/NAME exits 1
# and reports exactly that line.
expect_drift() {
	local out rc
	out=$(audit --kernel "$tap_tmp/$1")
	rc=$?
	[ "$rc" -eq 1 ] && [ "$out" = "$2" ]
	ok $? "$1: exit 1 and: $2"
	[ "$out" = "$2" ] || diag "exit $rc, got:" "$out"
}

# mutate NAME FILE PERL-EXPRESSION: a copy of the tree with one edit.
mutate() {
	cp -R "$TREE" "$tap_tmp/$1"
	perl -0pi -e "$3" "$tap_tmp/$1/$2"
	! cmp -s "$TREE/$2" "$tap_tmp/$1/$2" ||
	    diag "$1: the edit of $2 changed nothing"
}

out=$(audit --kernel "$TREE")
rc=$?
[ "$rc" -eq 0 ] && [ -z "$out" ]
ok $? "the fixture tree agrees with the fixture spec (exit 0, no findings)"
[ "$rc" -eq 0 ] || diag "exit $rc" "$out" "$(cat "$tap_tmp/err")"
grep -q '^audit: Linux 6.12.117 (check/audit/tree): 7 C files read, 7 check sites, 0 findings' "$tap_tmp/err"
ok $? "the version comes from the Makefile; Documentation/ and tools/ are not read"

# Every site, from the JSON: file, line, function, called checker, mode.
audit --kernel "$TREE" --format json > "$tap_tmp/json"
perl -MJSON::PP -e '
	local $/; my $j = decode_json(<STDIN>);
	print "$_->{file}:$_->{line} $_->{function} $_->{calls} $_->{mode}\n"
	    for @{$j->{sites}};' < "$tap_tmp/json" > "$tap_tmp/sites"
ok $? "--format json is valid JSON"
cat > "$tap_tmp/want" <<'EOF'
fs/proc/array.c:13 do_task_stat ptrace_may_access PTRACE_MODE_READ_FSCREDS | PTRACE_MODE_NOAUDIT
fs/proc/base.c:25 proc_pid_stack lock_trace PTRACE_MODE_ATTACH_FSCREDS
fs/proc/base.c:55 mem_open __mem_open PTRACE_MODE_ATTACH_FSCREDS
kernel/kcmp.c:22 sys_kcmp ptrace_may_access PTRACE_MODE_READ_REALCREDS
kernel/kcmp.c:23 sys_kcmp ptrace_may_access PTRACE_MODE_READ_REALCREDS
kernel/ptrace.c:37 ptrace_attach __ptrace_may_access PTRACE_MODE_ATTACH_REALCREDS
mm/process_vm_access.c:13 process_vm_rw_core mm_access PTRACE_MODE_ATTACH_REALCREDS
EOF
diff "$tap_tmp/want" "$tap_tmp/sites" > "$tap_tmp/diff"
ok $? "each site with its function (SYSCALL_DEFINE5(kcmp) is sys_kcmp, scoped_guard is no function), callee and mode through the helpers"
[ -s "$tap_tmp/diff" ] && diag "$(cat "$tap_tmp/diff")"

mutate mode kernel/kcmp.c 's/(task2, PTRACE_MODE_)READ_REALCREDS/$1ATTACH_REALCREDS/'
expect_drift mode "kernel/kcmp.c:23: sys_kcmp(): ptrace_may_access() checks PTRACE_MODE_ATTACH_REALCREDS; the spec says PTRACE_MODE_READ_REALCREDS for kcmp (check/audit/spec.yaml:30)"

mutate helper-mode fs/proc/base.c 's/mode \| PTRACE_MODE_FSCREDS/mode | PTRACE_MODE_REALCREDS/'
expect_drift helper-mode "fs/proc/base.c:55: mem_open(): __mem_open() checks PTRACE_MODE_ATTACH_REALCREDS; the spec says PTRACE_MODE_ATTACH_FSCREDS for /proc/[pid]/mem (check/audit/spec.yaml:50)"

mutate added fs/proc/base.c 's/(static const struct file_operations)/static int proc_pid_wchan(struct task_struct *task)\n{\n\treturn lock_trace(task);\n}\n\n$1/'
expect_drift added "fs/proc/base.c:60: proc_pid_wchan(): lock_trace() checks PTRACE_MODE_ATTACH_FSCREDS, and no interface of the spec names fs/proc/base.c proc_pid_wchan"

mutate in-guard fs/proc/array.c 's/(\tstate = )/\tscoped_guard (rcu) {\n\t\tif (!ptrace_may_access(task, PTRACE_MODE_READ_FSCREDS))\n\t\t\treturn -EACCES;\n\t}\n$1/'
expect_drift in-guard "fs/proc/array.c:16: do_task_stat(): ptrace_may_access() checks PTRACE_MODE_READ_FSCREDS; the spec says PTRACE_MODE_READ_FSCREDS | PTRACE_MODE_NOAUDIT for /proc/[pid]/stat (check/audit/spec.yaml:70)"

mutate wrapper kernel/fork.c 's/(struct mm_struct \*mm_access)/static bool may_access_task(struct task_struct *t, unsigned int how)\n{\n\treturn ptrace_may_access(t, how);\n}\n\n$1/'
expect_drift wrapper "kernel/fork.c:18: may_access_task() passes its parameter as the mode to ptrace_may_access() (argument 2) but is not in the spec's helpers"

mutate removed fs/proc/base.c 's/err = lock_trace\(task\);/err = 0;/'
expect_drift removed "check/audit/spec.yaml:60:5: interface \"/proc/[pid]/stack\": fs/proc/base.c proc_pid_stack() makes no ptrace access mode check in this tree"

mutate unknown fs/proc/array.c 's/mode \| PTRACE_MODE_NOAUDIT/stat_mode(task)/'
expect_drift unknown "fs/proc/array.c:13: do_task_stat(): cannot tell the mode of this call of ptrace_may_access() (unknown)"

mutate comment kernel/kcmp.c 's/(\tguard\(rcu\)\(\);)/$1\n\t\/* ptrace_may_access(task1, PTRACE_MODE_ATTACH) *\/\n\t(void)"ptrace_may_access(task1, 0)";/'
out=$(audit --kernel "$tap_tmp/comment")
ok $? "a call in a comment or a string is no site (exit 0: $out)"

mutate newer Makefile 's/PATCHLEVEL = 12/PATCHLEVEL = 13/'
expect_drift newer "check/audit/spec.yaml:80:5: interface \"PIDFD_GET_*_NAMESPACE\": fs/pidfs.c pidfd_ioctl() makes no ptrace access mode check in this tree"

audit --kernel "$tap_tmp/no-such-dir" >/dev/null
rc=$?
[ "$rc" -eq 2 ] && grep -q "no-such-dir: No such file or directory" "$tap_tmp/err"
ok $? "a missing directory: exit 2 and says so"
audit --kernel check/audit >/dev/null
rc=$?
[ "$rc" -eq 2 ] && grep -q "check/audit: not a kernel tree" "$tap_tmp/err"
ok $? "a directory that is no kernel tree: exit 2 and says so"
audit >/dev/null
[ $? -eq 2 ]
ok $? "no --kernel: exit 2"

# Schema 2: the same spec with /proc/[pid]/stack gone before 6.12
# (until) and the pidfd ioctls added at an unknown release between
# 6.1.192 and 6.13, which 6.12.117 falls in: not required there.
perl -0pe 's/^schema: 1/schema: 2/m; s/^kernel: 6.12/kernel: 6.13/m;
	s/^(license: .*\n)/$1releases:\n  - {version: 6.1.192, read: a}\n  - {version: 6.12.117, read: b}\n  - {version: 6.13, read: c}\n/m;
	s/(name: \/proc\/\[pid\]\/stack\n(?:    .*\n)*?    since: .*\n)/$1    until: {version: 6.12}\n/;
	s/since: \{version: 6.13\}/since: {unconfirmed: "a test", after: 6.1.192, seen_in: 6.13}/' \
	"$ASPEC" > "$tap_tmp/spec2.yaml"
ASPEC=$tap_tmp/spec2.yaml
want="fs/proc/base.c:25: proc_pid_stack(): lock_trace() checks PTRACE_MODE_ATTACH_FSCREDS, and no interface of the spec names fs/proc/base.c proc_pid_stack"
out=$(audit --kernel "$TREE")
rc=$?
[ "$rc" -eq 1 ] && [ "$out" = "$want" ]
ok $? "until: a check of an interface gone by 6.12.117 is named by none; an interface added at an unknown release is not required there"
[ "$out" = "$want" ] || diag "exit $rc, got:" "$out" "$(cat "$tap_tmp/err")"
out=$(audit --kernel "$tap_tmp/removed")
ok $? "until: an interface gone by the tree's version is not required (exit 0: $out)"
out=$(audit --kernel "$tap_tmp/newer")
[ $? -eq 1 ] && grep -q "interface \"PIDFD_GET_\*_NAMESPACE\": fs/pidfs.c pidfd_ioctl() makes no" <<<"$out"
ok $? "seen_in: at 6.13 the interface is there, so its missing check is found"
