/*
 * The one JSON writer: objects and arrays nested by calls, commas and
 * quotes put where they belong, every string escaped (escape.c).  The
 * output is compact; an array can ask for one element per line, which
 * keeps the interface table and lint's findings readable with grep.
 */
#ifndef EMIT_JSONW_H
#define EMIT_JSONW_H

#include <stddef.h>
#include <stdio.h>

#define JSONW_DEPTH	16

struct jsonw {
	FILE	*fp;
	int	 depth;
	int	 count[JSONW_DEPTH];	/* values so far at each level */
	int	 lines[JSONW_DEPTH];	/* one element per line */
	char	 close[JSONW_DEPTH];	/* '}' or ']' */
};

void	 jw_begin(struct jsonw *, FILE *);
/* Open an object or array: key is NULL in an array or at the top. */
void	 jw_object(struct jsonw *, const char *key);
void	 jw_array(struct jsonw *, const char *key, int one_per_line);
void	 jw_end(struct jsonw *);
/* A string, or null when s is NULL. */
void	 jw_string(struct jsonw *, const char *key, const char *s);
/* A string whose escaped characters put() writes. */
void	 jw_string_by(struct jsonw *, const char *key,
	    void (*put)(FILE *, const void *), const void *arg);
void	 jw_number(struct jsonw *, const char *key, size_t);
void	 jw_null(struct jsonw *, const char *key);

#endif /* !EMIT_JSONW_H */
