/*
 * The kernel tree: its version from the top Makefile, and the C files
 * that name a check function, parsed.  A file that names none is read
 * and dropped, which is most of the tree.
 */
#include <sys/stat.h>

#include <dirent.h>
#include <pthread.h>
#include <stdatomic.h>
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

/*
 * Reading is the slow part (the whole tree, for a few dozen files
 * that matter), so several threads read and filter; parsing the few
 * files kept is done afterwards, in order.
 */
#define READERS_MAX	8

struct reading {
	char		**paths;	/* the C files, relative to the tree */
	size_t		  n;
	atomic_size_t	  next;
	atomic_size_t	  scanned;
	int		  rootfd;
	const struct spec *spec;
	char		**kept;		/* per path: its text, if it matters */
	size_t		 *lens;
};

/* Read path into *buf (grown as needed); the length, or -1. */
static ssize_t
read_into(int rootfd, const char *path, char **buf, size_t *cap)
{
	struct stat	 st;
	ssize_t		 r;
	size_t		 got = 0;
	int		 fd;

	if ((fd = openat(rootfd, path, O_RDONLY | O_CLOEXEC)) == -1)
		return -1;
	if (fstat(fd, &st) == -1 || !S_ISREG(st.st_mode)) {
		close(fd);
		return -1;
	}
	if ((size_t)st.st_size + 1 > *cap) {
		free(*buf);
		*cap = (size_t)st.st_size + 1;
		*buf = xcalloc(1, *cap);
	}
	while (got < (size_t)st.st_size &&
	    (r = read(fd, *buf + got, (size_t)st.st_size - got)) > 0)
		got += (size_t)r;
	close(fd);
	(*buf)[got] = '\0';
	return (ssize_t)got;
}

static void *
reader(void *arg)
{
	struct reading	*rd = arg;
	char		*buf = NULL;
	size_t		 cap = 0, i;
	ssize_t		 len;

	while ((i = atomic_fetch_add(&rd->next, 1)) < rd->n) {
		if ((len = read_into(rd->rootfd, rd->paths[i], &buf,
		    &cap)) == -1)
			continue;
		atomic_fetch_add(&rd->scanned, 1);
		if (!names_checker(buf, (size_t)len, rd->spec))
			continue;
		rd->kept[i] = xstrndup(buf, (size_t)len);
		rd->lens[i] = (size_t)len;
	}
	free(buf);
	return NULL;
}

static void
read_all_files(struct reading *rd)
{
	pthread_t	 th[READERS_MAX];
	long		 ncpu = sysconf(_SC_NPROCESSORS_ONLN);
	size_t		 i, nth;

	/* More readers than CPUs: a reader often waits for the disk. */
	nth = ncpu < 1 ? 2 : (size_t)ncpu * 2;
	if (nth > READERS_MAX)
		nth = READERS_MAX;
	for (i = 0; i < nth; i++)
		if (pthread_create(&th[i], NULL, reader, rd) != 0)
			break;
	nth = i;
	if (nth == 0)
		reader(rd);
	for (i = 0; i < nth; i++)
		pthread_join(th[i], NULL);
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

/* Collect the C files under dfd, which is rel in the tree ("" at top). */
static void
walk(struct reading *rd, size_t *cap, int dfd, const char *rel)
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
				walk(rd, cap, fd, sub);
		} else if ((e->d_type == DT_REG || e->d_type == DT_UNKNOWN) &&
		    c_source(e->d_name)) {
			if (rd->n == *cap) {
				*cap = *cap ? *cap * 2 : 4096;
				rd->paths = xreallocarray(rd->paths, *cap,
				    sizeof(*rd->paths));
			}
			rd->paths[rd->n++] = sub;
			continue;
		}
		free(sub);
	}
	closedir(d);
}

static int
by_path(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The files kept, in the order of their paths, parsed. */
static void
keep_files(struct ktree *t, const struct reading *rd)
{
	struct cfile	*f;
	size_t		 i;

	for (i = 0; i < rd->n; i++)
		if (rd->kept[i] != NULL)
			t->nfiles++;
	t->files = xcalloc(t->nfiles ? t->nfiles : 1, sizeof(*t->files));
	for (f = t->files, i = 0; i < rd->n; i++) {
		if (rd->kept[i] == NULL)
			continue;
		f->path = xstrdup(rd->paths[i]);
		f->buf = rd->kept[i];
		f->len = rd->lens[i];
		cfile_parse(f++, wanted, (void *)rd->spec);
	}
}

void
ktree_scan(struct ktree *t, const struct spec *s)
{
	struct reading	 rd;
	size_t		 cap = 0, i;
	int		 fd;

	memset(&rd, 0, sizeof(rd));
	if ((rd.rootfd = open(t->dir, O_RDONLY | O_DIRECTORY |
	    O_CLOEXEC)) == -1)
		return;
	rd.spec = s;
	if ((fd = dup(rd.rootfd)) != -1)
		walk(&rd, &cap, fd, "");
	/* readdir order is the filesystem's: sort for stable output. */
	if (rd.n > 0)
		qsort(rd.paths, rd.n, sizeof(*rd.paths), by_path);
	rd.kept = xcalloc(rd.n + 1, sizeof(*rd.kept));
	rd.lens = xcalloc(rd.n + 1, sizeof(*rd.lens));
	read_all_files(&rd);
	close(rd.rootfd);
	t->scanned = atomic_load(&rd.scanned);
	keep_files(t, &rd);
	for (i = 0; i < rd.n; i++)
		free(rd.paths[i]);
	free(rd.paths);
	free(rd.kept);
	free(rd.lens);
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
