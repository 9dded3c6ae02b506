/*
 * The probe methods and the validation of their arguments: see
 * probe.h.  The checks the kernel makes depend only on the method,
 * never on the spec: that is what lets the tests judge the spec.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "probe.h"

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

static const struct probe_ns nsnames[] = {
	{ "cgroup", "PIDFD_GET_CGROUP_NAMESPACE", NULL },
	{ "ipc", "PIDFD_GET_IPC_NAMESPACE", "CLONE_NEWIPC" },
	{ "mnt", "PIDFD_GET_MNT_NAMESPACE", NULL },
	{ "net", "PIDFD_GET_NET_NAMESPACE", "CLONE_NEWNET" },
	{ "pid", "PIDFD_GET_PID_NAMESPACE", NULL },
	{ "pid_for_children", "PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE", NULL },
	{ "time", "PIDFD_GET_TIME_NAMESPACE", NULL },
	{ "time_for_children", "PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE",
	  NULL },
	{ "user", "PIDFD_GET_USER_NAMESPACE", NULL },
	{ "uts", "PIDFD_GET_UTS_NAMESPACE", "CLONE_NEWUTS" },
};

/* kcmp types that need no index arguments besides fd 0. */
static const char *const kcmp_types[] = {
	"KCMP_VM", "KCMP_FILE", "KCMP_FILES", "KCMP_FS", "KCMP_SIGHAND",
	"KCMP_IO", "KCMP_SYSVSEM"
};

const struct probe_ns *
probe_ns(const char *name)
{
	size_t	 i;

	for (i = 0; i < NELEM(nsnames); i++)
		if (strcmp(nsnames[i].name, name) == 0)
			return &nsnames[i];
	return NULL;
}

/* Argument checks. */

static const char *
check_proc_file(const char *arg)
{
	const char	*p;

	if (*arg == '\0' || *arg == '/')
		return "the file is relative to /proc/PID, like \"environ\"";
	if (strstr(arg, "..") != NULL)
		return "the file must stay under /proc/PID";
	for (p = arg; *p != '\0'; p++)
		if (!isalnum((unsigned char)*p) && strchr("_-./", *p) == NULL)
			return "the file name holds an unusual character";
	if (strlen(arg) > 40)
		return "the file name is too long";
	return NULL;
}

static const char *
check_stat_fields(const char *arg)
{
	const char	*p;
	char		*end;
	long		 n;

	for (p = arg; ; p = end + 1) {
		n = strtol(p, &end, 10);
		if (end == p || n < 3 || n > 52)
			return "fields are numbers from 3 to 52, "
			    "separated by commas: \"28,45\"";
		if (*end == '\0')
			return NULL;
		if (*end != ',')
			return "fields are separated by commas";
	}
}

static const char *
check_ns(const char *arg)
{
	return probe_ns(arg) == NULL ? "unknown namespace name" : NULL;
}

static const char *
check_setns(const char *arg)
{
	const struct probe_ns	*ns;

	if ((ns = probe_ns(arg)) == NULL || ns->clone == NULL)
		return "the namespace is one of uts, ipc, net";
	return NULL;
}

static const char *
check_kcmp(const char *arg)
{
	size_t	 i;

	for (i = 0; i < NELEM(kcmp_types); i++)
		if (strcmp(kcmp_types[i], arg) == 0)
			return NULL;
	return "the type is KCMP_VM, KCMP_FILE, KCMP_FILES, KCMP_FS, "
	    "KCMP_SIGHAND, KCMP_IO or KCMP_SYSVSEM";
}

static const char *
check_seize(const char *arg)
{
	return strcmp(arg, "seize") == 0 ? NULL :
	    "the only argument is \"seize\"";
}

static const char *
check_hidepid(const char *arg)
{
	if (strcmp(arg, "noaccess") == 0 || strcmp(arg, "invisible") == 0 ||
	    strcmp(arg, "ptraceable") == 0)
		return NULL;
	return "the hidepid= value is noaccess, invisible or ptraceable";
}

/* With hidepid=noaccess, getattr and the /proc listing make no check. */
static const char *
check_hidepid_hidden(const char *arg)
{
	if (strcmp(arg, "invisible") == 0 || strcmp(arg, "ptraceable") == 0)
		return NULL;
	return "the hidepid= value is invisible or ptraceable";
}

/*
 * The methods.  Each has its code in check/probes/NAME.c.
 */
static const struct probe_method methods[] = {
	{ "open_read", ARG_REQUIRED, check_proc_file, NULL, 0, NULL },
	{ "readlink", ARG_REQUIRED, check_proc_file, NULL, 0, NULL },
	{ "stat_fields", ARG_OPTIONAL, check_stat_fields, NULL, 0, NULL },
	{ "wchan", ARG_NONE, NULL, NULL, 0, NULL },
	{ "map_files_readdir", ARG_NONE, NULL, NULL, 0, NULL },
	{ "map_files_lookup", ARG_NONE, NULL, NULL, 0, NULL },
	{ "map_files_readlink", ARG_NONE, NULL, NULL, 0, NULL },
	{ "map_files_open", ARG_NONE, NULL, NULL, 0, NULL },
	/* ptrace_attach() refuses its own thread group before the check. */
	{ "ptrace_attach", ARG_OPTIONAL, check_seize, NULL, 1, NULL },
	{ "process_vm_readv", ARG_NONE, NULL, NULL, 0, NULL },
	{ "process_vm_writev", ARG_NONE, NULL, NULL, 0, NULL },
	{ "kcmp", ARG_OPTIONAL, check_kcmp, NULL, 0, NULL },
	{ "get_robust_list", ARG_NONE, NULL, NULL, 0, NULL },
	{ "migrate_pages", ARG_NONE, NULL, NULL, 0, NULL },
	{ "move_pages", ARG_NONE, NULL, NULL, 0, NULL },
	{ "perf_event_open", ARG_NONE, NULL, NULL, 0, NULL },
	{ "sched_core_get", ARG_NONE, NULL, NULL, 0, NULL },
	/* Joining a namespace needs CAP_SYS_ADMIN after the check. */
	{ "setns_pidfd", ARG_OPTIONAL, check_setns, "CAP_SYS_ADMIN", 0,
	  NULL },
	{ "pidfd_getfd", ARG_NONE, NULL, NULL, 0, NULL },
	{ "pidfd_ns_ioctl", ARG_REQUIRED, check_ns, NULL, 0, NULL },
	{ "process_madvise", ARG_NONE, NULL, NULL, 0, NULL },
	/* The hidepid= probes: each caller mounts its own /proc instance. */
	{ "hidepid_access", ARG_OPTIONAL, check_hidepid, NULL, 0, "noaccess" },
	{ "hidepid_stat", ARG_OPTIONAL, check_hidepid_hidden, NULL, 0,
	  "invisible" },
	{ "hidepid_readdir", ARG_OPTIONAL, check_hidepid_hidden, NULL, 0,
	  "invisible" },
	{ "hidepid_lookup", ARG_NONE, NULL, NULL, 0, "ptraceable" },
};

static const struct probe_method *
method_find(const char *name)
{
	size_t	 i;

	for (i = 0; i < NELEM(methods); i++)
		if (strcmp(methods[i].name, name) == 0)
			return &methods[i];
	return NULL;
}

const struct probe_method *
probe_method_of(const struct probe *p)
{
	return p->method == NULL ? NULL : method_find(p->method);
}

/*
 * Name them all: the spec's author needs the list.  The list is made
 * of methods[] alone, never of input, so outgrowing the buffer is an
 * invariant broken by a change to the table, not a user error: abort.
 */
static const char *
unknown_method(void)
{
	static char	 list[1024];
	size_t		 i, len;

	len = snprintf(list, sizeof(list), "unknown method; the methods are");
	for (i = 0; i < NELEM(methods) && len < sizeof(list); i++)
		len += snprintf(list + len, sizeof(list) - len, "%s %s",
		    i ? "," : "", methods[i].name);
	if (len >= sizeof(list)) {
		fputs("probe.c: the method list outgrew its buffer\n", stderr);
		abort();
	}
	return list;
}

const char *
probe_check(const struct probe *p)
{
	const struct probe_method	*m;

	if ((m = method_find(p->method)) == NULL)
		return unknown_method();
	if (m->arg == ARG_NONE && p->arg != NULL)
		return "this method takes no arg";
	if (m->arg == ARG_REQUIRED && p->arg == NULL)
		return "this method needs an arg";
	if (p->arg != NULL && m->check != NULL)
		return m->check(p->arg);
	return NULL;
}

const char *
probe_hidepid(const struct probe *p)
{
	const struct probe_method	*m = probe_method_of(p);

	if (m == NULL || m->hidepid == NULL || p->arg == NULL)
		return m == NULL ? NULL : m->hidepid;
	return p->arg;
}

const char *
probe_method_name(size_t i)
{
	return i < NELEM(methods) ? methods[i].name : NULL;
}
