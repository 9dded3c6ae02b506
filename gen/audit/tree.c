/*
 * The kernel tree: its version from the top Makefile, and the C files
 * that name a check function, parsed.  A file that names none is read
 * and dropped, which is most of the tree.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit/audit.h"
#include "msg.h"
#include "readall.h"
#include "xalloc.h"

/* Top-level directories that hold no kernel code. */
static const char *const skip_top[] = {
	"Documentation", "LICENSES", "tools", "scripts", "usr",
};

#define MAKEFILE_MAX	(1u << 20)

/* "VERSION = 7" in the Makefile: the number, or -1. */
static long
make_var(const char *mk, const char *name)
{
	const char	*p = mk;
	size_t		 n = strlen(name);
	char		*end;
	long		 v;

	for (; p != NULL; p = strchr(p, '\n'), p = p ? p + 1 : NULL) {
		if (strncmp(p, name, n) != 0)
			continue;
		p += n + strspn(p + n, " \t");
		if (*p != '=')
			continue;
		p += 1 + strspn(p + 1, " \t");
		v = strtol(p, &end, 10);
		return end == p || v < 0 ? -1 : v;
	}
	return -1;
}

int
ktree_open(struct ktree *t, const char *dir)
{
	struct stat	 st;
	FILE		*fp;
	char		*mk, *path;
	long		 v, p, s;
	size_t		 len;

	memset(t, 0, sizeof(*t));
	errno = 0;
	if (stat(dir, &st) == -1 || !S_ISDIR(st.st_mode)) {
		msg_fatal("%s: %s", dir, errno ? strerror(errno) :
		    "not a directory");
		return -1;
	}
	path = xcalloc(1, strlen(dir) + sizeof("/Makefile"));
	sprintf(path, "%s/Makefile", dir);
	fp = fopen(path, "r");
	mk = fp == NULL ? NULL : read_all(fp, MAKEFILE_MAX, &len);
	if (fp != NULL)
		fclose(fp);
	v = mk ? make_var(mk, "VERSION") : -1;
	p = mk ? make_var(mk, "PATCHLEVEL") : -1;
	s = mk ? make_var(mk, "SUBLEVEL") : -1;
	free(mk);
	if (v < 0 || p < 0 || s < 0) {
		msg_fatal("%s: not a kernel tree: no VERSION, PATCHLEVEL and "
		    "SUBLEVEL in its Makefile", dir);
		free(path);
		return -1;
	}
	free(path);
	snprintf(t->version, sizeof(t->version), "%ld.%ld.%ld", v, p, s);
	t->dir = xstrdup(dir);
	return 0;
}

static int
wanted(const char *name, size_t len, void *arg)
{
	return checker_name(arg, name, len);
}

/* Does buf name ptrace_may_access or a helper anywhere? */
static int
names_checker(const char *buf, size_t len, const struct spec *s)
{
	size_t	 i;

	if (memmem(buf, len, "ptrace_may_access", 17) != NULL)
		return 1;
	for (i = 0; i < s->nhelpers; i++)
		if (s->helpers[i].func != NULL &&
		    memmem(buf, len, s->helpers[i].func,
		    strlen(s->helpers[i].func)) != NULL)
			return 1;
	return 0;
}

static char *
read_fd(int fd, size_t *len)
{
	struct stat	 st;
	char		*buf;
	ssize_t		 r;
	size_t		 got = 0;

	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode))
		return NULL;
	buf = xcalloc(1, (size_t)st.st_size + 1);
	while (got < (size_t)st.st_size &&
	    (r = read(fd, buf + got, (size_t)st.st_size - got)) > 0)
		got += (size_t)r;
	*len = got;
	return buf;
}

static void
scan_file(struct ktree *t, const struct spec *s, int dfd, const char *name,
    const char *rel)
{
	struct cfile	*f;
	char		*buf;
	size_t		 len = 0;
	int		 fd;

	if ((fd = openat(dfd, name, O_RDONLY | O_CLOEXEC)) == -1)
		return;
	buf = read_fd(fd, &len);
	close(fd);
	if (buf == NULL)
		return;
	t->scanned++;
	if (!names_checker(buf, len, s)) {
		free(buf);
		return;
	}
	if ((t->nfiles & (t->nfiles - 1)) == 0)
		t->files = xreallocarray(t->files, t->nfiles ?
		    t->nfiles * 2 : 1, sizeof(*t->files));
	f = &t->files[t->nfiles++];
	memset(f, 0, sizeof(*f));
	f->path = xstrdup(rel);
	f->buf = buf;
	f->len = len;
	cfile_parse(f, wanted, (void *)s);
}

static int
skipped(const char *rel, const char *name)
{
	size_t	 i;

	if (name[0] == '.')
		return 1;
	if (rel[0] != '\0')
		return 0;
	for (i = 0; i < sizeof(skip_top) / sizeof(skip_top[0]); i++)
		if (strcmp(name, skip_top[i]) == 0)
			return 1;
	return 0;
}

static int
c_source(const char *name)
{
	size_t	 n = strlen(name);

	return n > 2 && name[n - 2] == '.' &&
	    (name[n - 1] == 'c' || name[n - 1] == 'h');
}

/* Walk the directory dfd, which is rel under the tree (rel "" at top). */
static void
walk(struct ktree *t, const struct spec *s, int dfd, const char *rel)
{
	DIR		*d;
	struct dirent	*e;
	char		*sub;
	int		 fd;

	if ((d = fdopendir(dfd)) == NULL) {
		close(dfd);
		return;
	}
	while ((e = readdir(d)) != NULL) {
		if (skipped(rel, e->d_name))
			continue;
		sub = xcalloc(1, strlen(rel) + strlen(e->d_name) + 2);
		sprintf(sub, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
		if (e->d_type == DT_DIR) {
			fd = openat(dirfd(d), e->d_name,
			    O_RDONLY | O_DIRECTORY | O_CLOEXEC);
			if (fd != -1)
				walk(t, s, fd, sub);
		} else if ((e->d_type == DT_REG || e->d_type == DT_UNKNOWN) &&
		    c_source(e->d_name))
			scan_file(t, s, dirfd(d), e->d_name, sub);
		free(sub);
	}
	closedir(d);
}

static int
by_path(const void *a, const void *b)
{
	return strcmp(((const struct cfile *)a)->path,
	    ((const struct cfile *)b)->path);
}

void
ktree_scan(struct ktree *t, const struct spec *s)
{
	int	 fd;

	if ((fd = open(t->dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) == -1)
		return;
	walk(t, s, fd, "");
	/* readdir order is the filesystem's: sort for stable output. */
	if (t->nfiles > 0)
		qsort(t->files, t->nfiles, sizeof(*t->files), by_path);
}

void
ktree_free(struct ktree *t)
{
	size_t	 i;

	for (i = 0; i < t->nfiles; i++)
		cfile_free(&t->files[i]);
	free(t->files);
	free(t->dir);
	memset(t, 0, sizeof(*t));
}
