/*
 * The spec's fixed vocabularies.  Each is one table, looked up by name
 * when loading and by value when printing.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "model.h"
#include "names.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

struct name {
	const char	*name;
	int		 value;
};

static const struct name flags[] = {
	{ "READ", MODE_READ },
	{ "ATTACH", MODE_ATTACH },
	{ "NOAUDIT", MODE_NOAUDIT },
	{ "FSCREDS", MODE_FSCREDS },
	{ "REALCREDS", MODE_REALCREDS },
};

/* The errors a denial can plausibly give; extend as the kernel does. */
static const struct name errnos[] = {
	{ "E2BIG", E2BIG }, { "EACCES", EACCES }, { "EAGAIN", EAGAIN },
	{ "EBADF", EBADF }, { "EBUSY", EBUSY }, { "ECHILD", ECHILD },
	{ "EEXIST", EEXIST }, { "EFAULT", EFAULT }, { "EINTR", EINTR },
	{ "EINVAL", EINVAL }, { "EIO", EIO }, { "ELOOP", ELOOP },
	{ "ENODEV", ENODEV }, { "ENOENT", ENOENT }, { "ENOMEM", ENOMEM },
	{ "ENOSYS", ENOSYS }, { "ENOTTY", ENOTTY }, { "ENXIO", ENXIO },
	{ "EOPNOTSUPP", EOPNOTSUPP }, { "EPERM", EPERM },
	{ "ERANGE", ERANGE }, { "ESRCH", ESRCH },
};

static const char *const denial_kinds[] = {
	[DENY_ERRNO] = NULL,
	[DENY_ZEROED] = "zeroed",
	[DENY_PRINTS_ZERO] = "prints-zero",
	[DENY_OMITTED] = "omitted",
	[DENY_NONE] = "none",
};

static const char *const iface_kinds[] = {
	[IFACE_SYSCALL] = "syscall",
	[IFACE_PROC] = "proc",
	[IFACE_IOCTL] = "ioctl",
	[IFACE_PRCTL] = "prctl",
};

static const char *const operations[] = {
	[OP_OPEN] = "open",
	[OP_READ] = "read",
	[OP_READLINK] = "readlink",
	[OP_FOLLOW] = "follow",
	[OP_READDIR] = "readdir",
	[OP_LOOKUP] = "lookup",
	[OP_GETATTR] = "getattr",
	[OP_PERMISSION] = "permission",
	[OP_SYSCALL] = "syscall",
	[OP_IOCTL] = "ioctl",
};

static const char *const gate_kinds[] = {
	[GATE_CAPABILITY] = "capability",
	[GATE_SYSCTL] = "sysctl",
	[GATE_MOUNT] = "mount",
};

static const char *const gate_orders[] = {
	[GATE_BEFORE] = "before",
	[GATE_AFTER] = "after",
	[GATE_BYPASS] = "bypass",
};

static int
lookup(const struct name *t, size_t n, const char *name)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strcmp(t[i].name, name) == 0)
			return t[i].value;
	return 0;
}

static int
index_of(const char *const *t, size_t n, const char *name)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (t[i] != NULL && strcmp(t[i], name) == 0)
			return (int)i;
	return -1;
}

unsigned int
flag_value(const char *name)
{
	return (unsigned int)lookup(flags, NELEM(flags), name);
}

const char *
flag_name(unsigned int bit)
{
	size_t	 i;

	for (i = 0; i < NELEM(flags); i++)
		if ((unsigned int)flags[i].value == bit)
			return flags[i].name;
	return NULL;
}

int
errno_value(const char *name)
{
	return lookup(errnos, NELEM(errnos), name);
}

const char *
errno_name(int value)
{
	size_t	 i;

	for (i = 0; i < NELEM(errnos); i++)
		if (errnos[i].value == value)
			return errnos[i].name;
	return NULL;
}

enum denial_kind
denial_kind_value(const char *name)
{
	int	 i = index_of(denial_kinds, NELEM(denial_kinds), name);

	return i == -1 ? DENY_ERRNO : (enum denial_kind)i;
}

const char *
denial_name(const struct denial *d)
{
	return d->kind == DENY_ERRNO ? d->errname : denial_kinds[d->kind];
}

int
iface_kind_value(const char *name)
{
	return index_of(iface_kinds, NELEM(iface_kinds), name);
}

const char *
iface_kind_name(enum iface_kind k)
{
	return iface_kinds[k];
}

int
operation_value(const char *name)
{
	return index_of(operations, NELEM(operations), name);
}

const char *
operation_name(enum operation op)
{
	return operations[op];
}

int
gate_kind_value(const char *name)
{
	return index_of(gate_kinds, NELEM(gate_kinds), name);
}

const char *
gate_kind_name(enum gate_kind k)
{
	return gate_kinds[k];
}

int
gate_order_value(const char *name)
{
	return index_of(gate_orders, NELEM(gate_orders), name);
}

const char *
gate_order_name(enum gate_order o)
{
	return gate_orders[o];
}
