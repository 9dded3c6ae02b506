# make check: every suite is a TAP script under check/t, run by prove.
# The tests read the committed pages and generated files; they never
# regenerate them in place (40-stale.t regenerates into a temporary
# directory and compares).

UNIT_OBJS	= $(filter-out build/obj/main.o,$(GEN_OBJS))

check/bin/unit: check/unit.c $(UNIT_OBJS) $(GEN_HDRS)
	@mkdir -p check/bin
	$(CC) $(ALL_CFLAGS) -Igen -o $@ check/unit.c $(UNIT_OBJS) \
	    $(ALL_LDFLAGS) $(LIBS)

CHECK_PREREQS	= build/deps-check.stamp gen/ptrace-access check/bin/unit

-include check/tests.mk
-include check/vm/vm.mk

# The conformance tests are built before the suites run.
CHECK_PREREQS	+= $(if $(MATRIX_BINS),matrix-bins build/obj/harness.o)

# The scripts that compile C build it as the generator was built.
check: $(CHECK_PREREQS)
	CC='$(CC)' PA_CFLAGS='$(ALL_CFLAGS)' PA_LDFLAGS='$(ALL_LDFLAGS)' \
	    $(PROVE) -e bash check/t/*.t

.PHONY: check
