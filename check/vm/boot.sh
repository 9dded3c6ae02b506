#!/bin/bash
# Boot one kernel once, at one Yama scope, and keep what it printed.
#   check/vm/boot.sh VMLINUZ INITRD SCOPE OUTDIR
# OUTDIR gets tap (the guest's second serial port), console (the
# kernel's), qemu.log, seconds (wall time of the boot) and status:
# "done", "timeout", "interrupted" or "no-end" (qemu stopped before the
# guest said it was done: a panic, or qemu refused to start).
#
# Environment: VM_TIMEOUT seconds per boot (300), VM_ACCEL tcg or kvm
# (tcg), VM_NAME the qemu -name, by which a run's processes can be
# found (pa-vm).
#
# No qemu outlives this script: qemu and the timeout(1) that watches it
# each die with their parent (PR_SET_PDEATHSIG, through setpriv), even
# when this script is killed with SIGKILL; on TERM, INT or HUP the
# trap stops them first and waits for them.
set -u
kernel=${1:?usage: check/vm/boot.sh VMLINUZ INITRD SCOPE OUTDIR}
initrd=${2:?} scope=${3:?} out=${4:?}
limit=${VM_TIMEOUT:-300}

case ${VM_ACCEL:-tcg} in
tcg) accel="-accel tcg -cpu max" ;;
kvm) accel="-accel kvm -cpu host" ;;
*) echo "boot.sh: VM_ACCEL=$VM_ACCEL: tcg or kvm" >&2; exit 2 ;;
esac

mkdir -p "$out"
rm -f "$out/tap" "$out/console" "$out/qemu.log" "$out/status" \
    "$out/seconds"

child=
stop() {
	if [ -n "$child" ]; then
		kill -TERM "$child" 2>/dev/null
		wait "$child" 2>/dev/null
		child=
	fi
}
trap 'stop; echo interrupted > "$out/status"; exit 143' TERM INT HUP
trap stop EXIT

# mitigations=off: page-table isolation and the rest only slow TCG
# down (about a third of the matrix time); no ptrace check depends on
# them.  no_timer_check: on a loaded host the kernel found the emulated
# timer too slow and panicked ("IO-APIC + timer doesn't work").
start=$(date +%s%N)
# shellcheck disable=SC2086
setpriv --pdeathsig KILL timeout -s KILL "$limit" \
    setpriv --pdeathsig KILL qemu-system-x86_64 -name "${VM_NAME:-pa-vm}" \
    -nodefaults -no-user-config -display none -no-reboot $accel \
    -m 512 -smp 1 -kernel "$kernel" -initrd "$initrd" \
    -append "console=ttyS0 quiet panic=-1 mitigations=off no_timer_check pa.yama=$scope" \
    -serial "file:$out/console" -serial "file:$out/tap" \
    </dev/null >"$out/qemu.log" 2>&1 &
child=$!
wait "$child" 2>/dev/null
rc=$?
child=
end=$(date +%s%N)
ms=$(((end - start) / 1000000))
printf '%d.%d\n' $((ms / 1000)) $((ms % 1000 / 100)) > "$out/seconds"

if grep -q '^# pa-vm: done' "$out/tap" 2>/dev/null; then
	echo done > "$out/status"
elif [ "$rc" = 137 ] && [ "$ms" -ge $((limit * 1000)) ]; then
	echo timeout > "$out/status"
else
	echo no-end > "$out/status"
	echo "qemu exit status $rc" >> "$out/qemu.log"
fi
