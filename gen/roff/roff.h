/*
 * Rendering the spec's markup as man(7) source in man-pages style:
 * one sentence per line as written in the spec, each span on a macro
 * line of its own (.B, .I, .BR, .IR, .RB, ...), punctuation that
 * touches a span kept on the span's line.
 */
#ifndef ROFF_H
#define ROFF_H

#include <stdio.h>

/*
 * Render valid markup; an empty line in it starts a new paragraph
 * with the request `para' (".P", or ".IP" inside a list).
 */
void	roff_markup(FILE *, const char *src, const char *para);

#endif /* !ROFF_H */
