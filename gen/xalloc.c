#include <err.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "xalloc.h"

void *
xcalloc(size_t n, size_t size)
{
	void	*p;

	if ((p = calloc(n == 0 ? 1 : n, size == 0 ? 1 : size)) == NULL)
		err(EXIT_BADINPUT, "calloc");
	return p;
}

void *
xreallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		errx(EXIT_BADINPUT, "reallocarray: overflow");
	if ((p = realloc(p, n * size == 0 ? 1 : n * size)) == NULL)
		err(EXIT_BADINPUT, "realloc");
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
		err(EXIT_BADINPUT, "open_memstream");
	return fp;
}

char *
xasprintf(const char *fmt, ...)
{
	va_list	 ap;
	char	*p;

	va_start(ap, fmt);
	if (vasprintf(&p, fmt, ap) == -1)
		err(EXIT_BADINPUT, "vasprintf");
	va_end(ap);
	return p;
}
