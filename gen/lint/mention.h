/* The interfaces that plain text names (lint/mention.c). */
#ifndef LINT_MENTION_H
#define LINT_MENTION_H

#include <stddef.h>

#include "model/model.h"

/* An interface named at offset off, or a /proc path the spec lacks. */
struct hit {
	const struct iface *f;
	char		*unknown;
	size_t		 off;
};

struct hits {
	struct hit	*v;
	size_t		 n;
};

/* Add a hit unless the same interface (or unknown name) is there. */
void	 hit_add(struct hits *, const struct iface *, const char *unknown,
	    size_t off);
void	 hits_free(struct hits *);

/*
 * Every interface named in t[0..len).  The word ptrace names one only
 * where a list of interfaces is expected (with_ptrace): every page
 * says "see ptrace(2)".
 */
void	 mentions(const struct spec *, const char *t, size_t len,
	    int with_ptrace, struct hits *);

/* A letter, digit or underscore: part of a C identifier. */
int	 word_char(char c);

#endif /* !LINT_MENTION_H */
