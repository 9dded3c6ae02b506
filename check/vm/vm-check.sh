#!/bin/bash
# make vm-check: boot Debian's kernels under qemu, once per kernel and
# Yama scope, run the conformance matrix in each, and print one table.
#   check/vm/vm-check.sh [--kernels "6.1 6.12 7.3"] [--yama "0 1 2 3"]
#                        [--out DIR] --initrd FILE
# The initramfs comes from check/vm/initramfs.sh (make builds it).
#
# Environment: VM_JOBS boots at a time (2), VM_TIMEOUT seconds per boot
# (300), VM_ACCEL tcg, kvm or auto (auto: KVM if /dev/kvm answers a
# probe boot within VM_PROBE_TIMEOUT seconds (30), else TCG; KVM was
# seen to hang on some hosts), VM_NAME the qemu -name of this run.
#
# No qemu survives the run: each boot is check/vm/boot.sh, which dies
# with this script and takes its qemu along (see there); on INT, TERM
# or HUP this script stops the boots first.
set -u
top=$(cd "$(dirname "$0")/../.." && pwd)
kernels="6.1 6.12 7.3"
scopes="0 1 2 3"
out=$top/build/vm/run
initrd=

usage() {
	echo "usage: check/vm/vm-check.sh [--kernels LIST] [--yama LIST] [--out DIR] --initrd FILE" >&2
	exit 2
}
while [ $# -gt 0 ]; do
	case $1 in
	--kernels) kernels=$2; shift 2 ;;
	--yama) scopes=$2; shift 2 ;;
	--out) out=$2; shift 2 ;;
	--initrd) initrd=$2; shift 2 ;;
	*) usage ;;
	esac
done
[ -n "$initrd" ] && [ -f "$initrd" ] || usage
for s in $scopes; do
	case $s in [0-3]) ;; *) echo "vm-check: Yama scope $s: 0 to 3" >&2; exit 2 ;; esac
done

# What the boots need, beyond what built the tests.
missing=
for tool in qemu-system-x86_64 setpriv timeout dpkg apt-get; do
	command -v "$tool" >/dev/null || missing="$missing $tool"
done
if [ -n "$missing" ]; then
	echo "vm-check: missing:$missing" >&2
	sh "$top/gen/deps.sh" vm || exit 1
fi

boots=()
stop_boots() {
	local pid
	for pid in "${boots[@]}"; do kill -TERM "$pid" 2>/dev/null; done
	for pid in "${boots[@]}"; do wait "$pid" 2>/dev/null; done
	boots=()
}
# Drop a finished boot from the list.
forget() {
	local pid left=()
	for pid in "${boots[@]}"; do
		[ "$pid" = "$1" ] || left+=("$pid")
	done
	boots=("${left[@]}")
}
trap 'stop_boots; echo "vm-check: interrupted" >&2; exit 130' INT TERM HUP

# Kernels first, so that a missing one fails before any boot.
declare -A image
for k in $kernels; do
	image[$k]=$(sh "$top/check/vm/kernel.sh" "$k") ||
	    { echo "vm-check: no kernel for series $k" >&2; exit 1; }
done

export VM_NAME=${VM_NAME:-pa-vm-$$}
export VM_TIMEOUT=${VM_TIMEOUT:-300}
if [ "${VM_ACCEL:-auto}" = auto ]; then
	VM_ACCEL=tcg
	if [ -r /dev/kvm ] && [ -w /dev/kvm ]; then
		first=${kernels%% *}
		VM_ACCEL=kvm VM_TIMEOUT=${VM_PROBE_TIMEOUT:-30} \
		    bash "$top/check/vm/boot.sh" "${image[$first]}" "$initrd" \
		    probe "$out/probe" &
		boots=($!)
		wait "${boots[0]}"
		boots=()
		if [ "$(cat "$out/probe/status")" = done ]; then
			VM_ACCEL=kvm
		else
			echo "vm-check: KVM did not boot ($(cat "$out/probe/status")); using TCG" >&2
		fi
	fi
fi
export VM_ACCEL

nk=$(echo $kernels | wc -w)
ns=$(echo $scopes | wc -w)
echo "vm-check: $nk kernels x $ns Yama scopes, $((nk * ns)) boots, ${VM_ACCEL^^}, ${VM_JOBS:-2} at a time, ${VM_TIMEOUT} s limit each"
start=$SECONDS
mkdir -p "$out"
: > "$out/boots"
for k in $kernels; do
	for s in $scopes; do
		while [ "${#boots[@]}" -ge "${VM_JOBS:-2}" ]; do
			wait -n -p finished "${boots[@]}"
			forget "$finished"
		done
		dir=$out/$k-yama$s
		printf '%s\t%s\t%s\n' "$k" "$s" "$dir" >> "$out/boots"
		# TERM reaches the boot even if this script is killed outright.
		setpriv --pdeathsig TERM bash "$top/check/vm/boot.sh" \
		    "${image[$k]}" "$initrd" "$s" "$dir" &
		boots+=($!)
	done
done
for pid in "${boots[@]}"; do wait "$pid"; done
boots=()
echo "vm-check: boots done in $((SECONDS - start)) s (wall)"
echo
sh "$top/check/vm/table.sh" "$out/boots"
