/*
 * Decoding roff escapes into the characters they print, one escape or
 * character at a time, so that the caller can see unescaped spaces
 * and quotes between them.  Font changes, strings, registers, sizes
 * and motions print nothing; special characters come from the table
 * in roff/chars.c, the same one the writer uses.
 */
#ifndef ROFF_DECODE_H
#define ROFF_DECODE_H

#include <stddef.h>

#include "roff/read.h"

/* Append byte c from source column col. */
void	 rtext_putc(struct rtext *, char c, size_t col);

/*
 * Decode the character or escape at s[i] into out, each byte marked
 * with column i.  Returns the index after it; at a comment (\" or \#)
 * returns len, since nothing after it prints.
 */
size_t	 roff_decode_one(const char *s, size_t len, size_t i,
	    struct rtext *out);

/* Decode s[0..len) whole. */
void	 roff_decode(const char *s, size_t len, struct rtext *out);

#endif /* !ROFF_DECODE_H */
