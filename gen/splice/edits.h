/* What splice replaces in a page (splice/edits.c). */
#ifndef SPLICE_EDITS_H
#define SPLICE_EDITS_H

#include <stddef.h>

#include "lint/page.h"
#include "model.h"
#include "splice/gen.h"

/* A replacement of lines first..last (indexes) of a page. */
struct edit {
	size_t	 first;
	size_t	 last;
	char	*text;
};

struct page_edits {
	struct edit	*v;
	size_t		 n;
	int		 unsplices;	/* interfaces left as they were */
};

/* The edits the page read from buf needs; warns of what it cannot do. */
void	 find_edits(const struct spec *, const struct gen *,
	    const struct lpage *, const char *buf, size_t len,
	    struct page_edits *);

/* The new text of the page; edits that overlap an earlier one drop. */
char	*apply(const struct lpage *, const char *buf, size_t len,
	    struct page_edits *, size_t *outlen);

#endif /* !SPLICE_EDITS_H */
