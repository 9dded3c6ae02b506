// SPDX-License-Identifier: GPL-2.0-or-later
/*
 * Copyright (c) 2026 The ptrace-access authors
 */

/*
 * What the LTP and the kselftest helpers share, in plain C: the objects
 * and the recording functions of the probes, and the credentials of a
 * target or a caller.
 *
 * The ids are set with raw system calls: glibc applies set*id() to
 * every thread of a process, and the sibling thread of the
 * same-thread-group scenario needs ids of its own.
 */

#define _GNU_SOURCE

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <unistd.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "ptrace_access_common.h"

volatile unsigned long pa_cookie = 0x70747261636541UL;
char pa_page[PA_PAGE_MAX] __attribute__((aligned(PA_PAGE_MAX)));
size_t pa_pagesz;
char pa_map_entry[64];
char pa_hidepid_dir[64];

void pa_allowed(struct pa_outcome *o)
{
	o->result = PA_ALLOWED;
	o->err = 0;
}

void pa_failed(struct pa_outcome *o, int err)
{
	o->result = PA_ERRNO;
	o->err = err;
}

void pa_outcome(struct pa_outcome *o, enum pa_result r, const char *fmt, ...)
{
	va_list ap;

	o->result = r;
	o->err = 0;
	va_start(ap, fmt);
	vsnprintf(o->note, sizeof(o->note), fmt, ap);
	va_end(ap);
}

void pa_proc_path(char *buf, size_t bufsz, pid_t pid, const char *file)
{
	snprintf(buf, bufsz, "/proc/%d/%s", (int)pid, file);
}

/* capget(2) and capset(2) without libcap: two 32-bit words per set. */
int pa_caps_get(uint64_t *perm)
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct data[2];

	if (syscall(SYS_capget, &hdr, data) == -1)
		return -1;

	*perm = data[0].permitted | (uint64_t)data[1].permitted << 32;
	return 0;
}

static int caps_set(uint64_t eff, uint64_t perm)
{
	struct __user_cap_header_struct hdr = {
		.version = _LINUX_CAPABILITY_VERSION_3,
	};
	struct __user_cap_data_struct data[2];
	int i;

	for (i = 0; i < 2; i++) {
		data[i].effective = eff >> (32 * i);
		data[i].permitted = perm >> (32 * i);
		data[i].inheritable = 0;
	}

	return syscall(SYS_capset, &hdr, data);
}

/*
 * Give the calling thread exactly these credentials; it must start as
 * root with its capabilities.  Returns NULL, or the step that failed
 * with errno set, so that a thread can report it.
 */
const char *pa_become(const struct pa_cred *c)
{
	uint64_t all;

	if (pa_caps_get(&all))
		return "capget()";
	if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0))
		return "prctl(PR_SET_KEEPCAPS)";
	if (syscall(SYS_setgroups, 0, NULL))
		return "setgroups()";
	if (syscall(SYS_setresgid, c->gid[PA_REAL], c->gid[PA_EFF],
			c->gid[PA_SAVED]))
		return "setresgid()";
	syscall(SYS_setfsgid, c->gid[PA_FS]);
	if (syscall(SYS_setresuid, c->uid[PA_REAL], c->uid[PA_EFF],
			c->uid[PA_SAVED]))
		return "setresuid()";

	/* Leaving uid 0 cleared the effective set; setfsuid needs it. */
	if (caps_set(all, all))
		return "capset() of every permitted capability";
	syscall(SYS_setfsuid, c->uid[PA_FS]);
	if (caps_set(c->eff, c->perm))
		return "capset()";

	/* setfs[ug]id() report no errors: ask for the value back. */
	errno = EPERM;
	if ((uid_t)syscall(SYS_setfsuid, -1) != c->uid[PA_FS])
		return "setfsuid()";
	if ((gid_t)syscall(SYS_setfsgid, -1) != c->gid[PA_FS])
		return "setfsgid()";

	return NULL;
}
