/*
 * Atomic output; see outfile.h.  Every file of a run is staged as a
 * temporary file beside its target and all of them are renamed only
 * once every one was written completely.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "msg.h"
#include "outfile.h"
#include "xalloc.h"

struct staged {
	char	*tmp;
	char	*target;
	FILE	*fp;
	int	 failed;	/* a write or close failed */
	char	*mem;		/* in-memory mode: the buffer */
	size_t	 memlen;
};

static struct staged	**files;	/* each apart: memstreams point into them */
static size_t		 nfiles;
static int		 in_memory;

void
outfile_in_memory(int on)
{
	in_memory = on;
}

/* In memory, a file is a buffer that commit and abort just free. */
static FILE *
open_in_memory(struct staged *f, const char *name)
{
	f->tmp = NULL;
	f->target = xstrdup(name);
	f->mem = NULL;
	f->fp = xopen_memstream(&f->mem, &f->memlen);
	nfiles++;
	return f->fp;
}

/* Close one staged file; report and return -1 if any write failed. */
static int
finish(struct staged *f)
{
	int	 bad;

	bad = fflush(f->fp) == EOF || ferror(f->fp);
	if (fclose(f->fp) == EOF)
		bad = 1;
	f->fp = NULL;
	if (bad)
		msg_fatal("%s: %s", f->target, strerror(errno ? errno : EIO));
	return bad ? -1 : 0;
}

FILE *
outfile_open(const char *dir, const char *name)
{
	struct staged	*f;
	size_t		 len;
	int		 fd;

	/*
	 * Emitters write one file at a time, so the previous file is
	 * finished now: keeping thousands of streams open would make every
	 * fopen and fclose walk stdio's list of them, and use a descriptor
	 * each.
	 */
	if (nfiles > 0 && files[nfiles - 1]->fp != NULL)
		files[nfiles - 1]->failed = finish(files[nfiles - 1]) == -1;
	files = xreallocarray(files, nfiles + 1, sizeof(*files));
	f = files[nfiles] = xcalloc(1, sizeof(*f));
	if (in_memory)
		return open_in_memory(f, name);
	len = strlen(dir) + strlen(name) + 2;
	f->target = xcalloc(1, len);
	snprintf(f->target, len, "%s/%s", dir, name);
	f->tmp = xcalloc(1, len + 16);
	snprintf(f->tmp, len + 16, "%s/.%s.XXXXXX", dir, name);
	if ((fd = mkstemp(f->tmp)) == -1 ||
	    fchmod(fd, 0644) == -1 ||
	    (f->fp = fdopen(fd, "w")) == NULL) {
		msg_fatal("%s: %s", f->target, strerror(errno));
		if (fd != -1) {
			close(fd);
			unlink(f->tmp);
		}
		free(f->tmp);
		free(f->target);
		free(f);
		outfile_abort_all();
		exit(EXIT_BADINPUT);
	}
	nfiles++;
	return f->fp;
}

static void
release(void)
{
	size_t	 i;

	for (i = 0; i < nfiles; i++) {
		free(files[i]->tmp);
		free(files[i]->target);
		free(files[i]->mem);
		free(files[i]);
	}
	free(files);
	files = NULL;
	nfiles = 0;
}

void
outfile_abort_all(void)
{
	size_t	 i;

	for (i = 0; i < nfiles; i++) {
		if (files[i]->fp != NULL)
			fclose(files[i]->fp);
		if (files[i]->tmp != NULL)
			unlink(files[i]->tmp);
	}
	release();
}


int
outfile_commit_all(void)
{
	size_t	 i;
	int	 rc = 0;

	for (i = 0; i < nfiles; i++)
		if ((files[i]->fp != NULL && finish(files[i]) == -1) ||
		    files[i]->failed)
			rc = -1;
	if (in_memory) {
		release();
		return rc;
	}
	for (i = 0; rc == 0 && i < nfiles; i++) {
		if (rename(files[i]->tmp, files[i]->target) == -1) {
			msg_fatal("%s: %s", files[i]->target,
			    strerror(errno));
			rc = -1;
		}
	}
	if (rc == -1) {
		outfile_abort_all();
		return -1;
	}
	release();
	return 0;
}

int
outfile_take(struct memfile **v, size_t *n)
{
	size_t	 i;
	int	 rc = 0;

	*v = xcalloc(nfiles + 1, sizeof(**v));
	*n = 0;
	for (i = 0; i < nfiles; i++) {
		if ((files[i]->fp != NULL && finish(files[i]) == -1) ||
		    files[i]->failed)
			rc = -1;
		(*v)[i].name = files[i]->target;
		(*v)[i].buf = files[i]->mem;
		(*v)[i].len = files[i]->memlen;
		files[i]->target = files[i]->mem = NULL;
	}
	*n = nfiles;
	release();
	if (rc == -1) {
		memfiles_free(*v, *n);
		*v = NULL;
		*n = 0;
	}
	return rc;
}

void
memfiles_free(struct memfile *v, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(v[i].name);
		free(v[i].buf);
	}
	free(v);
}
