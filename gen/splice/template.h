/*
 * The page templates (man2/ptrace.2.m4 and the others) expanded in
 * memory, as `m4 -P' does for make man: they use two macros only,
 * m4_changequote on the first line and m4_undivert([[[FRAGMENT]]])m4_dnl
 * on lines of their own.
 */
#ifndef SPLICE_TEMPLATE_H
#define SPLICE_TEMPLATE_H

#include <stddef.h>

#include "outfile.h"

/*
 * The page that the template buf makes with the fragments frags; NULL
 * after a message (file:line:column) for anything else m4 would see.
 */
char	*template_expand(const char *file, const char *buf, size_t len,
	    const struct memfile *frags, size_t nfrags, size_t *outlen);

#endif /* !SPLICE_TEMPLATE_H */
