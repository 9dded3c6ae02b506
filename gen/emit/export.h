/*
 * The exports of the tests for other projects' suites: LTP
 * (out_ltp.c) and the kernel's kselftest (out_kselftest.c).  Both are
 * a directory of short tests, one per interface, numbered in the
 * spec's order: a probe, one expectation per scenario, and a helper
 * of the suite's own that forks targets and callers (check/ltp/,
 * check/kselftest/).  What they share is here (export.c).
 */
#ifndef EXPORT_H
#define EXPORT_H

#include <stdint.h>
#include <stdio.h>

#include "model/algo.h"
#include "emit/tests.h"
#include "model/model.h"

#define EXPORT_NAME	"ptrace_access"

struct export_probe {
	struct probe_text text;		/* check/probes/METHOD.c */
	uint64_t	 caller_caps;	/* every caller holds these */
	const char	*hidepid;	/* its own /proc's hidepid=, or NULL */
};

/* The probe and what comes with it; -1 if this build lacks it. */
int	export_probe(const struct iface *, struct export_probe *);
/* The verdict of the model for a scenario, and its phrase. */
void	export_case(const struct spec *, const struct iface *,
	    const struct scenario *, struct verdict *, char *expect,
	    size_t expectsz);
/* "ptrace_access07" for the interface at index 6. */
void	export_test_name(char *buf, size_t bufsz, size_t index);
void	export_cstr(FILE *, const char *);
/* The SPDX line and the copyright. */
void	export_header(FILE *, const struct spec *);
/* The doc block: LTP opens it with a backslash; yama: for ATTACH mode. */
void	export_doc(FILE *, const struct spec *, const struct iface *,
	    const struct export_probe *, const char *opener,
	    const char *yama);
void	export_includes(FILE *, const struct export_probe *);
/* The probe, with syscall() renamed to wrapper() unless NULL. */
void	export_probe_code(FILE *, const struct iface *,
	    const struct export_probe *, const char *wrapper);
/* The expectations and the struct pa_test "pa" that names them. */
void	export_pa_test(FILE *, const struct spec *, const struct iface *,
	    const struct export_probe *);
/* ptrace_access_results.h: the result kinds. */
void	export_results(FILE *, const struct spec *);
/* ptrace_access_scenarios.c, after the suite's includes. */
void	export_scenarios(FILE *, const struct spec *, const char *includes);
/* Copy these embedded files (NULL at the end) into the export. */
int	export_copy(const char *outdir, const char *const *names);

int	out_ltp(const struct spec *, const char *outdir);
int	out_kselftest(const struct spec *, const char *outdir);

#endif /* !EXPORT_H */
