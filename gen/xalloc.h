/* Allocation that never returns NULL: out of memory ends the run. */
#ifndef XALLOC_H
#define XALLOC_H

#include <stddef.h>
#include <stdio.h>

void	*xcalloc(size_t n, size_t size);
void	*xreallocarray(void *p, size_t n, size_t size);
char	*xstrndup(const char *s, size_t len);
char	*xstrdup(const char *s);
/* A string formatted as by printf, in memory of its own. */
char	*xasprintf(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2)));
/* A stream into a growing buffer (open_memstream). */
FILE	*xopen_memstream(char **buf, size_t *len);

#endif /* !XALLOC_H */
