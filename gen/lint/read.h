/* Reading pages and patches into lint's pages (lint/page.h). */
#ifndef LINT_READ_H
#define LINT_READ_H

#include <stddef.h>

#include "lint/page.h"
#include "model/model.h"

/* Parse a page; buf must outlive it.  Claims are found too. */
struct lpage	*lpage_parse(const struct spec *, const char *file,
		    const char *buf, size_t len);

/* Paragraphs and claims of a page whose lines are all added. */
void		 lpage_finish(const struct spec *, struct lpage *);

#endif /* !LINT_READ_H */
