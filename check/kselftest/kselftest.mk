# The kselftest export built and run by the kernel's selftest Makefiles
# (slow: about a minute of compiling).  Included by the Makefile.
#
#   make check-kselftest [KSRC=DIR]   default: Debian's linux-source 6.12

check-kselftest: gen/ptrace-access
	@sh check/kselftest/check-kselftest.sh

.PHONY: check-kselftest
