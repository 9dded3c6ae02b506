#!/bin/bash
# make vm-check leaves no qemu behind: after a boot that finishes, a
# boot that hangs past its limit, and a run stopped by INT, TERM or
# KILL.  Each run gets its own qemu -name, and this test looks for
# processes that carry it (it never kills by name).
#   check/vm/t/10-cleanup.t      (needs PA_VM_INITRD, a built initramfs)
set -u
top=$(cd "$(dirname "$0")/../../.." && pwd)
initrd=${PA_VM_INITRD:-$top/build/vm/initrd.cpio}
series=${PA_VM_KERNEL:-6.12}
work=$(mktemp -d "${TMPDIR:-/tmp}/vm-cleanup.XXXXXX")
trap 'rm -rf "$work"' EXIT
set -m		# background runs get SIGINT, as in a terminal

echo "1..6"
if [ ! -f "$initrd" ]; then
	for i in 1 2 3 4 5 6; do
		echo "not ok $i # no initramfs at $initrd: make build/vm/initrd.cpio"
	done
	exit 1
fi
kernel=$(sh "$top/check/vm/kernel.sh" "$series") || exit 1
n=0

# The processes of run $1 still alive: timeout(1) and qemu carry the name.
left() { ps -eo args= | grep -c -- "[-]name $1" ; }

check() {
	n=$((n + 1))
	if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}

# 1: a boot that finishes (the probe boot powers off at once).
VM_NAME=pa-vm-t10-done-$$ bash "$top/check/vm/boot.sh" "$kernel" "$initrd" \
    probe "$work/done"
status=$(cat "$work/done/status")
[ "$status" = done ] && [ "$(left pa-vm-t10-done-$$)" = 0 ]
check $? "a finished boot: status $status, no qemu left"

# 2: a boot past its limit is killed and reported.
VM_NAME=pa-vm-t10-hang-$$ VM_TIMEOUT=3 bash "$top/check/vm/vm-check.sh" \
    --kernels "$series" --yama 1 --initrd "$initrd" --out "$work/hang" \
    > "$work/hang.log" 2>&1
rc=$?
[ "$rc" != 0 ] && grep -q 'yama=1: timeout' "$work/hang.log" &&
    grep -q '^vm-check: 0 passed, 1 failed' "$work/hang.log" &&
    [ "$(left pa-vm-t10-hang-$$)" = 0 ]
check $? "a hung boot: killed at its limit, reported, exit $rc, no qemu left"

# 3-5: a run stopped while its boots are running.
for sig in INT TERM KILL; do
	name=pa-vm-t10-$sig-$$
	VM_NAME=$name bash "$top/check/vm/vm-check.sh" --kernels "$series" \
	    --yama "0 1" --initrd "$initrd" --out "$work/$sig" \
	    > "$work/$sig.log" 2>&1 &
	pid=$!
	for _ in $(seq 100); do
		[ "$(left "$name")" -ge 2 ] && break
		sleep 0.1
	done
	before=$(left "$name")
	kill -"$sig" "$pid"
	wait "$pid" 2>/dev/null
	rc=$?
	# KILL leaves the cleanup to PR_SET_PDEATHSIG: give it a moment.
	for _ in $(seq 50); do
		[ "$(left "$name")" = 0 ] && break
		sleep 0.1
	done
	after=$(left "$name")
	[ "$before" -ge 2 ] && [ "$after" = 0 ] && [ "$rc" != 0 ]
	check $? "SIG$sig to a run: $before qemu processes before, $after after, exit $rc"
done

# 6: nothing of any of these runs is left.
[ "$(left "pa-vm-t10-.*-$$")" = 0 ]
check $? "no qemu of this test remains"
