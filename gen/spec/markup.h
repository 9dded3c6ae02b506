/*
 * The spec's inline markup (documented in ptrace-access(5)):
 *
 *	{b:TEXT}		bold: a constant, an errno, a flag
 *	{i:TEXT}		italic: an argument, a variable, emphasis
 *	{man:NAME(S)}		a reference to a manual page
 *	{path:/proc/[pid]/x}	a pathname; [..] marks a variable part
 *	{{  }}			a literal brace
 *
 * Spans do not nest and do not cross lines.  Everything else is
 * literal text: the markup has no escapes into any output language.
 * A text is a sequence of lines, one sentence per line; an empty line
 * separates paragraphs.
 */
#ifndef MARKUP_H
#define MARKUP_H

#include <stddef.h>

enum font {
	FONT_R,			/* roman: plain text */
	FONT_B,
	FONT_I
};

/* One run of text in one font; s is not NUL-terminated. */
struct run {
	enum font	 font;
	const char	*s;
	size_t		 len;
	int		 span;	/* part of a span, not plain text */
};

typedef void	(*run_fn)(const struct run *, void *);
typedef void	(*put_fn)(const char *, size_t, void *);

/*
 * Check one text; on error return the message and set *line and *col
 * (0-based, col in bytes) to where it was found.
 */
const char	*markup_check(const char *src, size_t *line, size_t *col);

/* Split one line of valid markup (no '\n') into font runs. */
void		 markup_line(const char *line, size_t len, run_fn, void *);

/*
 * Print valid markup as plain text: spans lose their markers,
 * {man:kcmp(2)} prints as kcmp(2), {path:/proc/[pid]/x} as written.
 * Line breaks are kept.  The output is raw: put() escapes it.
 */
void		 markup_plain(const char *src, put_fn put, void *arg);

#endif /* !MARKUP_H */
