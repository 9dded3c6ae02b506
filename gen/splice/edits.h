/* What splice changes in a page (splice/edits.c). */
#ifndef SPLICE_EDITS_H
#define SPLICE_EDITS_H

#include <stddef.h>

#include "lint/page.h"
#include "model/model.h"
#include "splice/gen.h"

/*
 * A change to a page: lines first..last replaced by text, or, for an
 * insertion, text put in front of line first and nothing removed.
 */
struct edit {
	size_t	 first;
	size_t	 last;
	int	 insert;
	char	*text;
};

struct page_edits {
	struct edit	*v;
	size_t		 n;
	const struct iface **added;	/* paragraphs added, for the log */
	size_t		 nadded;
	const struct lclaim **fixed;	/* modes corrected */
	size_t		 nfixed;
	int		 unsplices;	/* wrong modes left as they were */
};

/* The interfaces a page of the tree describes (splice/cmd.c decides). */
struct held {
	const struct iface	**v;
	int			 *own;	/* the page is its own, not shared */
	size_t			  n;
};

/*
 * The edits the page read from buf needs: it corrects a mode the page
 * gets wrong, word for word, and adds the generated paragraph of an
 * interface the page does not state the check of; it deletes nothing
 * else.  Warns of what it cannot do.
 */
void	 find_edits(const struct spec *, const struct gen *,
	    const struct lpage *, const struct held *, const char *buf,
	    size_t len, struct page_edits *);

/* The new text of the page; edits that overlap an earlier one drop. */
char	*apply(const struct lpage *, const char *buf, size_t len,
	    struct page_edits *, size_t *outlen);

#endif /* !SPLICE_EDITS_H */
