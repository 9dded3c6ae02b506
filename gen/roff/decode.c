/*
 * Roff escapes to text.  Which escapes print what is in two tables:
 * the escapes that print nothing, with the kind of argument each one
 * takes, and the one-letter escapes that print a character.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "roff/chars.h"
#include "roff/decode.h"
#include "xalloc.h"

void
rtext_putc(struct rtext *t, char c, size_t col)
{
	if (t->len + 2 > t->cap) {
		t->cap = t->cap ? t->cap * 2 : 64;
		t->s = xreallocarray(t->s, t->cap, 1);
		t->col = xreallocarray(t->col, t->cap, sizeof(*t->col));
	}
	t->s[t->len] = c;
	t->col[t->len++] = col;
	t->s[t->len] = '\0';
}

static void
rtext_puts(struct rtext *t, const char *s, size_t col)
{
	while (*s != '\0')
		rtext_putc(t, *s++, col);
}

/* The argument an escape takes. */
enum earg {
	EA_NONE,	/* \& \| \^ ...: nothing */
	EA_NAME,	/* \fB \f(CW \f[CW]: one letter, two or bracketed */
	EA_SIZE,	/* \s+2 \s[12] \s(12 */
	EA_DELIM,	/* \h'1n' \w'text': up to the same delimiter */
};

/* Escapes that print nothing. */
static const struct { char c; enum earg arg; } silent[] = {
	{ '&', EA_NONE }, { '|', EA_NONE }, { '^', EA_NONE },
	{ '%', EA_NONE }, { ':', EA_NONE }, { 'c', EA_NONE },
	{ ')', EA_NONE }, { ',', EA_NONE }, { '/', EA_NONE },
	{ '{', EA_NONE }, { '}', EA_NONE }, { 'd', EA_NONE },
	{ 'u', EA_NONE }, { 'r', EA_NONE }, { 'p', EA_NONE },
	{ 'f', EA_NAME }, { '*', EA_NAME }, { 'n', EA_NAME },
	{ 'F', EA_NAME }, { 'k', EA_NAME }, { 'm', EA_NAME },
	{ 'M', EA_NAME }, { 'V', EA_NAME }, { 'Y', EA_NAME },
	{ 'g', EA_NAME }, { '$', EA_NAME }, { 's', EA_SIZE },
	{ 'b', EA_DELIM }, { 'D', EA_DELIM }, { 'h', EA_DELIM },
	{ 'H', EA_DELIM }, { 'l', EA_DELIM }, { 'L', EA_DELIM },
	{ 'N', EA_DELIM }, { 'o', EA_DELIM }, { 'R', EA_DELIM },
	{ 'S', EA_DELIM }, { 'v', EA_DELIM }, { 'w', EA_DELIM },
	{ 'x', EA_DELIM }, { 'X', EA_DELIM }, { 'Z', EA_DELIM },
	{ 'A', EA_DELIM }, { 'B', EA_DELIM }, { 'C', EA_DELIM },
};

/* One-letter escapes that print a character other than themselves. */
static const struct { char c; const char *s; } printing[] = {
	{ '-', "-" }, { 'e', "\\" }, { 'E', "\\" }, { '\\', "\\" },
	{ '~', " " }, { ' ', " " }, { '0', " " }, { 't', "\t" },
};

/* A name after \f, \*, \n...: "B", "(CW" or "[name]"; its end. */
static size_t
skip_name(const char *s, size_t len, size_t i)
{
	const char	*close;

	if (i < len && (s[i] == '+' || s[i] == '-') && i > 0 && s[i - 1] ==
	    'n')
		i++;			/* \n+x: an auto-increment */
	if (i >= len)
		return len;
	if (s[i] == '(')
		return i + 3 < len ? i + 3 : len;
	if (s[i] == '[')
		return (close = memchr(s + i, ']', len - i)) != NULL ?
		    (size_t)(close - s) + 1 : len;
	return i + 1;
}

static size_t
skip_arg(const char *s, size_t len, size_t i, enum earg arg)
{
	const char	*close;

	switch (arg) {
	case EA_NONE:
		return i;
	case EA_NAME:
		return skip_name(s, len, i);
	case EA_SIZE:
		if (i < len && (s[i] == '+' || s[i] == '-'))
			i++;
		if (i < len && (s[i] == '(' || s[i] == '['))
			return skip_name(s, len, i);
		while (i < len && isdigit((unsigned char)s[i]))
			i++;
		return i;
	case EA_DELIM:
		if (i >= len)
			return len;
		return (close = memchr(s + i + 1, s[i], len - i - 1)) != NULL ?
		    (size_t)(close - s) + 1 : len;
	}
	return i;
}

/* \(xx or \[name]: a special character. */
static size_t
special(const char *s, size_t len, size_t i, struct rtext *out, size_t col)
{
	char		 glyph[ROFF_GLYPH_MAX];
	size_t		 end = skip_name(s, len, i), st, n;

	st = i + 1;
	n = end - st;
	if (s[i] == '[' && end <= len && end > st && s[end - 1] == ']')
		n--;
	if (n > 0 && roff_char_glyph(s + st, n, glyph) > 0)
		rtext_puts(out, glyph, col);
	return end;
}

size_t
roff_decode_one(const char *s, size_t len, size_t i, struct rtext *out)
{
	size_t	 col = i, k;
	char	 c;

	if (s[i] != '\\') {
		rtext_putc(out, s[i], col);
		return i + 1;
	}
	if (++i >= len)
		return len;		/* a line that continues */
	c = s[i++];
	if (c == '"' || c == '#')
		return len;
	if (c == '(' || c == '[')
		return special(s, len, i - 1, out, col);
	for (k = 0; k < sizeof(silent) / sizeof(silent[0]); k++)
		if (silent[k].c == c)
			return skip_arg(s, len, i, silent[k].arg);
	for (k = 0; k < sizeof(printing) / sizeof(printing[0]); k++)
		if (printing[k].c == c) {
			rtext_puts(out, printing[k].s, col);
			return i;
		}
	rtext_putc(out, c, col);	/* \. \' \` and the like */
	return i;
}

void
roff_decode(const char *s, size_t len, struct rtext *out)
{
	size_t	 i = 0;

	while (i < len)
		i = roff_decode_one(s, len, i, out);
}
