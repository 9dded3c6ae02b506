/* Reading patches into lint's pages (lint/diff.c). */
#ifndef LINT_DIFF_H
#define LINT_DIFF_H

#include <stddef.h>

#include "lint/page.h"
#include "model/model.h"

/* The pages a patch changes, each with its claims. */
struct patch {
	struct lpage	**pages;
	size_t		 npages;
	struct lpage	*cur;		/* NULL: a file not judged */
	size_t		 no;		/* next new-side line number */
	int		 gap;
};

/* Does buf look like a diff rather than a page? */
int		 is_patch(const char *buf, size_t len);
struct patch	 parse_patch(const struct spec *, const char *buf,
		    size_t len);

#endif /* !LINT_DIFF_H */
