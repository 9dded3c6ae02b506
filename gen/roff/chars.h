/*
 * Special characters of roff, one table for both directions: the
 * writer (escape.c) names the ASCII characters that roff would not
 * print as themselves, the reader (roff/read.c) turns every name back
 * into its character.  \[uXXXX] stands for any Unicode character.
 */
#ifndef ROFF_CHARS_H
#define ROFF_CHARS_H

#include <stddef.h>

/*
 * The name the writer uses for ASCII character c, or NULL; in_arg:
 * within a macro argument, where a double quote needs a name too.
 */
const char	*roff_char_name(char c, int in_arg);

/*
 * The characters of the special character name[0..len), such as "aq"
 * or "u00E9", as UTF-8 into out (at least ROFF_GLYPH_MAX bytes,
 * NUL-terminated).  Returns the length; 0 for a name the reader does
 * not know, which then prints nothing.
 */
#define ROFF_GLYPH_MAX	8
size_t		 roff_char_glyph(const char *name, size_t len, char *out);

/* Append code point cp as UTF-8; returns the bytes written (1-4). */
size_t		 utf8_encode(unsigned long cp, char *out);

#endif /* !ROFF_CHARS_H */
