# The conformance tests generated from the spec.  check/generated
# holds one C file per interface, committed like the pages; each is
# built with the harness (check/harness/) into check/bin/matrix.  Included by
# check/check.mk.
#
#   make tests         regenerate check/generated from the spec
#   make matrix        run every generated test (as root) through prove,
#                      as one TAP stream (check/matrix.sh), then print
#                      the interface-by-scenario table
#   make mutation      show that the tests catch a wrong mode in the spec
#   make bench-matrix  time the matrix and count the processes it forks

MATRIX_SRCS	= $(wildcard check/generated/*.c)
MATRIX_BINS	= $(MATRIX_SRCS:check/generated/%.c=check/bin/matrix/%)
MATRIX_RESULTS	= build/matrix.tsv

# Generate beside, then swap: a failed run leaves the old files, and
# an interface removed from the spec loses its test.
tests: gen/ptrace-access $(SPEC)
	rm -rf build/generated.new
	mkdir -p build/generated.new
	$(call quiet,GEN,check/generated)gen/ptrace-access --spec $(SPEC) tests \
	    --out build/generated.new
	rm -rf check/generated
	mv build/generated.new check/generated

# The harness, one file per concern in check/harness/ (see internal.h
# there), linked into one relocatable object that every test links.
HARNESS_SRCS	= $(wildcard check/harness/*.c)
HARNESS_OBJS	= $(HARNESS_SRCS:check/harness/%.c=build/obj/harness/%.o)
HARNESS_HDRS	= check/harness.h $(wildcard check/harness/*.h)
LD		?= ld

build/obj/harness/%.o: check/harness/%.c $(HARNESS_HDRS) build/flavor
	@mkdir -p $(@D)
	$(call quiet,CC,$<)$(CC) $(ALL_CFLAGS) -c -o $@ $<

build/obj/harness.o: $(HARNESS_OBJS)
	$(call quiet,LD,$@)$(LD) -r -o $@ $(HARNESS_OBJS)

check/bin/matrix/%: check/generated/%.c build/obj/harness.o $(HARNESS_HDRS)
	@mkdir -p check/bin/matrix
	$(call quiet,CCLD,$@)$(CC) $(ALL_CFLAGS) -Icheck -o $@ $< \
	    $(MATRIX_LINK)

# Static binaries fork faster: fewer mappings to copy, no lazy binding
# faults.  The sanitizers need dynamic linking.
MATRIX_LDFLAGS	= $(if $(SANITIZE),,-static)
MATRIX_LINK	= build/obj/harness.o $(ALL_LDFLAGS) $(MATRIX_LDFLAGS) -pthread

matrix-bins: $(MATRIX_BINS)

matrix: matrix-bins
	@test -n "$(MATRIX_BINS)" || \
	    { echo "matrix: no tests in check/generated: make tests" >&2; \
	    exit 1; }
	@rm -f $(MATRIX_RESULTS)
	@PA_RESULTS=$(MATRIX_RESULTS) $(PROVE) -e sh check/matrix.sh; \
	    status=$$?; \
	    sh check/matrix-table.sh $(MATRIX_RESULTS); exit $$status

mutation: gen/ptrace-access build/obj/harness.o
	CC='$(CC)' PA_CFLAGS='$(ALL_CFLAGS)' PA_LDFLAGS='$(ALL_LDFLAGS)' \
	    $(PROVE) --exec sh check/mutation.sh

bench-matrix: matrix-bins
	sh check/bench-matrix.sh

.PHONY: tests matrix matrix-bins mutation bench-matrix

# The probe files (check/probes/METHOD.c), compiled as they are, with
# the warnings of the build, before any test is generated from them:
# through check/probes/compile-one.c, with the #define lines the
# generator would write for the argument below.  See check/probes/README.
PROBE_SRCS	= $(filter-out check/probes/compile-one.c, \
		  $(wildcard check/probes/*.c))
PROBE_OBJS	= $(PROBE_SRCS:check/probes/%.c=build/obj/probes/%.o)

PROBE_DEFS_open_read		= -DPROC_FILE='"environ"' -DREAD_AT=0
PROBE_DEFS_readlink		= -DPROC_LINK='"exe"'
PROBE_DEFS_stat_fields		= -D'STAT_FIELDS={ 28, 45 }'
PROBE_DEFS_ptrace_attach	= -DSEIZE=0
PROBE_DEFS_kcmp			= -DKCMP_TYPE=KCMP_VM
PROBE_DEFS_setns_pidfd		= -DNS_FLAG=CLONE_NEWUTS
PROBE_DEFS_pidfd_ns_ioctl	= -DNS_IOCTL=PIDFD_GET_UTS_NAMESPACE

build/obj/probes/%.o: check/probes/%.c check/probes/compile-one.c \
    check/probes/includes.h check/harness.h check/harness/pa_result.h \
    build/flavor
	@mkdir -p $(@D)
	$(call quiet,CC,$<)$(CC) $(ALL_CFLAGS) -Icheck -Icheck/probes -DPROBE_FILE='"$*.c"' \
	    $(PROBE_DEFS_$*) $(if $(shell grep -l '^unready(void)$$' $<), \
	    -DPROBE_UNREADY) -c -o $@ check/probes/compile-one.c

probes: $(PROBE_OBJS)

CHECK_PREREQS	+= probes

.PHONY: probes
