/*
 * The roff fragment writers: out_roff.c (heads, the ptrace(2)
 * section, the driver), emit/roff_access.c (the paragraph and ERRORS
 * entries of each interface, proc(5) and its split pages) and
 * emit/roff_table.c (the tbl(1) table of ptrace(2)).
 *
 * A fragment lands in one page, its "self" ("ptrace(2)"): a reference
 * to that page is written as the function, "{b:ptrace}()", never as a
 * cross reference to itself.
 */
#ifndef ROFF_FRAG_H
#define ROFF_FRAG_H

#include <stdio.h>

#include "model/model.h"

struct sbuf;

/* Render markup, self-references rewritten; para separates paragraphs. */
void	page_markup(FILE *, const char *src, const char *para,
	    const char *self);
/* Render and empty a buffer of generated markup. */
void	say_in(FILE *, struct sbuf *, const char *para, const char *self);
/* Rewrite references to the page self in a buffer of markup. */
void	self_rewrite(struct sbuf *, const char *self);
void	commit_comment(FILE *, const struct version *);
/* "{b:PTRACE_MODE_READ_FSCREDS}", NOAUDIT left out. */
void	mode_span(struct sbuf *, unsigned int mode);
/* The comment header and .TH; tbl says whether the page has a table. */
void	write_head(FILE *, const struct spec *, const char *page,
	    const char *sec, int tbl);

void	out_access(const struct spec *, const char *dir);
void	out_errors(const struct spec *, const char *dir, const char *page);
void	out_proc_entries(const struct spec *, const char *dir);
void	out_split(const struct spec *, const char *dir);
void	out_table(const struct spec *, const char *dir);

#endif /* !ROFF_FRAG_H */
