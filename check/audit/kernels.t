#!/bin/bash
# make check-audit: ptrace-access audit on Debian's kernel trees (6.1,
# 6.12, 7.3; fetched by check/debian.sh, or PA_KERNELS=DIR to reuse
# unpacked ones), each against the spec, then on a copy of the 7.3
# tree with one mode changed and one check added, which must both be
# named with file:line.  Slow (whole trees): not part of make check.
. check/lib.sh
tmpdir
SERIES=${AUDIT_SERIES:-6.1 6.12 7.3}
plan $(( $(echo $SERIES | wc -w) + 4 ))

for s in $SERIES; do
	dir=$(check/debian.sh kernel-tree "$s" | tail -n 1)
	start=$(date +%s)
	out=$("$GEN" audit --kernel "$dir" 2>"$tap_tmp/err")
	rc=$?
	ok $rc "linux $s ($dir): exit 0 in $(($(date +%s) - start)) s"
	[ $rc -eq 0 ] || diag "exit $rc" "$out"
	diag "$(cat "$tap_tmp/err")"
done

# The copy shares the tree's files through hard links (or copies them
# where links cannot be made); the two edited files are new files.
copy="$tap_tmp/linux"
cp -al "$dir" "$copy" 2>/dev/null || cp -a "$dir" "$copy"
edit() {
	cp "$copy/$1" "$tap_tmp/edit" && rm -f "$copy/$1" &&
	    perl -0pe "$2" "$tap_tmp/edit" > "$copy/$1"
}
edit kernel/kcmp.c 's/(task2, PTRACE_MODE_)READ_REALCREDS/$1ATTACH_REALCREDS/'
edit fs/proc/base.c 's/(static int proc_pid_limits\(.*?\{\n)/$1\tif (!ptrace_may_access(task, PTRACE_MODE_READ_FSCREDS))\n\t\treturn -EACCES;\n/s'
mode_line=$(grep -n 'task2, PTRACE_MODE_ATTACH_REALCREDS' "$copy/kernel/kcmp.c" | cut -d: -f1)
site_line=$(grep -n '^static int proc_pid_limits' "$copy/fs/proc/base.c" | cut -d: -f1)
site_line=$((site_line + 3))
[ -n "$mode_line" ] && sed -n "${site_line}p" "$copy/fs/proc/base.c" | grep -q ptrace_may_access
ok $? "the copy has kcmp.c:$mode_line in ATTACH mode and a new check at base.c:$site_line"
out=$("$GEN" audit --kernel "$copy" 2>/dev/null)
check "the changed copy: exit 1" [ $? -eq 1 ]
printf '%s\n' "$out" | grep -q "^kernel/kcmp.c:$mode_line: sys_kcmp(): ptrace_may_access() checks PTRACE_MODE_ATTACH_REALCREDS; the spec says PTRACE_MODE_READ_REALCREDS for kcmp"
ok $? "names the changed mode with file:line"
printf '%s\n' "$out" | grep -q "^fs/proc/base.c:$site_line: proc_pid_limits(): ptrace_may_access() checks PTRACE_MODE_READ_FSCREDS, and no interface"
ok $? "names the added check with file:line"
diag "$out"
