/*
 * Escaping at the output boundary.  The spec's text is data: every
 * byte of it must come out as itself in the page, the C program or
 * the JSON, and never as a request, an escape or a string end.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>

#include "emit/escape.h"
#include "roff/chars.h"

/* Decode one UTF-8 sequence (already validated by libyaml). */
static size_t
utf8_decode(const unsigned char *s, size_t len, unsigned long *cp)
{
	size_t	 n, i;

	if (s[0] < 0xe0)
		n = 2, *cp = s[0] & 0x1f;
	else if (s[0] < 0xf0)
		n = 3, *cp = s[0] & 0x0f;
	else
		n = 4, *cp = s[0] & 0x07;
	if (n > len)
		n = len;
	for (i = 1; i < n; i++)
		*cp = (*cp << 6) | (s[i] & 0x3f);
	return n;
}

/*
 * Characters that roff would not print as themselves take their names
 * from the one table that the reader also uses (roff/chars.c).  An
 * apostrophe inside a word is prose, any other is code; a minus at
 * the start of a word is a real minus.
 */
static void
roff_char(FILE *fp, const char *s, size_t i)
{
	const char	*name;

	if (s[i] == '\'' && i > 0 && isalpha((unsigned char)s[i - 1]))
		fputc('\'', fp);
	else if (s[i] == '-')
		fputs(i == 0 || s[i - 1] == ' ' || s[i - 1] == '(' ?
		    "\\-" : "-", fp);
	else if ((name = roff_char_name(s[i], 0)) != NULL)
		fprintf(fp, "\\[%s]", name);
	else
		fputc(s[i], fp);
}

void
esc_roff(FILE *fp, const char *s, size_t len)
{
	unsigned long	 cp;
	size_t		 i;

	for (i = 0; i < len; i++) {
		if ((unsigned char)s[i] < 0x80) {
			roff_char(fp, s, i);
			continue;
		}
		i += utf8_decode((const unsigned char *)s + i, len - i,
		    &cp) - 1;
		fprintf(fp, "\\[u%04lX]", cp);
	}
}

void
esc_roff_arg(FILE *fp, const char *s, size_t len)
{
	size_t	 i, start;
	int	 quote;

	quote = len == 0 || memchr(s, ' ', len) != NULL;
	if (quote)
		fputc('"', fp);
	for (i = start = 0; i < len; i++) {
		if (s[i] != '"')
			continue;
		esc_roff(fp, s + start, i - start);
		fprintf(fp, "\\[%s]", roff_char_name('"', 1));
		start = i + 1;
	}
	esc_roff(fp, s + start, len - start);
	if (quote)
		fputc('"', fp);
}

void
esc_c_string(FILE *fp, const char *s, size_t len)
{
	size_t	 i;
	unsigned char c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '\\' || c == '"')
			fprintf(fp, "\\%c", c);
		else if (c == '?')
			fputs("\\?", fp);	/* no trigraph can form */
		else if (c == '\n')
			fputs("\\n", fp);
		else if (c < 0x20 || c >= 0x7f)
			fprintf(fp, "\\%03o", c);
		else
			fputc(c, fp);
	}
}

void
esc_c_comment(FILE *fp, const char *s, size_t len)
{
	size_t	 i;

	for (i = 0; i < len; i++) {
		fputc(s[i], fp);
		/* Break up comment ends, comment starts and trigraphs. */
		if (i + 1 < len &&
		    ((s[i] == '*' && s[i + 1] == '/') ||
		     (s[i] == '/' && s[i + 1] == '*') ||
		     (s[i] == '?' && s[i + 1] == '?')))
			fputc(' ', fp);
		if (s[i] == '\n')
			fputs(" * ", fp);
	}
}

void
esc_json(FILE *fp, const char *s, size_t len)
{
	size_t	 i;
	unsigned char c;

	for (i = 0; i < len; i++) {
		c = (unsigned char)s[i];
		if (c == '\\' || c == '"')
			fprintf(fp, "\\%c", c);
		else if (c == '\n')
			fputs("\\n", fp);
		else if (c < 0x20 || c == 0x7f)
			fprintf(fp, "\\u%04x", c);
		else
			fputc(c, fp);
	}
}

void
put_c_comment(const char *s, size_t len, void *fp)
{
	esc_c_comment(fp, s, len);
}

void
put_c_string(const char *s, size_t len, void *fp)
{
	esc_c_string(fp, s, len);
}

void
put_json(const char *s, size_t len, void *fp)
{
	esc_json(fp, s, len);
}
