# The conformance matrix on Debian's kernels under qemu, at every Yama
# scope (check/vm/vm-check.sh).  Included by check/check.mk.
#
#   make vm-check [KERNELS="6.1 6.12 7.3"] [YAMA="0 1 2 3"]
#   make vm-check-ci     one kernel at scopes 0 and 1 (CI)
#   make vm-test        the tests of vm-check itself: no qemu left behind;
#                       environ made ATTACH fails under Yama (12 boots)
#
# VM_JOBS (boots at a time), VM_TIMEOUT (seconds per boot) and VM_ACCEL
# (tcg, kvm, auto) pass through the environment.

KERNELS		?= 6.1 6.12 7.3
YAMA		?= 0 1 2 3
VM_CI_KERNELS	= 6.12
VM_CI_YAMA	= 0 1
VM_INITRD	= build/vm/initrd.cpio

$(VM_INITRD): $(MATRIX_BINS) check/vm/init check/vm/initramfs.sh \
    check/matrix.sh | build/deps-vm.stamp
	@mkdir -p $(@D)
	sh check/vm/initramfs.sh $@ $(MATRIX_BINS)

vm-check: $(VM_INITRD) | build/deps-vm.stamp
	bash check/vm/vm-check.sh --kernels "$(KERNELS)" --yama "$(YAMA)" \
	    --initrd $(VM_INITRD)

vm-check-ci: $(VM_INITRD) | build/deps-vm.stamp
	bash check/vm/vm-check.sh --kernels "$(VM_CI_KERNELS)" \
	    --yama "$(VM_CI_YAMA)" --initrd $(VM_INITRD)

.PHONY: vm-check vm-check-ci

# The tests of make vm-check itself (TAP, through prove).
vm-test: $(VM_INITRD) gen/ptrace-access build/obj/harness.o | build/deps-vm.stamp
	PA_VM_INITRD=$(VM_INITRD) $(PROVE) -e bash check/vm/t/*.t

.PHONY: vm-test
