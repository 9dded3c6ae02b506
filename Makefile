# ptrace-access: one YAML table of Linux ptrace access mode checks,
# and the manual pages and tests generated from it.
#
#   make            build gen/ptrace-access
#   make man        build the pages (LAYOUT=split for per-file proc pages)
#   make check      run every test (TAP, through prove)
#   make install    install the tool and the pages (DESTDIR, prefix, ...)
#   make bench      benchmarks (not tests)

SHELL		= /bin/sh
CC		?= cc
CFLAGS		?= -O2 -g
M4		= m4
PROVE		= prove
SPEC		= spec/ptrace-access.yaml
LAYOUT		= single

prefix		= /usr/local
exec_prefix	= $(prefix)
bindir		= $(exec_prefix)/bin
datarootdir	= $(prefix)/share
datadir		= $(datarootdir)
mandir		= $(datarootdir)/man
# Companion pages go under a path of their own, so that they never
# shadow the system's ptrace(2) or proc(5).
pagedir		= $(datadir)/ptrace-access/man
INSTALL		= install

# Short build lines ("  CC      gen/spec/load.c"); make V=1 shows every
# command in full.  $(call quiet,WHAT,FILE) starts a recipe line.
V		= 0
quiet		= $(if $(filter 1,$(V)),,@printf '  %-7s %s\n' '$(1)' '$(2)';)

WARN		= -std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror
SAN_FLAGS	= -fsanitize=address,undefined -fno-omit-frame-pointer \
		  -fno-sanitize-recover=all
ALL_CFLAGS	= $(WARN) $(CFLAGS) $(if $(SANITIZE),$(SAN_FLAGS))
ALL_LDFLAGS	= $(LDFLAGS) $(if $(SANITIZE),$(SAN_FLAGS))
LIBS		= -lyaml -lz

# Every C file under gen/ (stage folders included) is part of the tool;
# a new file needs no edit here.
GEN_SRCS	= $(sort $(wildcard gen/*.c gen/*/*.c))
GEN_OBJS	= $(GEN_SRCS:gen/%.c=build/obj/%.o) build/obj/embedded-files.o
GEN_HDRS	= $(wildcard gen/*.h gen/*/*.h) \
		  check/harness/pa_result.h

TEMPLATES	= $(wildcard man[1-8]/*.m4)
PAGES		= $(TEMPLATES:.m4=)
# Link pages (".so man2/process_vm_readv.2") are read through their
# target; html and pdf render only the pages themselves.
LINK_PAGES	= $(patsubst %.m4,%,$(shell grep -l '^\.so ' $(TEMPLATES)))
DOC_PAGES	= $(filter-out $(LINK_PAGES),$(PAGES))
FRAG		= build/frag
FRAG_STAMP	= build/frag-$(LAYOUT).stamp

# Rebuild every object when the compiler or its flags change.
FLAVOR		:= $(CC) $(ALL_CFLAGS) $(ALL_LDFLAGS)
$(shell mkdir -p build/obj; \
    printf '%s\n' '$(FLAVOR)' | cmp -s - build/flavor || \
    printf '%s\n' '$(FLAVOR)' > build/flavor)

all: gen/ptrace-access

# Where the installed tool finds the spec and the ptrace(2) template
# (gen/cli/datadir.c), compiled into that one object only.
DATA_DIR	= $(datadir)/ptrace-access
$(shell printf '%s\n' '$(DATA_DIR)' | cmp -s - build/datadir || \
    printf '%s\n' '$(DATA_DIR)' > build/datadir)
build/datadir:
	@mkdir -p build
	@printf '%s\n' '$(DATA_DIR)' > $@
build/obj/cli/datadir.o: build/datadir
build/obj/cli/datadir.o: ALL_CFLAGS += -DPA_DATADIR='"$(DATA_DIR)"'

# Recreated when missing, e.g. by `make clean all`.
build/flavor:
	@mkdir -p build/obj
	@printf '%s\n' '$(FLAVOR)' > $@

.PRECIOUS: build/deps-%.stamp

build/deps-%.stamp: gen/deps.sh
	@sh gen/deps.sh $*
	@touch $@

build/obj/%.o: gen/%.c $(GEN_HDRS) build/flavor | build/deps-build.stamp
	@mkdir -p $(@D)
	$(call quiet,CC,$<)$(CC) $(ALL_CFLAGS) -Igen -c -o $@ $<

# The probe code, the result kinds and the helpers of the LTP and
# kselftest exports, which the test emitters copy into the tests they
# write, embedded as C strings (gen/emit/embed.sh): the tool needs no
# data directory.
EMBED_FILES	= $(sort $(filter-out check/probes/compile-one.c, \
		  $(wildcard check/probes/*.c check/probes/*.h))) \
		  check/harness/pa_result.h \
		  $(wildcard check/ltp/*.[ch] check/kselftest/*.[ch])

build/embedded-files.c: gen/emit/embed.sh $(EMBED_FILES)
	@mkdir -p build
	$(call quiet,EMBED,$@)sh gen/emit/embed.sh $@ $(EMBED_FILES)

build/obj/embedded-files.o: build/embedded-files.c gen/emit/embedded.h build/flavor
	$(call quiet,CC,$<)$(CC) $(ALL_CFLAGS) -Igen -c -o $@ $<

gen/ptrace-access: $(GEN_OBJS)
	$(call quiet,LD,$@)$(CC) $(ALL_LDFLAGS) -o $@ $(GEN_OBJS) $(LIBS)

# Fragments are regenerated only when the spec or the generator
# changes, so a second `make man` does nothing.
$(FRAG_STAMP): gen/ptrace-access $(SPEC)
	@mkdir -p $(FRAG)
	$(call quiet,GEN,$(FRAG))gen/ptrace-access --spec $(SPEC) man \
	    --out $(FRAG) --layout $(LAYOUT)
	@touch $@

$(PAGES): %: %.m4 $(FRAG_STAMP) | build/deps-man.stamp
	$(call quiet,M4,$@)$(M4) -P -E -I $(FRAG) $< > $@.$$$$.tmp && \
	    mv $@.$$$$.tmp $@ || \
	    { rm -f $@.$$$$.tmp; exit 1; }

man: build/deps-man.stamp $(PAGES)

# The per-file /proc layout of current man-pages (proc_pid_environ.5, ...):
# whole pages from the generator, copied only when they changed.
ifeq ($(LAYOUT),split)
man: split-pages
split-pages: $(FRAG_STAMP)
	@for f in $(FRAG)/proc_pid_*.5; do \
	    cmp -s "$$f" "man5/$${f##*/}" || cp "$$f" man5/; done
.PHONY: split-pages
endif

# Every page as HTML (mandoc) and PDF (groff), each file remade only
# when its page changes.  Any message fails and leaves no file.
HTML		= $(patsubst %,build/html/%.html,$(notdir $(DOC_PAGES)))
PDF		= $(patsubst %,build/pdf/%.pdf,$(notdir $(DOC_PAGES)))
render		= mkdir -p $(@D); \
		  $(1) $< >$@.tmp 2>$@.err || echo "$(1): status $$?" >>$@.err; \
		  if [ -s $@.err ]; then cat $@.err >&2; rm -f $@.tmp $@.err; exit 1; fi; \
		  rm -f $@.err; mv $@.tmp $@

html: $(HTML)
pdf: $(PDF)

.SECONDEXPANSION:
build/html/%.html: $$(wildcard man[1-8]/$$*) | build/deps-man.stamp
	$(call quiet,HTML,$@)$(call render,mandoc -W warning -Thtml -Ostyle=mandoc.css)

build/pdf/%.pdf: $$(wildcard man[1-8]/$$*) | build/deps-doc.stamp
	$(call quiet,PDF,$@)$(call render,groff -t -man -ww -Tpdf)

.PHONY: html pdf

include check/check.mk
-include check/ltp/ltp.mk check/kselftest/kselftest.mk

install: all $(PAGES)
	$(INSTALL) -d $(DESTDIR)$(bindir) $(DESTDIR)$(mandir)/man1 \
	    $(DESTDIR)$(mandir)/man5 $(DESTDIR)$(pagedir)/man2 \
	    $(DESTDIR)$(pagedir)/man5
	$(INSTALL) -m 755 gen/ptrace-access $(DESTDIR)$(bindir)
	$(INSTALL) -m 644 man1/ptrace-access.1 $(DESTDIR)$(mandir)/man1
	$(INSTALL) -m 644 man5/ptrace-access.5 $(DESTDIR)$(mandir)/man5
	$(INSTALL) -m 644 $(filter man2/%,$(PAGES)) $(DESTDIR)$(pagedir)/man2
	$(INSTALL) -m 644 $(filter-out man5/ptrace-access.5,$(filter man5/%,$(PAGES))) \
	    $(DESTDIR)$(pagedir)/man5
	$(INSTALL) -d $(DESTDIR)$(DATA_DIR)/templates
	$(INSTALL) -m 644 $(SPEC) $(DESTDIR)$(DATA_DIR)/ptrace-access.yaml
	$(INSTALL) -m 644 man2/ptrace.2.m4 $(DESTDIR)$(DATA_DIR)/templates

uninstall:
	rm -f $(DESTDIR)$(bindir)/ptrace-access \
	    $(DESTDIR)$(mandir)/man1/ptrace-access.1 \
	    $(DESTDIR)$(mandir)/man5/ptrace-access.5
	rm -rf $(DESTDIR)$(datadir)/ptrace-access

clean:
	rm -rf build check/bin gen/ptrace-access

.PHONY: all man install uninstall clean

# Fuzzing (clang's libFuzzer with ASan and UBSan):
#   make fuzz FUZZ_SECONDS=60
# Seeds come from the real spec and the bad-input suite; findings are
# left as build/fuzz/crash-* (and the run fails).
FUZZ_SECONDS	= 60
FUZZ_CC		= clang
FUZZ_FLAGS	= -g -O1 -fsanitize=fuzzer,address,undefined \
		  -fno-sanitize-recover=all
FUZZ_SRCS	= $(filter-out gen/main.c,$(GEN_SRCS)) check/fuzz/fuzz_spec.c \
		  build/embedded-files.c

build/fuzz/fuzz_spec: $(FUZZ_SRCS) $(GEN_HDRS) | build/deps-fuzz.stamp
	@mkdir -p build/fuzz
	$(call quiet,CCLD,$@)$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) -Igen -o $@ \
	    $(FUZZ_SRCS) $(LIBS)

fuzz: build/fuzz/fuzz_spec
	@mkdir -p build/fuzz/corpus
	@cp $(SPEC) check/minimal.yaml check/bad/*.yaml build/fuzz/corpus/
	cd build/fuzz && ./fuzz_spec -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 corpus

# The lint target: pages and patches, seeded from the lint fixtures
# and the project's own pages.
FUZZ_LINT_SRCS	= $(filter-out gen/main.c,$(GEN_SRCS)) \
		  check/fuzz/fuzz_lint.c build/embedded-files.c

build/fuzz/fuzz_lint: $(FUZZ_LINT_SRCS) $(GEN_HDRS) | build/deps-fuzz.stamp
	@mkdir -p build/fuzz
	$(call quiet,CCLD,$@)$(FUZZ_CC) $(WARN) $(FUZZ_FLAGS) -Igen -o $@ \
	    $(FUZZ_LINT_SRCS) $(LIBS)

fuzz-lint: build/fuzz/fuzz_lint
	@mkdir -p build/fuzz/corpus-lint build/fuzz/seeds-pages
	@cp check/lint/*.[257] check/lint/*.patch check/lint/*.mbox \
	    build/fuzz/corpus-lint/
	@cp man2/*.2 man5/*.5 build/fuzz/seeds-pages/
	cd build/fuzz && ./fuzz_lint -max_total_time=$(FUZZ_SECONDS) \
	    -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 corpus-lint seeds-pages

.PHONY: fuzz fuzz-lint

# Benchmarks print figures; they are never part of make check.
bench: gen/ptrace-access
	@bash check/bench/bench.sh
	@if [ -f check/bench-matrix.sh ]; then bash check/bench-matrix.sh; fi

.PHONY: bench

# Compare the checks of a kernel source tree with the spec:
#   make audit KERNEL=/usr/src/linux-source-6.12
audit: gen/ptrace-access
	@test -n "$(KERNEL)" || { echo "usage: make audit KERNEL=DIR" >&2; exit 2; }
	gen/ptrace-access --spec $(SPEC) audit --kernel $(KERNEL)

# Slow: audit Debian's 6.1, 6.12 and 7.3 trees (fetched through
# check/debian.sh; PA_KERNELS=DIR reuses unpacked trees) and a changed
# copy of one.  Not part of make check.
check-audit: gen/ptrace-access
	$(PROVE) -e bash check/audit/kernels.t

.PHONY: audit check-audit
