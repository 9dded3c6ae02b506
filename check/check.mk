# The tests, in tiers; every suite is a TAP script run by prove.
#   make check        the fast tier, check/t: run it on every change
#                     (about 30 s on two idle cores, after the build)
#   make check-slow   check/slow: valgrind, the mutation rebuild, make
#                     in a scratch copy of the tree
#   make check-asan   the fast tier built with ASan and UBSan
#   make check-all    all of these, then every other slow target
#                     (CHECK_ALL), as CI runs it; it ends with
#                     "check-all: N passed, N failed"
# The tests read the committed pages and generated files; they never
# regenerate them in place (40-stale.t regenerates into a temporary
# directory and compares).  Benchmarks (make bench) are never tests.

UNIT_OBJS	= $(filter-out build/obj/main.o,$(GEN_OBJS))

UNIT_SRCS	= check/unit.c $(wildcard check/unit/*.c)

check/bin/unit: $(UNIT_SRCS) check/unit/unit.h $(UNIT_OBJS) $(GEN_HDRS)
	@mkdir -p check/bin
	$(call quiet,CCLD,$@)$(CC) $(ALL_CFLAGS) -Igen -o $@ $(UNIT_SRCS) \
	    $(UNIT_OBJS) $(ALL_LDFLAGS) $(LIBS)

CHECK_PREREQS	= build/deps-check.stamp gen/ptrace-access check/bin/unit

-include check/tests.mk
-include check/vm/vm.mk

# The conformance tests are built before the suites run.
CHECK_PREREQS	+= $(if $(MATRIX_BINS),matrix-bins build/obj/harness.o)

# The scripts that compile C build it as the generator was built.
# Two suites at a time: most of a suite's time is spent starting
# processes, and the suites share nothing but the read-only tree.
CHECK_ENV	= CC='$(CC)' PA_CFLAGS='$(ALL_CFLAGS)' \
		  PA_LDFLAGS='$(ALL_LDFLAGS)'
PROVE_FLAGS	= -j2

check: $(CHECK_PREREQS)
	@$(CHECK_ENV) $(PROVE) $(PROVE_FLAGS) -e bash check/t/*.t

check-slow: $(CHECK_PREREQS) build/deps-slow.stamp
	@$(CHECK_ENV) $(PROVE) $(PROVE_FLAGS) -e bash check/slow/*.t

# The build's flavor (build/flavor) changes with SANITIZE, so the
# objects are rebuilt with the sanitizers here, and without them by
# the next make that does not ask for them.
check-asan:
	@$(MAKE) SANITIZE=1 check

# The slow targets of every stage, in the order CI runs them.  One not
# defined in this tree is left out with a note (check/all.sh); one that
# fails does not stop the others.
CHECK_ALL	= check check-asan check-slow fuzz fuzz-lint check-ltp \
		  check-kselftest check-audit check-upstream lint-upstream \
		  vm-check-ci vm-test

check-all: build/deps-all.stamp
	@MAKE='$(MAKE)' sh check/all.sh $(CHECK_ALL)

.PHONY: check check-slow check-asan check-all

# Upstream man-pages' own lint-man, build-catman and check targets, run
# by its own Makefile (Debian's manpages source) on the built pages;
# check/upstream-lint.sh says what they check.
lint-upstream: build/deps-check.stamp man
	@sh check/upstream-lint.sh $(PAGES)

.PHONY: lint-upstream

# splice on Debian's man-pages tree: the series applies with git am,
# deletes no fact, and upstream's lint finds nothing new
# (check/splice/upstream.sh).
check-upstream: build/deps-check.stamp gen/ptrace-access
	@$(PROVE) -v -e sh check/splice/upstream.sh

.PHONY: check-upstream
