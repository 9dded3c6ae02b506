/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2026 The ptrace-access authors
 */

/*
 * What the ptrace_access tests share: the scenarios (credentials of a
 * target and of a caller), the code that parks a target and forks a
 * caller with them, and the helpers the probes call.
 *
 * A test is a probe (the interface used once from a caller against a
 * target) and one expectation per scenario, derived from the spec by
 * the generator's model of the check; the test only compares.
 */

#ifndef PTRACE_ACCESS_COMMON_H__
#define PTRACE_ACCESS_COMMON_H__

#include <stdint.h>
#include <sys/types.h>
#include <linux/capability.h>

/* enum pa_result, from the vocabulary of the generator */
#include "ptrace_access_results.h"

/* The four ids of a credential, indexing pa_cred's uid and gid. */
enum pa_id {
	PA_REAL,
	PA_EFF,
	PA_SAVED,
	PA_FS,
};

/* A capability set: bit n is capability n of <linux/capability.h>. */
#define PA_CAP(n)	(UINT64_C(1) << (n))

struct pa_cred {
	uid_t uid[4];
	gid_t gid[4];
	uint64_t eff;
	uint64_t perm;
};

struct pa_target {
	struct pa_cred cred;
	/* The PR_SET_DUMPABLE argument. */
	int dumpable;
	/* A thread of the caller itself. */
	int thread;
};

struct pa_scenario {
	const char *id;
	struct pa_cred caller;
	struct pa_target target;
};

/* Defined in ptrace_access_scenarios.c, which the generator writes. */
extern const struct pa_scenario pa_scenarios[];
extern const unsigned int pa_nscenarios;

struct pa_outcome {
	enum pa_result result;
	int err;
	char note[160];
};

/* What one scenario must show, in the order of pa_scenarios[]. */
struct pa_expect {
	const char *scenario;
	enum pa_result want;
	int want_err;
	/* "step (3) uid mismatch (ruid vs uid): denied, EPERM" */
	const char *expect;
	/* NULL, or the first Linux release the expectation is known for */
	const char *needs_linux;
};

typedef void (*pa_probe)(pid_t target, struct pa_outcome *o);

struct pa_test {
	const char *iface;
	pa_probe probe;
	/* NULL, or why the interface cannot be tested on this system */
	const char *(*unready)(void);
	/* What the spec says the interface needs, or NULL. */
	const char *needs;
	/* The hidepid= value of the probe's own /proc instance, or NULL. */
	const char *hidepid;
	/* The check is PTRACE_MODE_ATTACH: Yama may refuse it too. */
	int attach;
	/* Given to every caller: file modes and gates never decide. */
	uint64_t caller_caps;
	const struct pa_expect *expect;
	unsigned int nexpect;
};

/* LTP: .setup, .test and .cleanup. */
void pa_setup(const struct pa_test *t);
void pa_run(const struct pa_test *t, unsigned int n);
void pa_cleanup(void);

/* kselftest: run every case and exit. */
int pa_main(const struct pa_test *t);

/*
 * ptrace_access_creds.c: the permitted capabilities; exactly these ids
 * and capabilities for the calling thread (NULL, or the step that failed).
 */
int pa_caps_get(uint64_t *perm);
const char *pa_become(const struct pa_cred *c);

/* For probes: record the outcome. */
void pa_allowed(struct pa_outcome *o);
void pa_failed(struct pa_outcome *o, int err);
void pa_outcome(struct pa_outcome *o, enum pa_result r, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* For probes: "/proc/PID/FILE" into buf. */
void pa_proc_path(char *buf, size_t bufsz, pid_t pid, const char *file);
/* For probes: a pidfd for a process or a thread, or -1. */
int pa_pidfd(pid_t pid);
/* For probes: the process (thread group) a thread belongs to. */
pid_t pa_process(pid_t tid);
/* For unready(): the number in a /proc/sys file, or -1. */
long pa_sysctl(const char *path);

/* The largest page size Linux uses: the size of pa_page. */
#define PA_PAGE_MAX	65536

/*
 * At the same address in the caller and in every target: all of them
 * are forks of the test.
 */
extern volatile unsigned long pa_cookie;
extern char pa_page[];
extern size_t pa_pagesz;
/* The map_files entry of the test binary's first mapping. */
extern char pa_map_entry[64];
/* The private /proc instance of a test with hidepid set. */
extern char pa_hidepid_dir[64];

#endif /* PTRACE_ACCESS_COMMON_H__ */
