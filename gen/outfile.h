/*
 * Atomic output: every file is written to a temporary file in its
 * target directory and renamed over the target only when everything
 * written succeeded, so a failed run never leaves a half-written file.
 * Files are queued and published together by outfile_commit_all(), so
 * a run that fails half-way publishes nothing at all.
 */
#ifndef OUTFILE_H
#define OUTFILE_H

#include <stdio.h>

/*
 * Open DIR/NAME for writing (through a temporary file).
 * Returns a stream owned by the outfile module; never NULL (exits 2).
 */
FILE	*outfile_open(const char *dir, const char *name);

/*
 * Flush, check and rename every file opened so far.
 * Returns 0 on success; on any failure removes every temporary file,
 * leaves all targets as they were, reports the error and returns -1.
 */
int	 outfile_commit_all(void);

/* Remove every temporary file; targets are left untouched. */
void	 outfile_abort_all(void);

/*
 * Keep every file in memory and discard it at commit: for the fuzzer,
 * which runs every emitter without touching the filesystem.
 */
void	 outfile_in_memory(int);

/* A file written in memory: its name and its bytes (NUL-terminated). */
struct memfile {
	char	*name;
	char	*buf;
	size_t	 len;
};

/*
 * In memory: finish the files written so far and hand them over, in
 * the order they were opened; the caller frees them with
 * memfiles_free().  Returns -1 (and frees all) if a write failed.
 */
int	 outfile_take(struct memfile **, size_t *);
void	 memfiles_free(struct memfile *, size_t);

#endif /* !OUTFILE_H */
