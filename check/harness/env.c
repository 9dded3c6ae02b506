/*
 * The environment of a test: facts about the test binary that probes
 * need, and why a test cannot run on this system at all (the skip
 * rules: see pa_unready()).
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE	/* unless the build defines it */
#endif

#include <sys/types.h>
#include <sys/utsname.h>

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

/*
 * Facts about the test binary that probes need, found before any
 * fork so that every process agrees on them.
 */
int
pa_setup(void)
{
	FILE		*fp;
	char		 line[512];
	unsigned long	 start, end, inode;
	int		 found = 0;

	pa_pagesz = sysconf(_SC_PAGESIZE);
	if (pa_pagesz > PA_PAGE_MAX)
		return -1;
	pa_page[0] = 1;		/* fault it in */

	/* Targets inherit fd 0; probes of fd/0 and pidfd_getfd need it. */
	if (fcntl(STDIN_FILENO, F_GETFD) == -1 &&
	    open("/dev/null", O_RDONLY) != STDIN_FILENO)
		return -1;

	/*
	 * map_files lists only mappings of files.  The first line of maps
	 * is the binary when it is static, but a sanitizer maps its shadow
	 * memory below a dynamic binary: take the first mapping that has
	 * an inode.
	 */
	if ((fp = fopen("/proc/self/maps", "r")) == NULL)
		return -1;
	while (!found && fgets(line, sizeof(line), fp) != NULL)
		found = sscanf(line, "%lx-%lx %*s %*s %*s %lu",
		    &start, &end, &inode) == 3 && inode != 0;
	fclose(fp);
	if (!found)
		return -1;
	/* maps pads the addresses with zeros, map_files does not. */
	snprintf(pa_map_entry, sizeof(pa_map_entry), "%lx-%lx", start, end);
	return 0;
}

/*
 * Errors by which a kernel says it lacks a feature: no such file, no
 * such call, ioctl or operation, no such device, an invalid request.
 */
static int
absent(const struct pa_outcome *o)
{
	static const int	 errs[] = {
		ENOENT, ENOSYS, ENOTTY, EOPNOTSUPP, ENODEV, EINVAL
	};
	size_t			 i;

	for (i = 0; o->result == PA_ERRNO && i < sizeof(errs) / sizeof(errs[0]);
	    i++)
		if (o->err == errs[i])
			return 1;
	return 0;
}

/*
 * A control probe: a root caller holding CAP_SYS_PTRACE, on the first
 * case's target, which the cases need anyway.  It must succeed.  If it
 * does not, the feature behind the interface is absent only when the
 * spec says the interface needs one (probe: needs:) and the kernel
 * answers as for a missing feature: then every case is skipped.  Any
 * other failure is the probe's or the spec's, and fails every case: a
 * probe pointed at a file that does not exist must not pass by
 * skipping.
 */
/*
 * Why the spec cannot say what any case does on this release (the
 * interface is newer, say), or NULL.
 */
static const char *
unknown_here(const struct pa_test *t)
{
	const struct pa_alt	*a = NULL;
	size_t			 i;

	for (i = 0; i < t->ncases; i++)
		if ((a = pa_running_alt(&t->cases[i])) == NULL ||
		    a->unknown == NULL)
			return NULL;
	return a != NULL ? a->unknown : NULL;
}

static enum pa_ready
control(const struct pa_test *t, char *why, size_t whysz)
{
	struct pa_case		 c;
	struct pa_outcome	 o;
	char			 got[32];
	const char		*unknown;
	size_t			 i;
	pid_t			 target;

	memset(&c, 0, sizeof(c));
	c.caller.eff = c.caller.perm = pa_caps_permitted();
	c.target.cred = c.caller;
	c.target.dumpable = 1;
	for (i = 0; i < t->ncases; i++)
		if (!t->cases[i].target.thread) {
			c.target = t->cases[i].target;
			break;
		}
	if ((target = pa_target_get(&c.target)) == -1) {
		snprintf(why, whysz, "cannot start a target");
		return PA_BROKEN_HERE;
	}
	pa_case_probe(t, &c, target, &o);
	if (o.result == PA_ALLOWED || pa_yama_refused(t, &o))
		return PA_READY;
	pa_describe(got, sizeof(got), o.result, o.err);
	if ((unknown = unknown_here(t)) != NULL && absent(&o)) {
		snprintf(why, whysz, "%s; root with CAP_SYS_PTRACE gets %s",
		    unknown, got);
		return PA_SKIP_KERNEL;
	}
	if (t->needs != NULL && absent(&o)) {
		snprintf(why, whysz, "root with CAP_SYS_PTRACE gets %s%s%s; "
		    "needs %s", got, *o.note ? ": " : "", o.note, t->needs);
		return PA_SKIP_FEATURE;
	}
	snprintf(why, whysz, "the control probe failed: root with "
	    "CAP_SYS_PTRACE gets %s%s%s", got, *o.note ? ": " : "", o.note);
	return PA_BROKEN_HERE;
}

/*
 * Whether the cases can run here: PA_READY, a skip rule with why, or
 * PA_BROKEN_HERE.  Yama's scope is no reason: the cases expect what it
 * does (yama.c).
 */
enum pa_ready
pa_unready(const struct pa_test *t, char *why, size_t whysz)
{
	const char	*setting;

	if (t->unready != NULL && (setting = t->unready()) != NULL) {
		snprintf(why, whysz, "%s", setting);
		return PA_SKIP_SETTING;
	}
	return control(t, why, whysz);
}

/*
 * The running release against a bound of an alternative: -1, 0 or 1,
 * with "just after" a release (after) above it.  Numbers compare as
 * numbers, a missing one as 0; a build suffix such as "-fc-v1045" is
 * ignored.
 */
static int
release_cmp(const char *have, const char *want, int after)
{
	unsigned long	 h, w;
	char		*end;

	while (isdigit((unsigned char)*have) || isdigit((unsigned char)*want)) {
		h = strtoul(have, &end, 10);
		have = end;
		w = strtoul(want, &end, 10);
		want = end;
		if (h != w)
			return h < w ? -1 : 1;
		if (*have == '.')
			have++;
		if (*want == '.')
			want++;
	}
	return after ? -1 : 0;
}

/*
 * The alternative of a case that holds on the running kernel, or NULL.
 * PA_RELEASE, if set, stands for the running release: it shows what
 * the tests expect of another kernel.
 */
const struct pa_alt *
pa_running_alt(const struct pa_case *c)
{
	static struct utsname	 u;
	const struct pa_alt	*a;
	const char		*release = getenv("PA_RELEASE");
	size_t			 i;

	if (c->nalts == 0)
		return NULL;
	if (release == NULL) {
		if (u.release[0] == '\0' && uname(&u) == -1)
			return NULL;
		release = u.release;
	}
	for (i = 0; i < c->nalts; i++) {
		a = &c->alts[i];
		if ((a->lo == NULL ||
		    release_cmp(release, a->lo, a->lo_after) >= 0) &&
		    (a->hi == NULL ||
		    release_cmp(release, a->hi, a->hi_after) < 0))
			return a;
	}
	return NULL;
}

