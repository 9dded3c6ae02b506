/*
 * The tests emitter: one self-contained C conformance test per
 * interface, built on check/harness.c, or with ltp_format a skeleton
 * of an LTP new-API test for contributors.
 *
 * Each test holds a probe, the code that exercises the interface once
 * from a caller against a target, and a table of cases: one per
 * scenario of algo.c, with the expectation the model derives from the
 * spec baked in as data.  The tests never read the spec.
 *
 * The probe code lives here as templates.  A template is fixed C text;
 * what varies with the spec's probe argument is emitted before it as
 * #define lines, so every generated probe reads like hand-written code.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "algo.h"
#include "escape.h"
#include "markup.h"
#include "model.h"
#include "model/probe.h"
#include "names.h"
#include "outfile.h"

struct method {
	const char	*name;		/* a method of model/probe.c */
	/* The #define lines the template uses. */
	void		 (*params)(FILE *, const char *arg);
	const char	*code;		/* the probe function */
	const char	*unready;	/* an unready() function, or NULL */
};

static void	emit_caps(FILE *, const char *, size_t, uint64_t);

/* Parameters: the #define lines before a template. */

static void
define_str(FILE *fp, const char *name, const char *value)
{
	fprintf(fp, "#define %s\t\"", name);
	esc_c_string(fp, value, strlen(value));
	fputs("\"\n", fp);
}

static void
params_open(FILE *fp, const char *arg)
{
	define_str(fp, "PROC_FILE", arg);
	if (strncmp(arg, "ns/", 3) == 0)
		fputs("/* An nsfs file cannot be read: opening it is all. */\n"
		    "#define READ_AT\t\t-1\n", fp);
	else if (strcmp(arg, "mem") == 0)
		fputs("/* mem is read at an address: the cookie's is valid "
		    "in every fork. */\n"
		    "#define READ_AT\t\t((off_t)(uintptr_t)&pa_cookie)\n", fp);
	else
		fputs("#define READ_AT\t\t0\n", fp);
}

static void
params_link(FILE *fp, const char *arg)
{
	define_str(fp, "PROC_LINK", arg);
}

static void
params_stat(FILE *fp, const char *arg)
{
	const char	*p;

	/*
	 * startstack, start_data, arg_start, env_start: never 0 for a
	 * live process when allowed, always 0 when denied.
	 */
	if (arg == NULL)
		arg = "28,45,48,50";
	fputs("/*\n"
	    " * Fields (numbered as in proc(5)) never 0 for a live process\n"
	    " * when shown, and always 0 when the check fails.\n"
	    " */\n"
	    "#define STAT_FIELDS\t{ ", fp);
	for (p = arg; *p != '\0'; p++)
		if (*p == ',')
			fputs(", ", fp);
		else
			fputc(*p, fp);
	fputs(" }\n", fp);
}

static void
params_kcmp(FILE *fp, const char *arg)
{
	fprintf(fp, "#define KCMP_TYPE\t%s\n", arg == NULL ? "KCMP_VM" : arg);
}

static void
params_ns_ioctl(FILE *fp, const char *arg)
{
	fprintf(fp, "#define NS_IOCTL\t%s\n", probe_ns(arg)->ioctl);
}

static void
params_setns(FILE *fp, const char *arg)
{
	fprintf(fp, "#define NS_FLAG\t\t%s\n",
	    probe_ns(arg == NULL ? "uts" : arg)->clone);
}

static void
params_attach(FILE *fp, const char *arg)
{
	fprintf(fp, "#define SEIZE\t\t%d\n", arg != NULL);
}

/* The templates. */

static const char code_open[] =
"/*\n"
" * Open the file and read from it: some files are checked at open,\n"
" * others only when read.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t path[64], buf[64];\n"
"\tint\t fd;\n"
"\n"
"\tpa_proc_path(path, sizeof(path), pid, PROC_FILE);\n"
"\tif ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tif (READ_AT >= 0 && pread(fd, buf, sizeof(buf), READ_AT) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"\tclose(fd);\n"
"}\n";

static const char code_readlink[] =
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t path[64], buf[256];\n"
"\n"
"\tpa_proc_path(path, sizeof(path), pid, PROC_LINK);\n"
"\tif (readlink(path, buf, sizeof(buf)) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_stat[] =
"static const int guarded[] = STAT_FIELDS;\n"
"#define NGUARDED\t(sizeof(guarded) / sizeof(guarded[0]))\n"
"\n"
"static int\n"
"is_guarded(int field)\n"
"{\n"
"\tsize_t\t i;\n"
"\n"
"\tfor (i = 0; i < NGUARDED; i++)\n"
"\t\tif (guarded[i] == field)\n"
"\t\t\treturn 1;\n"
"\treturn 0;\n"
"}\n"
"\n"
"/*\n"
" * A denied read still succeeds: the guarded fields show 0 instead.\n"
" * The command name (field 2) may hold spaces, so fields are counted\n"
" * from its closing parenthesis.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t path[64], line[1024], *p, *word, *last;\n"
"\tsize_t\t zeros;\n"
"\tint\t field;\n"
"\tFILE\t*fp;\n"
"\n"
"\tpa_proc_path(path, sizeof(path), pid, \"stat\");\n"
"\tif ((fp = fopen(path, \"re\")) == NULL) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tp = fgets(line, sizeof(line), fp);\n"
"\tfclose(fp);\n"
"\tif (p == NULL || (p = strrchr(line, ')')) == NULL) {\n"
"\t\tpa_outcome(o, PA_BROKEN, \"cannot read %s\", path);\n"
"\t\treturn;\n"
"\t}\n"
"\tzeros = 0;\n"
"\tfield = 3;\n"
"\tfor (word = strtok_r(p + 1, \" \\n\", &last); word != NULL;\n"
"\t    word = strtok_r(NULL, \" \\n\", &last), field++)\n"
"\t\tif (is_guarded(field) && strtoul(word, NULL, 10) == 0)\n"
"\t\t\tzeros++;\n"
"\tif (zeros == NGUARDED)\n"
"\t\tpa_outcome(o, PA_ZEROED, \"guarded fields are 0\");\n"
"\telse if (zeros == 0)\n"
"\t\tpa_allowed(o);\n"
"\telse\n"
"\t\tpa_outcome(o, PA_BROKEN, \"%zu of %zu guarded fields are 0\",\n"
"\t\t    zeros, NGUARDED);\n"
"}\n";

static const char code_wchan[] =
"/*\n"
" * A denied read still succeeds and shows \"0\" instead of the name of\n"
" * the function the target sleeps in.  Parked targets always sleep.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t path[64], buf[128];\n"
"\tssize_t\t n;\n"
"\tint\t fd;\n"
"\n"
"\tpa_proc_path(path, sizeof(path), pid, \"wchan\");\n"
"\tif ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tn = read(fd, buf, sizeof(buf) - 1);\n"
"\tclose(fd);\n"
"\tif (n == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse if (n == 1 && buf[0] == '0')\n"
"\t\tpa_outcome(o, PA_PRINTS_ZERO, \"wchan is 0\");\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_map_files_readdir[] =
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t\t path[64];\n"
"\tDIR\t\t*dir;\n"
"\tsize_t\t\t n;\n"
"\n"
"\tpa_proc_path(path, sizeof(path), pid, \"map_files\");\n"
"\tif ((dir = opendir(path)) == NULL) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\terrno = 0;\n"
"\tfor (n = 0; readdir(dir) != NULL; n++)\n"
"\t\tcontinue;\n"
"\tif (errno != 0)\n"
"\t\tpa_failed(o, errno);\n"
"\telse if (n <= 2)\n"
"\t\tpa_outcome(o, PA_BROKEN, \"no mappings listed\");\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"\tclosedir(dir);\n"
"}\n";

static const char code_map_files_lookup[] =
"/*\n"
" * Look up the entry of the test binary's first mapping, without\n"
" * reading or following the link: lstat(2) makes only the lookup.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t\t path[128];\n"
"\tstruct stat\t st;\n"
"\n"
"\tsnprintf(path, sizeof(path), \"/proc/%d/map_files/%s\", (int)pid,\n"
"\t    pa_map_entry);\n"
"\tif (lstat(path, &st) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_map_files_readlink[] =
"/* The entry of the test binary's first mapping: see pa_map_entry. */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t path[128], buf[256];\n"
"\n"
"\tsnprintf(path, sizeof(path), \"/proc/%d/map_files/%s\", (int)pid,\n"
"\t    pa_map_entry);\n"
"\tif (readlink(path, buf, sizeof(buf)) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_map_files_open[] =
"/* Follow the entry of the test binary's first mapping. */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t path[128];\n"
"\tint\t fd;\n"
"\n"
"\tsnprintf(path, sizeof(path), \"/proc/%d/map_files/%s\", (int)pid,\n"
"\t    pa_map_entry);\n"
"\tif ((fd = open(path, O_RDONLY | O_CLOEXEC)) == -1) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tclose(fd);\n"
"\tpa_allowed(o);\n"
"}\n";

static const char code_ptrace_attach[] =
"/*\n"
" * Attach.  PTRACE_ATTACH stops the target: wait for the stop and\n"
" * detach at once, so that it runs on for the next case.  A seized\n"
" * target is not stopped; the kernel detaches it when the caller exits.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tint\t status;\n"
"\n"
"\tif (ptrace(SEIZE ? PTRACE_SEIZE : PTRACE_ATTACH, pid, NULL,\n"
"\t    NULL) == -1) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tif (!SEIZE && (waitpid(pid, &status, __WALL) == -1 ||\n"
"\t    ptrace(PTRACE_DETACH, pid, NULL, NULL) == -1))\n"
"\t\tpa_outcome(o, PA_BROKEN, \"attached, cannot detach: %s\",\n"
"\t\t    strerror(errno));\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_process_vm_readv[] =
"/* Read the target's copy of the cookie. */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tunsigned long\t got = 0;\n"
"\tstruct iovec\t local = { &got, sizeof(got) };\n"
"\tstruct iovec\t remote = { (void *)&pa_cookie, sizeof(got) };\n"
"\n"
"\tif (process_vm_readv(pid, &local, 1, &remote, 1, 0) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse if (got != pa_cookie)\n"
"\t\tpa_outcome(o, PA_BROKEN, \"read %#lx, not the cookie\", got);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_process_vm_writev[] =
"/* Write the cookie's own value over the target's copy of it. */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tunsigned long\t val = pa_cookie;\n"
"\tstruct iovec\t local = { &val, sizeof(val) };\n"
"\tstruct iovec\t remote = { (void *)&pa_cookie, sizeof(val) };\n"
"\n"
"\tif (process_vm_writev(pid, &local, 1, &remote, 1, 0) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_kcmp[] =
"/*\n"
" * kcmp(2) checks both processes it names: name the target twice, so\n"
" * that both checks are about it.  Index 0 is fd 0 for KCMP_FILE.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tif (syscall(SYS_kcmp, pid, pid, KCMP_TYPE, 0, 0) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_get_robust_list[] =
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tvoid\t*head;\n"
"\tsize_t\t len;\n"
"\n"
"\tif (syscall(SYS_get_robust_list, pid, &head, &len) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_migrate_pages[] =
"/*\n"
" * Move the target's pages from node 0 to node 0: nothing moves, and\n"
" * the node checks that follow the ptrace check always pass.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tunsigned long\t nodes = 1;\n"
"\n"
"\tif (syscall(SYS_migrate_pages, pid, sizeof(nodes) * 8, &nodes,\n"
"\t    &nodes) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_move_pages[] =
"/* Without nodes, move_pages(2) only says where a page is. */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tvoid\t*pages[1] = { pa_page };\n"
"\tint\t status[1];\n"
"\n"
"\tif (syscall(SYS_move_pages, pid, 1, pages, NULL, status, 0) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_perf_event_open[] =
"/*\n"
" * A software event counting only user time on the target: with\n"
" * perf_event_paranoid at 2 or below anyone may open it.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tstruct perf_event_attr\t attr;\n"
"\tint\t\t\t fd;\n"
"\n"
"\tmemset(&attr, 0, sizeof(attr));\n"
"\tattr.size = sizeof(attr);\n"
"\tattr.type = PERF_TYPE_SOFTWARE;\n"
"\tattr.config = PERF_COUNT_SW_TASK_CLOCK;\n"
"\tattr.exclude_kernel = 1;\n"
"\tattr.exclude_hv = 1;\n"
"\tfd = syscall(SYS_perf_event_open, &attr, pid, -1, -1,\n"
"\t    PERF_FLAG_FD_CLOEXEC);\n"
"\tif (fd == -1) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tclose(fd);\n"
"\tpa_allowed(o);\n"
"}\n";

static const char unready_perf[] =
"/* Above 2 (a Debian patch), only CAP_SYS_ADMIN may open events. */\n"
"static const char *\n"
"unready(void)\n"
"{\n"
"\tif (pa_sysctl(\"/proc/sys/kernel/perf_event_paranoid\") > 2)\n"
"\t\treturn \"kernel.perf_event_paranoid is above 2\";\n"
"\treturn NULL;\n"
"}\n";

static const char code_sched_core_get[] =
"/* Read the target thread's core scheduling cookie. */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tunsigned long\t cookie;\n"
"\n"
"\tif (prctl(PR_SCHED_CORE, PR_SCHED_CORE_GET, pid,\n"
"\t    PR_SCHED_CORE_SCOPE_THREAD, &cookie) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_setns_pidfd[] =
"/*\n"
" * Join the target's namespace through a pidfd.  The caller is a\n"
" * throwaway process and the target shares the test's namespaces, so\n"
" * nothing changes.  Joining needs CAP_SYS_ADMIN after the check,\n"
" * which every caller holds.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tint\t fd;\n"
"\n"
"\tif ((fd = pa_pidfd(pid)) == -1) {\n"
"\t\tpa_outcome(o, PA_BROKEN, \"pidfd_open: %s\", strerror(errno));\n"
"\t\treturn;\n"
"\t}\n"
"\tif (setns(fd, NS_FLAG) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"\tclose(fd);\n"
"}\n";

static const char code_pidfd_getfd[] =
"/* Duplicate the target's fd 0, which every target has. */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tint\t pfd, fd;\n"
"\n"
"\tif ((pfd = pa_pidfd(pid)) == -1) {\n"
"\t\tpa_outcome(o, PA_BROKEN, \"pidfd_open: %s\", strerror(errno));\n"
"\t\treturn;\n"
"\t}\n"
"\tif ((fd = syscall(SYS_pidfd_getfd, pfd, 0, 0)) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse {\n"
"\t\tclose(fd);\n"
"\t\tpa_allowed(o);\n"
"\t}\n"
"\tclose(pfd);\n"
"}\n";

static const char code_pidfd_ns_ioctl[] =
"/*\n"
" * Linux 6.11 and later.  Defined here: <linux/pidfd.h> clashes with\n"
" * <fcntl.h> on older C libraries.\n"
" */\n"
"#ifndef PIDFD_GET_UTS_NAMESPACE\n"
"#define PIDFD_GET_CGROUP_NAMESPACE\t\t_IO(0xFF, 1)\n"
"#define PIDFD_GET_IPC_NAMESPACE\t\t\t_IO(0xFF, 2)\n"
"#define PIDFD_GET_MNT_NAMESPACE\t\t\t_IO(0xFF, 3)\n"
"#define PIDFD_GET_NET_NAMESPACE\t\t\t_IO(0xFF, 4)\n"
"#define PIDFD_GET_PID_NAMESPACE\t\t\t_IO(0xFF, 5)\n"
"#define PIDFD_GET_PID_FOR_CHILDREN_NAMESPACE\t_IO(0xFF, 6)\n"
"#define PIDFD_GET_TIME_NAMESPACE\t\t_IO(0xFF, 7)\n"
"#define PIDFD_GET_TIME_FOR_CHILDREN_NAMESPACE\t_IO(0xFF, 8)\n"
"#define PIDFD_GET_USER_NAMESPACE\t\t_IO(0xFF, 9)\n"
"#define PIDFD_GET_UTS_NAMESPACE\t\t\t_IO(0xFF, 10)\n"
"#endif\n"
"\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tint\t pfd, fd;\n"
"\n"
"\tif ((pfd = pa_pidfd(pid)) == -1) {\n"
"\t\tpa_outcome(o, PA_BROKEN, \"pidfd_open: %s\", strerror(errno));\n"
"\t\treturn;\n"
"\t}\n"
"\tif ((fd = ioctl(pfd, NS_IOCTL, 0)) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse {\n"
"\t\tclose(fd);\n"
"\t\tpa_allowed(o);\n"
"\t}\n"
"\tclose(pfd);\n"
"}\n";

static const char code_process_madvise[] =
"/*\n"
" * MADV_COLD on a page of the target: a hint about reclaim order,\n"
" * which changes nothing the target can observe.  The call takes a\n"
" * process, not a thread: name the target's thread group.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tstruct iovec\t iov = { pa_page, 0 };\n"
"\tint\t\t pfd;\n"
"\n"
"\tiov.iov_len = pa_pagesz;\n"
"\tif ((pfd = pa_pidfd(pa_process(pid))) == -1) {\n"
"\t\tpa_outcome(o, PA_BROKEN, \"pidfd_open: %s\", strerror(errno));\n"
"\t\treturn;\n"
"\t}\n"
"\tif (syscall(SYS_process_madvise, pfd, &iov, 1, MADV_COLD, 0) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"\tclose(pfd);\n"
"}\n";

static const char code_hidepid_access[] =
"/*\n"
" * Open the target's directory in the test's own /proc instance: the\n"
" * open asks for the directory's permission, which makes the check.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t path[96];\n"
"\tint\t fd;\n"
"\n"
"\tsnprintf(path, sizeof(path), \"%s/%d\", pa_hidepid_dir, (int)pid);\n"
"\tif ((fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tclose(fd);\n"
"\tpa_allowed(o);\n"
"}\n";

static const char code_hidepid_stat[] =
"/* stat(2) of the target's directory in the test's own /proc. */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t\t path[96];\n"
"\tstruct stat\t st;\n"
"\n"
"\tsnprintf(path, sizeof(path), \"%s/%d\", pa_hidepid_dir, (int)pid);\n"
"\tif (stat(path, &st) == -1)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_allowed(o);\n"
"}\n";

static const char code_hidepid_readdir[] =
"/*\n"
" * List the test's own /proc and look for the target.  The listing\n"
" * names processes only: a thread is looked for by its process.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t\t name[16];\n"
"\tstruct dirent\t*de;\n"
"\tDIR\t\t*dir;\n"
"\tint\t\t found;\n"
"\n"
"\tsnprintf(name, sizeof(name), \"%d\", (int)pa_process(pid));\n"
"\tif ((dir = opendir(pa_hidepid_dir)) == NULL) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tfound = 0;\n"
"\terrno = 0;\n"
"\twhile (!found && (de = readdir(dir)) != NULL)\n"
"\t\tfound = strcmp(de->d_name, name) == 0;\n"
"\tif (found)\n"
"\t\tpa_allowed(o);\n"
"\telse if (errno != 0)\n"
"\t\tpa_failed(o, errno);\n"
"\telse\n"
"\t\tpa_outcome(o, PA_OMITTED, \"%s is not listed\", name);\n"
"\tclosedir(dir);\n"
"}\n";

static const char code_hidepid_lookup[] =
"/*\n"
" * Look the target's directory up and do no more: an O_PATH open\n"
" * asks for neither its permission nor its attributes.  The caller's\n"
" * /proc instance is fresh, so nothing cached spares the lookup.\n"
" */\n"
"static void\n"
"probe(pid_t pid, struct pa_outcome *o)\n"
"{\n"
"\tchar\t path[96];\n"
"\tint\t fd;\n"
"\n"
"\tsnprintf(path, sizeof(path), \"%s/%d\", pa_hidepid_dir, (int)pid);\n"
"\tif ((fd = open(path, O_PATH | O_CLOEXEC)) == -1) {\n"
"\t\tpa_failed(o, errno);\n"
"\t\treturn;\n"
"\t}\n"
"\tclose(fd);\n"
"\tpa_allowed(o);\n"
"}\n";

/*
 * The code of each probe method of model/probe.c, and the parameters
 * it takes from the spec's probe argument.
 */
static const struct method methods[] = {
	{ "open_read", params_open, code_open, NULL },
	{ "readlink", params_link, code_readlink, NULL },
	{ "stat_fields", params_stat, code_stat, NULL },
	{ "wchan", NULL, code_wchan, NULL },
	{ "map_files_readdir", NULL, code_map_files_readdir, NULL },
	{ "map_files_lookup", NULL, code_map_files_lookup, NULL },
	{ "map_files_readlink", NULL, code_map_files_readlink, NULL },
	{ "map_files_open", NULL, code_map_files_open, NULL },
	{ "ptrace_attach", params_attach, code_ptrace_attach, NULL },
	{ "process_vm_readv", NULL, code_process_vm_readv, NULL },
	{ "process_vm_writev", NULL, code_process_vm_writev, NULL },
	{ "kcmp", params_kcmp, code_kcmp, NULL },
	{ "get_robust_list", NULL, code_get_robust_list, NULL },
	{ "migrate_pages", NULL, code_migrate_pages, NULL },
	{ "move_pages", NULL, code_move_pages, NULL },
	{ "perf_event_open", NULL, code_perf_event_open, unready_perf },
	{ "sched_core_get", NULL, code_sched_core_get, NULL },
	{ "setns_pidfd", params_setns, code_setns_pidfd, NULL },
	{ "pidfd_getfd", NULL, code_pidfd_getfd, NULL },
	{ "pidfd_ns_ioctl", params_ns_ioctl, code_pidfd_ns_ioctl, NULL },
	{ "process_madvise", NULL, code_process_madvise, NULL },
	{ "hidepid_access", NULL, code_hidepid_access, NULL },
	{ "hidepid_stat", NULL, code_hidepid_stat, NULL },
	{ "hidepid_readdir", NULL, code_hidepid_readdir, NULL },
	{ "hidepid_lookup", NULL, code_hidepid_lookup, NULL },
};

#define NMETHODS	(sizeof(methods) / sizeof(methods[0]))

/* Every test includes all of these: the list is short. */
static const char includes[] =
"#ifndef _GNU_SOURCE\n"
"#define _GNU_SOURCE\t/* unless the build defines it */\n"
"#endif\n"
"\n"
"#include <sys/ioctl.h>\n"
"#include <sys/mman.h>\n"
"#include <sys/prctl.h>\n"
"#include <sys/ptrace.h>\n"
"#include <sys/stat.h>\n"
"#include <sys/syscall.h>\n"
"#include <sys/types.h>\n"
"#include <sys/uio.h>\n"
"#include <sys/wait.h>\n"
"\n"
"#include <linux/capability.h>\n"
"#include <linux/kcmp.h>\n"
"#include <linux/perf_event.h>\n"
"\n"
"#include <dirent.h>\n"
"#include <errno.h>\n"
"#include <fcntl.h>\n"
"#include <sched.h>\n"
"#include <stdint.h>\n"
"#include <stdio.h>\n"
"#include <stdlib.h>\n"
"#include <string.h>\n"
"#include <unistd.h>\n";

static const struct method *
method_find(const char *name)
{
	size_t	 i;

	for (i = 0; i < NMETHODS; i++)
		if (strcmp(methods[i].name, name) == 0)
			return &methods[i];
	return NULL;
}


/*
 * Prose into a block comment: markup_plain() gives plain text with
 * the spec's line breaks; each line gets the comment's " * ".
 */
struct comment {
	FILE	*fp;
	int	 bol;		/* at the start of a line */
};

static void
put_comment_line(const char *s, size_t len, void *arg)
{
	struct comment	*c = arg;
	size_t		 i, run;

	for (i = 0; i < len; i += run) {
		if (s[i] == '\n') {
			if (c->bol)
				fputs(" *", c->fp);
			fputc('\n', c->fp);
			c->bol = 1;
			run = 1;
			continue;
		}
		if (c->bol)
			fputs(" * ", c->fp);
		c->bol = 0;
		run = strcspn(s + i, "\n");
		if (run > len - i)
			run = len - i;
		esc_c_comment(c->fp, s + i, run);
	}
}

static void
comment_text(FILE *fp, const struct text *t)
{
	struct comment	 c;

	if (t->src == NULL)
		return;
	c.fp = fp;
	c.bol = 1;
	markup_plain(t->src, put_comment_line, &c);
	if (!c.bol)
		fputc('\n', fp);
}

static void
comment_str(FILE *fp, const char *s)
{
	esc_c_comment(fp, s, strlen(s));
}

/*
 * A one-line comment in a table, or a block when the words do not fit
 * on one line after a tab: the scenarios' sentences are long.
 */
static void
comment_wrapped(FILE *fp, const char *s)
{
	size_t	 col, len;

	if (strlen(s) <= 64) {
		fputs("\t/* ", fp);
		comment_str(fp, s);
		fputs(" */\n", fp);
		return;
	}
	fputs("\t/*\n\t *", fp);
	col = 10;
	while (*s != '\0') {
		len = strcspn(s, " ");
		if (col + 1 + len > 72) {
			fputs("\n\t *", fp);
			col = 10;
		}
		fputc(' ', fp);
		esc_c_comment(fp, s, len);
		col += 1 + len;
		s += len;
		s += strspn(s, " ");
	}
	fputs("\n\t */\n", fp);
}

/* The capabilities adapt() gives every caller, and why. */
static void
emit_extra_caps(FILE *fp, const struct iface *f)
{
	struct scenario	 none, s;
	int		 cap, n, left;

	memset(&none, 0, sizeof(none));
	scenario_adapt(f, &none, &s);
	for (left = 0, cap = 0; cap < 64; cap++)
		left += (s.caller.eff & CAPBIT(cap)) != 0;
	if (left == 0)
		return;
	fputs(" *\n * Every caller also holds", fp);
	for (n = 0, cap = 0; cap < 64; cap++) {
		if (!(s.caller.eff & CAPBIT(cap)))
			continue;
		n++;
		fprintf(fp, "%s%s", n == 1 ? " " : n == left ? " and " : ", ",
		    cap_name(cap));
	}
	fputs(",\n * so that neither file modes nor gates decide a case: "
	    "only the check.\n", fp);
}

/* The prose that heads both kinds of test. */
static void
emit_about(FILE *fp, const struct spec *spec, const struct iface *f)
{
	char	 mode[64];
	size_t	 i;

	fputs(" * ", fp);
	comment_str(fp, f->name);
	fputs(": ", fp);
	comment_str(fp, mode_name(f->mode, mode, sizeof(mode)));
	fprintf(fp, "; see %s(%d).\n *\n", f->page, f->section);
	comment_text(fp, &f->summary);
	comment_text(fp, &f->text);
	fprintf(fp, " *\n * When the check fails: %s.\n",
	    denial_name(&f->denial));
	for (i = 0; i < f->ngates; i++) {
		fputs(" *\n * Gate ", fp);
		comment_str(fp, f->gates[i].name);
		fprintf(fp, ", %s:\n", gate_order_words(f->gates[i].order)->test);
		comment_text(fp, &f->gates[i].text);
	}
	emit_extra_caps(fp, f);
	if (probe_hidepid(&f->probe) != NULL)
		fprintf(fp, " *\n * The probe uses a /proc instance of the test's own, "
		    "mounted with\n * hidepid=%s in a private mount namespace.\n",
		    probe_hidepid(&f->probe));
	fputs(" *\n * Checked in ", fp);
	comment_str(fp, f->src_file == NULL ? "?" : f->src_file);
	fputs(", ", fp);
	comment_str(fp, f->src_func == NULL ? "?" : f->src_func);
	fputs("(),\n * as of Linux ", fp);
	comment_str(fp, spec->kernel);
	fputs(".\n", fp);
}

/* "step (3) uid mismatch (ruid vs uid): denied, EPERM" */
static void
expectation(const struct spec *spec, const struct verdict *v, char *buf,
    size_t bufsz)
{
	char		 num[16], res[48];
	const char	*step;

	if ((step = step_number(spec, v->step, num, sizeof(num))) == NULL)
		step = v->step;
	if (v->result == PA_ERRNO)
		snprintf(res, sizeof(res), "%s %s", result_expect(v->result),
		    v->errname);
	else
		snprintf(res, sizeof(res), "%s", result_expect(v->result));
	snprintf(buf, bufsz, "step %s %s: %s", step, v->reason, res);
}

static void
emit_caps(FILE *fp, const char *indent, size_t col, uint64_t caps)
{
	char	 word[64];
	int	 cap, first;

	first = 1;
	for (cap = 0; cap < 64; cap++) {
		if (!(caps & CAPBIT(cap)))
			continue;
		snprintf(word, sizeof(word), "PA_CAP(%s)", cap_name(cap));
		if (!first && col + 3 + strlen(word) > 72) {
			fprintf(fp, " |\n%s\t", indent);
			col = 8 * (strlen(indent) + 1);
		} else if (!first) {
			fputs(" | ", fp);
			col += 3;
		}
		fputs(word, fp);
		col += strlen(word);
		first = 0;
	}
	if (first)
		fputc('0', fp);
}

static void
emit_ids(FILE *fp, const char *name, const unsigned int *ids)
{
	fprintf(fp, ".%s = { %u, %u, %u, %u }", name, ids[ID_REAL],
	    ids[ID_EFF], ids[ID_SAVED], ids[ID_FS]);
}

static void
emit_cred(FILE *fp, const char *indent, const struct creds *c)
{
	fprintf(fp, "{\n%s    ", indent);
	emit_ids(fp, "uid", c->uid);
	fputs(",\n", fp);
	fprintf(fp, "%s    ", indent);
	emit_ids(fp, "gid", c->gid);
	fputs(",\n", fp);
	fprintf(fp, "%s    .eff = ", indent);
	emit_caps(fp, indent, 8 * strlen(indent) + 11, c->eff);
	fprintf(fp, ",\n%s    .perm = ", indent);
	emit_caps(fp, indent, 8 * strlen(indent) + 12, c->perm);
	fprintf(fp, " }");
}

static void
emit_case(FILE *fp, const struct spec *spec, const struct iface *f,
    const struct scenario *sc)
{
	struct scenario	 s;
	struct verdict	 v;
	char		 expect[256];

	scenario_adapt(f, sc, &s);
	algo_decide(f, &s, &v);
	expectation(spec, &v, expect, sizeof(expect));

	comment_wrapped(fp, s.what);
	fputs("\t{\n", fp);
	fprintf(fp, "\t\t.scenario = \"%s\",\n", s.id);
	/* A long expectation goes on a line of its own. */
	fputs(strlen(expect) > 48 ? "\t\t.expect =\n\t\t    \"" :
	    "\t\t.expect = \"", fp);
	esc_c_string(fp, expect, strlen(expect));
	fputs("\",\n\t\t.caller = ", fp);
	emit_cred(fp, "\t\t", &s.caller);
	fputs(",\n\t\t.target = {\n\t\t    .cred = ", fp);
	emit_cred(fp, "\t\t    ", &s.target);
	fprintf(fp, ",\n\t\t    .dumpable = %d,\n\t\t    .thread = %d },\n",
	    s.dumpable, s.same_group);
	fprintf(fp, "\t\t.want = %s,\n", result_enum_name(v.result));
	if (v.result == PA_ERRNO)
		fprintf(fp, "\t\t.want_err = %s,\n", v.errname);
	if (v.needs_linux != NULL) {
		fputs("\t\t.needs_linux = \"", fp);
		esc_c_string(fp, v.needs_linux, strlen(v.needs_linux));
		fputs("\",\n", fp);
	}
	fputs("\t},\n", fp);
}

static void
emit_probe(FILE *fp, const struct iface *f, const struct method *m)
{
	if (m->params != NULL) {
		m->params(fp, f->probe.arg);
		fputc('\n', fp);
	}
	fputs(m->code, fp);
	if (m->unready != NULL) {
		fputc('\n', fp);
		fputs(m->unready, fp);
	}
}

static void
emit_tap(FILE *fp, const struct spec *spec, const struct iface *f,
    const struct method *m)
{
	size_t	 i;

	fputs("/*\n * Generated by ptrace-access from ", fp);
	comment_str(fp, spec->file);
	fputs(": do not edit.\n *\n", fp);
	emit_about(fp, spec, f);
	fputs(" *\n"
	    " * Each case runs one scenario.  Its expectation was derived\n"
	    " * from the spec by the generator's model of the check\n"
	    " * (gen/algo.c); check/harness.c runs it and prints TAP.\n"
	    " */\n", fp);
	fputs(includes, fp);
	fputs("\n#include \"harness.h\"\n\n", fp);
	emit_probe(fp, f, m);
	fputs("\nstatic const struct pa_case cases[] = {\n", fp);
	for (i = 0; i < nscenarios; i++)
		emit_case(fp, spec, f, &scenarios[i]);
	fputs("};\n\nstatic const struct pa_test test = {\n\t.iface = \"", fp);
	esc_c_string(fp, f->name, strlen(f->name));
	fprintf(fp, "\",\n\t.probe = probe,\n");
	if (f->mode & MODE_ATTACH)
		fputs("\t.attach = 1,\n", fp);
	if (m->unready != NULL)
		fputs("\t.unready = unready,\n", fp);
	if (f->probe.needs != NULL) {
		fputs("\t.needs = \"", fp);
		esc_c_string(fp, f->probe.needs, strlen(f->probe.needs));
		fputs("\",\n", fp);
	}
	if (probe_hidepid(&f->probe) != NULL)
		fprintf(fp, "\t.hidepid = \"%s\",\n", probe_hidepid(&f->probe));
	fputs("\t.cases = cases,\n"
	    "\t.ncases = sizeof(cases) / sizeof(cases[0]),\n"
	    "};\n\nint\nmain(void)\n{\n\treturn pa_run(&test);\n}\n", fp);
}

/*
 * The LTP flavour.  The probes and the cases are the same; what the
 * harness does is spelled out with LTP's library instead, and the
 * helpers the probes call are defined locally.
 */
static const char ltp_support[] =
"enum pa_result {\n"
"\tPA_ALLOWED, PA_ERRNO, PA_ZEROED, PA_PRINTS_ZERO, PA_BROKEN\n"
"};\n"
"\n"
"struct pa_outcome {\n"
"\tenum pa_result\t result;\n"
"\tint\t\t err;\n"
"\tchar\t\t note[160];\n"
"};\n"
"\n"
"struct pa_cred {\n"
"\tuid_t\t\t uid[4];\t/* real, effective, saved, fs */\n"
"\tgid_t\t\t gid[4];\n"
"\tuint64_t\t eff;\n"
"\tuint64_t\t perm;\n"
"};\n"
"\n"
"struct pa_target {\n"
"\tstruct pa_cred\t cred;\n"
"\tint\t\t dumpable;\n"
"\tint\t\t thread;\n"
"};\n"
"\n"
"struct pa_case {\n"
"\tconst char\t*scenario;\n"
"\tconst char\t*expect;\n"
"\tstruct pa_cred\t caller;\n"
"\tstruct pa_target target;\n"
"\tenum pa_result\t want;\n"
"\tint\t\t want_err;\n"
"};\n"
"\n"
"#define PA_CAP(n)\t(1ULL << (n))\n"
"\n"
"/* At the same address in every fork of the test. */\n"
"static volatile unsigned long pa_cookie = 0x70747261636541UL;\n"
"static char pa_page[65536] __attribute__((aligned(65536)));\n"
"static size_t pa_pagesz;\n"
"static char pa_map_entry[64];\n"
"\n"
"#ifdef PA_HIDEPID\n"
"/* The /proc instance with the hidepid= option that the probe uses. */\n"
"static char pa_hidepid_dir[64];\n"
"\n"
"static void\n"
"pa_hidepid_mount(void)\n"
"{\n"
"\tSAFE_MOUNT(\"proc\", pa_hidepid_dir, \"proc\",\n"
"\t\tMS_NOSUID | MS_NODEV | MS_NOEXEC, \"hidepid=\" PA_HIDEPID);\n"
"}\n"
"#endif\n"
"\n""/* Inline: each probe uses only some of the helpers. */\n"
"static inline void\n"
"pa_allowed(struct pa_outcome *o)\n"
"{\n"
"\to->result = PA_ALLOWED;\n"
"}\n"
"\n"
"static inline void\n"
"pa_failed(struct pa_outcome *o, int err)\n"
"{\n"
"\to->result = PA_ERRNO;\n"
"\to->err = err;\n"
"}\n"
"\n"
"#define pa_outcome(o, r, ...) \\\n"
"\t((o)->result = (r), snprintf((o)->note, sizeof((o)->note), __VA_ARGS__))\n"
"\n"
"static inline void\n"
"pa_proc_path(char *buf, size_t bufsz, pid_t pid, const char *file)\n"
"{\n"
"\tsnprintf(buf, bufsz, \"/proc/%d/%s\", (int)pid, file);\n"
"}\n"
"\n"
"/* No case here targets a thread: a pid is its own process. */\n"
"#define pa_process(pid)\t(pid)\n"
"\n"
"static inline int\n"
"pa_pidfd(pid_t pid)\n"
"{\n"
"\treturn tst_syscall(__NR_pidfd_open, pid, 0);\n"
"}\n"
"\n"
"static inline long\n"
"pa_sysctl(const char *path)\n"
"{\n"
"\tlong\t val;\n"
"\n"
"\tif (access(path, R_OK) == -1)\n"
"\t\treturn -1;\n"
"\tSAFE_FILE_SCANF(path, \"%ld\", &val);\n"
"\treturn val;\n"
"}\n"
"\n";

static const char ltp_run[] =
"/*\n"
" * The capability sets are set exactly with capset(2): LTP's .caps\n"
" * changes only the effective set, and only in the test process.\n"
" */\n"
"static void\n"
"become(const struct pa_cred *c)\n"
"{\n"
"\tstruct __user_cap_header_struct hdr = {\n"
"\t\t_LINUX_CAPABILITY_VERSION_3, 0\n"
"\t};\n"
"\tstruct __user_cap_data_struct data[2];\n"
"\tint i;\n"
"\n"
"\tSAFE_PRCTL(PR_SET_KEEPCAPS, 1);\n"
"\tSAFE_SETGROUPS(0, NULL);\n"
"\tSAFE_SETRESGID(c->gid[0], c->gid[1], c->gid[2]);\n"
"\tsetfsgid(c->gid[3]);\n"
"\tSAFE_SETRESUID(c->uid[0], c->uid[1], c->uid[2]);\n"
"\ttst_syscall(__NR_capget, &hdr, data);\n"
"\tdata[0].effective = data[0].permitted;\n"
"\tdata[1].effective = data[1].permitted;\n"
"\ttst_syscall(__NR_capset, &hdr, data);\n"
"\tsetfsuid(c->uid[3]);\n"
"\tfor (i = 0; i < 2; i++) {\n"
"\t\tdata[i].effective = c->eff >> (32 * i);\n"
"\t\tdata[i].permitted = c->perm >> (32 * i);\n"
"\t\tdata[i].inheritable = 0;\n"
"\t}\n"
"\tif (tst_syscall(__NR_capset, &hdr, data) == -1)\n"
"\t\ttst_brk(TBROK | TERRNO, \"capset\");\n"
"}\n"
"\n"
"static void\n"
"run(unsigned int n)\n"
"{\n"
"\tconst struct pa_case *tc = &cases[n];\n"
"\tstruct pa_outcome o = { 0 };\n"
"\tpid_t target, caller;\n"
"\n"
"\tif (tc->target.thread) {\n"
"\t\ttst_res(TCONF, \"%s: only the TAP test runs a sibling thread\",\n"
"\t\t\ttc->scenario);\n"
"\t\treturn;\n"
"\t}\n"
"\n"
"\ttarget = SAFE_FORK();\n"
"\tif (!target) {\n"
"\t\tbecome(&tc->target.cred);\n"
"\t\tSAFE_PRCTL(PR_SET_DUMPABLE, tc->target.dumpable);\n"
"\t\tTST_CHECKPOINT_WAKE_AND_WAIT(0);\n"
"\t\t_exit(0);\n"
"\t}\n"
"\tTST_CHECKPOINT_WAIT(0);\n"
"\n"
"\tcaller = SAFE_FORK();\n"
"\tif (!caller) {\n"
"#ifdef PA_HIDEPID\n"
"\t\t/* A fresh instance: no entry cached by a caller before. */\n"
"\t\tSAFE_UNSHARE(CLONE_NEWNS);\n"
"\t\tpa_hidepid_mount();\n"
"#endif\n"
"\t\tbecome(&tc->caller);\n"
"\t\tprobe(target, &o);\n"
"\t\tif (o.result == tc->want &&\n"
"\t\t    (o.result != PA_ERRNO || o.err == tc->want_err))\n"
"\t\t\ttst_res(TPASS, \"%s: %s\", tc->scenario, tc->expect);\n"
"\t\telse if (o.result == PA_ERRNO)\n"
"\t\t\ttst_res(TFAIL, \"%s: %s: got %s\", tc->scenario,\n"
"\t\t\t\ttc->expect, tst_strerrno(o.err));\n"
"\t\telse\n"
"\t\t\ttst_res(TFAIL, \"%s: %s: got result %d %s\", tc->scenario,\n"
"\t\t\t\ttc->expect, o.result, o.note);\n"
"\t\t_exit(0);\n"
"\t}\n"
"\tSAFE_WAITPID(caller, NULL, 0);\n"
"\tTST_CHECKPOINT_WAKE(0);\n"
"\tSAFE_WAITPID(target, NULL, 0);\n"
"}\n"
"\n"
"static void\n"
"setup(void)\n"
"{\n"
"\tunsigned long start, end;\n"
"\n"
"\tpa_pagesz = getpagesize();\n"
"\tpa_page[0] = 1;\n"
"\t/* maps pads the addresses with zeros, map_files does not. */\n"
"\tSAFE_FILE_LINES_SCANF(\"/proc/self/maps\", \"%lx-%lx\", &start, &end);\n"
"\tsnprintf(pa_map_entry, sizeof(pa_map_entry), \"%lx-%lx\", start, end);\n";

/*
 * The test's own /proc instance, in a private mount namespace: it
 * goes with the test process, and the library removes the directory.
 */
static const char ltp_hidepid_setup[] =
"\tSAFE_UNSHARE(CLONE_NEWNS);\n"
"\tSAFE_MOUNT(NULL, \"/\", NULL, MS_REC | MS_PRIVATE, NULL);\n"
"\tSAFE_MKDIR(\"proc\", 0755);\n"
"\tif (!getcwd(pa_hidepid_dir, sizeof(pa_hidepid_dir) - 5))\n"
"\t\ttst_brk(TBROK | TERRNO, \"getcwd\");\n"
"\tstrcat(pa_hidepid_dir, \"/proc\");\n"
"\tpa_hidepid_mount();\n";

static void
emit_ltp(FILE *fp, const struct spec *spec, const struct iface *f,
    const struct method *m)
{
	size_t	 i;
	char	 mode[64];

	fputs("// SPDX-License-Identifier: GPL-2.0-or-later\n/*\n"
	    " * Copyright (c) ", fp);
	comment_str(fp, spec->copyright);
	fputs("\n *\n * Generated by ptrace-access from ", fp);
	comment_str(fp, spec->file);
	fputs(": a skeleton for LTP.\n */\n\n/*\\\n", fp);
	fputs(" * Verify the ptrace access mode check of ", fp);
	comment_str(fp, f->name);
	fprintf(fp, ", see :manpage:`%s(%d)`.\n", f->page, f->section);
	fputs(" * The kernel checks it with ", fp);
	comment_str(fp, mode_name(f->mode, mode, sizeof(mode)));
	fprintf(fp, ";\n * a failed check gives %s.\n *\n",
	    denial_name(&f->denial));
	comment_text(fp, &f->summary);
	comment_text(fp, &f->text);
	fputs(" *\n * [Algorithm]\n *\n"
	    " * For each case:\n"
	    " *\n"
	    " * - fork a target, give it the case's ids, capabilities and\n"
	    " *   dumpable flag, and park it on a checkpoint\n"
	    " * - fork a caller with the case's ids and capabilities\n"
	    " * - probe the target from the caller and compare the result\n"
	    " *   with the expectation derived from the spec\n"
	    " *\n"
	    " * Root is needed to give both processes arbitrary ids and\n"
	    " * capabilities.\n"
	    " */\n\n", fp);
	fputs(includes, fp);
	fputs("#include <sys/fsuid.h>\n#include <sys/mount.h>\n\n"
	    "#include \"tst_test.h\"\n"
	    "#include \"tst_safe_file_ops.h\"\n"
	    "#include \"lapi/syscalls.h\"\n\n", fp);
	if (probe_hidepid(&f->probe) != NULL)
		fprintf(fp, "#define PA_HIDEPID\t\"%s\"\n\n", probe_hidepid(&f->probe));
	fputs(ltp_support, fp);
	emit_probe(fp, f, m);
	fputs("\nstatic const struct pa_case cases[] = {\n", fp);
	for (i = 0; i < nscenarios; i++)
		emit_case(fp, spec, f, &scenarios[i]);
	fputs("};\n\n", fp);
	fputs(ltp_run, fp);
	if (probe_hidepid(&f->probe) != NULL)
		fputs(ltp_hidepid_setup, fp);
	if (m->unready != NULL)
		fputs("\tif (unready() != NULL)\n"
		    "\t\ttst_brk(TCONF, \"%s\", unready());\n", fp);
	fprintf(fp, "}\n\nstatic struct tst_test test = {\n"
	    "\t.setup = setup,\n"
	    "\t.test = run,\n"
	    "\t.tcnt = ARRAY_SIZE(cases),\n"
	    "\t.needs_root = 1,\n"
	    "\t.forks_child = 1,\n"
	    "\t.needs_checkpoints = 1,\n"
	    "%s};\n", probe_hidepid(&f->probe) != NULL ? "\t.needs_tmpdir = 1,\n" : "");
}

int
out_tests(const struct spec *spec, const char *outdir, int ltp_format)
{
	const struct iface	*f;
	const struct method	*m;
	FILE			*fp;
	char			 name[256];
	size_t			 i;

	for (i = 0; i < spec->nifaces; i++) {
		f = &spec->ifaces[i];
		/* The loader validated every probe with probe_check(). */
		if ((m = method_find(f->probe.method)) == NULL)
			return -1;
		snprintf(name, sizeof(name), "%s.c", f->id);
		fp = outfile_open(outdir, name);
		if (ltp_format)
			emit_ltp(fp, spec, f, m);
		else
			emit_tap(fp, spec, f, m);
	}
	return 0;
}
