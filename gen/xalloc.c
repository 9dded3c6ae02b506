#include <errno.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "xalloc.h"

/* Out of memory: one message, through msg.h like every other. */
static void
nomem(const char *what)
{
	msg_fatal("%s: %s", what, strerror(errno ? errno : ENOMEM));
	exit(EXIT_BADINPUT);
}

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		nomem("calloc");
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size) {
		errno = EOVERFLOW;
		nomem("reallocarray");
	}
	if ((p = realloc(p, n * size == 0 ? 1 : n * size)) == NULL)
		nomem("realloc");
	return p;
}

char *
xstrndup(const char *s, size_t len)
{
	char	*p;

	p = xcalloc(1, len + 1);
	memcpy(p, s, len);
	return p;
}

char *
xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

FILE *
xopen_memstream(char **buf, size_t *len)
{
	FILE	*fp;

	if ((fp = open_memstream(buf, len)) == NULL)
		nomem("open_memstream");
	return fp;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	if (vasprintf(&p, fmt, ap) == -1)
		nomem("vasprintf");
	va_end(ap);
	return p;
}
