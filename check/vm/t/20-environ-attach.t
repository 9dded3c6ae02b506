#!/bin/bash
# Yama sees the level of a check: a spec that makes /proc/[pid]/environ
# (a READ check) an ATTACH check gives a test that passes with Yama off
# and fails under every restricting scope, on every kernel, because
# Yama leaves the kernel's READ check alone where the wrong spec
# predicts refusals.
#   check/vm/t/20-environ-attach.t     (PA_VM_KERNELS, default 6.1 6.12 7.3)
# Run from the top directory after make gen/ptrace-access
# build/obj/harness.o; one boot per kernel and scope, with an initramfs
# that holds the one test.
set -u
top=$(cd "$(dirname "$0")/../../.." && pwd)
cd "$top" || exit 1
kernels=${PA_VM_KERNELS:-6.1 6.12 7.3}
work=$(mktemp -d "${TMPDIR:-/tmp}/vm-environ.XXXXXX")
trap 'rm -rf "$work"' EXIT
n=0
check() {
	n=$((n + 1))
	if [ "$1" = 0 ]; then echo "ok $n - $2"; else echo "not ok $n - $2"; fi
}

echo "1..$((3 + $(echo $kernels | wc -w) * 4))"

# The mutation: the first mode line after environ's "- name:" line.
sed '\|^  - name: /proc/\[pid\]/environ$|,/^  - name:/{
    s/^    mode: \[READ, FSCREDS\]$/    mode: [ATTACH, FSCREDS]/
    }' spec/ptrace-access.yaml > "$work/spec.yaml"
! cmp -s spec/ptrace-access.yaml "$work/spec.yaml"
check $? "mutation: /proc/[pid]/environ READ_FSCREDS to ATTACH_FSCREDS"

mkdir "$work/gen"
gen/ptrace-access --spec "$work/spec.yaml" tests --out "$work/gen" &&
    ${CC:-cc} -std=c11 -D_GNU_SOURCE -Icheck -static -o "$work/proc_pid_environ" \
    "$work/gen/proc_pid_environ.c" build/obj/harness.o -pthread
check $? "the mutated test, built static"

sh check/vm/initramfs.sh "$work/initrd.cpio" "$work/proc_pid_environ"
check $? "an initramfs with it"

bash check/vm/vm-check.sh --kernels "$kernels" --yama "0 1 2 3" \
    --initrd "$work/initrd.cpio" --out "$work/run" > "$work/run.log" 2>&1
sed 's/^/# /' "$work/run.log" | grep -e '^# boot ' -e '^# vm-check:'

for k in $kernels; do
	for s in 0 1 2 3; do
		d=$work/run/$k-yama$s
		fails=$(grep -c '^not ok' "$d/tap" 2>/dev/null)
		if [ "$(cat "$d/status" 2>/dev/null)" != done ]; then
			check 1 "$k at scope $s: the boot did not finish"
		elif [ "$s" = 0 ]; then
			[ "$fails" = 0 ]
			check $? "$k at scope 0: the mutated test passes ($fails failed)"
		else
			# The caller that is no relation of the target is the one
			# every restricting scope refuses at the ATTACH level.
			grep -q '^not ok [0-9]* - [^:]*: same-ids: ' "$d/tap"
			check $? "$k at scope $s: the mutated test fails ($fails failed, same-ids among them)"
		fi
	done
done
