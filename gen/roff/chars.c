/*
 * The special characters, in one table.  A row with `write' set is
 * how the writer spells that character; the other rows are spellings
 * that pages use and the reader must understand.  Lint matches ASCII
 * words, so the dashes and quotes read as their ASCII look-alikes.
 */
#include <ctype.h>
#include <string.h>

#include "roff/chars.h"

struct roff_char {
	const char	*name;
	const char	*glyph;
	int		 write;		/* the writer: 1 always, 2 in arguments */
};

static const struct roff_char chars[] = {
	{ "rs", "\\", 1 }, { "aq", "'", 1 },  { "ga", "`", 1 },
	{ "ha", "^", 1 },  { "ti", "~", 1 },  { "dq", "\"", 2 },
	{ "em", "--", 0 }, { "en", "-", 0 },  { "hy", "-", 0 },
	{ "mi", "-", 0 },  { "bu", "*", 0 },  { "lq", "\"", 0 },
	{ "rq", "\"", 0 }, { "oq", "'", 0 },  { "cq", "'", 0 },
	{ "or", "|", 0 },  { "ba", "|", 0 },  { "at", "@", 0 },
	{ "sl", "/", 0 },  { "lB", "[", 0 },  { "rB", "]", 0 },
	{ "lC", "{", 0 },  { "rC", "}", 0 },  { "la", "<", 0 },
	{ "ra", ">", 0 },  { "sh", "#", 0 },  { "Do", "$", 0 },
	{ "dc", "`", 0 },
};

#define NCHARS	(sizeof(chars) / sizeof(chars[0]))

const char *
roff_char_name(char c, int in_arg)
{
	size_t	 i;

	for (i = 0; i < NCHARS; i++)
		if (chars[i].write != 0 && chars[i].write <= 1 + in_arg &&
		    chars[i].glyph[0] == c &&
		    chars[i].glyph[1] == '\0')
			return chars[i].name;
	return NULL;
}

size_t
utf8_encode(unsigned long cp, char *out)
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xc0 | (cp >> 6));
		out[1] = (char)(0x80 | (cp & 0x3f));
		return 2;
	}
	if (cp < 0x10000) {
		out[0] = (char)(0xe0 | (cp >> 12));
		out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
		out[2] = (char)(0x80 | (cp & 0x3f));
		return 3;
	}
	out[0] = (char)(0xf0 | (cp >> 18));
	out[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
	out[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
	out[3] = (char)(0x80 | (cp & 0x3f));
	return 4;
}

/* "u00E9": four to six hex digits of a valid code point, not NUL. */
static size_t
unicode_glyph(const char *name, size_t len, char *out)
{
	static const char hex[] = "0123456789abcdef";
	unsigned long	 cp = 0;
	const char	*d;
	size_t		 i;

	if (len < 5 || len > 7 || name[0] != 'u')
		return 0;
	for (i = 1; i < len; i++) {
		if (name[i] == '\0' ||
		    (d = strchr(hex, tolower((unsigned char)name[i]))) == NULL)
			return 0;
		cp = cp * 16 + (unsigned long)(d - hex);
	}
	if (cp == 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
		return 0;
	return utf8_encode(cp, out);
}

size_t
roff_char_glyph(const char *name, size_t len, char *out)
{
	size_t	 i, n;

	out[0] = '\0';
	for (i = 0; i < NCHARS; i++)
		if (strlen(chars[i].name) == len &&
		    memcmp(chars[i].name, name, len) == 0) {
			n = strlen(chars[i].glyph);
			memcpy(out, chars[i].glyph, n + 1);
			return n;
		}
	n = unicode_glyph(name, len, out);
	out[n] = '\0';
	return n;
}
