/*
 * Diagnostics.  Every error goes through here so that the format is
 * the same everywhere and the exit status can follow the error count.
 */
#include <stdarg.h>
#include <stdio.h>

#include "msg.h"

static const char	*cur_file = "-";
static int		 nerrors;
static int		 quiet;

void
msg_quiet(int on)
{
	quiet = on;
}

void
msg_reset(void)
{
	nerrors = 0;
}

void
msg_file(const char *file)
{
	cur_file = file;
}

static void
vmsg(const struct pos *p, const char *level, const char *fmt, va_list ap)
{
	if (quiet)
		return;
	if (p != NULL)
		fprintf(stderr, "%s:%zu:%zu: %s: ", cur_file,
		    p->line + 1, p->col + 1, level);
	else
		fprintf(stderr, "%s: %s: ", cur_file, level);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
msg_error(const struct pos *p, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vmsg(p, "error", fmt, ap);
	va_end(ap);
	nerrors++;
}

void
msg_warning(const struct pos *p, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vmsg(p, "warning", fmt, ap);
	va_end(ap);
}

void
msg_in(const char *file, const struct pos *p, enum msg_level level,
    const char *fmt, ...)
{
	static const char *const names[] = { "note", "warning", "error" };
	const char	*was = cur_file;
	va_list		 ap;

	cur_file = file;
	va_start(ap, fmt);
	vmsg(p, names[level], fmt, ap);
	va_end(ap);
	cur_file = was;
	if (level == MSG_ERROR)
		nerrors++;
}

void
msg_note(const struct pos *p, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vmsg(p, "note", fmt, ap);
	va_end(ap);
}

void
msg_fatal(const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	vmsg(NULL, "error", fmt, ap);
	va_end(ap);
	nerrors++;
}

int
msg_errors(void)
{
	return nerrors;
}
