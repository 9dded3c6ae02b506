/*
 * Credentials: give the calling thread exactly a case's ids and
 * capability sets, with raw system calls.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unless the build defines it */
#endif

#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/types.h>

#include <linux/capability.h>

#include <errno.h>
#include <unistd.h>

#include "internal.h"

/* capset(2) without libcap: two 32-bit words per set. */
static int
caps_set(uint64_t eff, uint64_t perm)
{
	struct __user_cap_header_struct	 hdr;
	struct __user_cap_data_struct	 data[2];
	int				 i;

	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = 0;
	for (i = 0; i < 2; i++) {
		data[i].effective = eff >> (32 * i);
		data[i].permitted = perm >> (32 * i);
		data[i].inheritable = 0;
	}
	return syscall(SYS_capset, &hdr, data);
}

uint64_t
pa_caps_permitted(void)
{
	struct __user_cap_header_struct	 hdr;
	struct __user_cap_data_struct	 data[2];

	hdr.version = _LINUX_CAPABILITY_VERSION_3;
	hdr.pid = 0;
	if (syscall(SYS_capget, &hdr, data) == -1)
		return 0;
	return data[0].permitted | (uint64_t)data[1].permitted << 32;
}

/*
 * Give the calling thread exactly these credentials.  Raw system
 * calls, because glibc would apply set*id to every thread and the
 * same-thread-group case needs two threads with different ids.
 * The calling thread must start as root with its capabilities.
 */
int
pa_become(const struct pa_cred *c)
{
	uint64_t	 all;

	all = pa_caps_permitted();
	if (prctl(PR_SET_KEEPCAPS, 1, 0, 0, 0) == -1 ||
	    syscall(SYS_setgroups, 0, NULL) == -1 ||
	    syscall(SYS_setresgid, c->gid[PA_REAL], c->gid[PA_EFF],
	    c->gid[PA_SAVED]) == -1)
		return -1;
	syscall(SYS_setfsgid, c->gid[PA_FS]);
	if (syscall(SYS_setresuid, c->uid[PA_REAL], c->uid[PA_EFF],
	    c->uid[PA_SAVED]) == -1)
		return -1;

	/* Leaving uid 0 cleared the effective set; setfsuid needs it. */
	if (caps_set(all, all) == -1)
		return -1;
	syscall(SYS_setfsuid, c->uid[PA_FS]);
	if (caps_set(c->eff, c->perm) == -1)
		return -1;

	/* setfs[ug]id report no errors: ask for the value back. */
	if ((uid_t)syscall(SYS_setfsuid, -1) != c->uid[PA_FS] ||
	    (gid_t)syscall(SYS_setfsgid, -1) != c->gid[PA_FS]) {
		errno = EPERM;
		return -1;
	}
	return 0;
}

