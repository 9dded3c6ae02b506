/*
 * The generated text that splice puts into pages: out_roff's fragments,
 * made in memory, and the "Ptrace access mode checking" subsection of
 * ptrace(2) from its template.
 */
#ifndef SPLICE_GEN_H
#define SPLICE_GEN_H

#include <stddef.h>

#include "lint/page.h"
#include "model/model.h"
#include "outfile.h"

#define SUBSECTION	"Ptrace access mode checking"

struct gen {
	struct memfile	*frags;
	size_t		 nfrags;
	char		*sub;		/* the ptrace(2) subsection */
};

/* Make it all; tmpl is the ptrace(2) template.  -1 after a message. */
int		 gen_make(const struct spec *, struct gen *, const char *tmpl);
void		 gen_free(struct gen *);

/* The fragment called name, or NULL: not every page has ERRORS. */
const char	*gen_frag(const struct gen *, const char *name);

/*
 * The subsection in a page: from its .SS line (its title quoted or
 * not) to the next heading, less the comment ruler in front of that.
 * Line indexes; -1 if there is none.
 */
int		 find_subsection(const struct lpage *, size_t *first,
		    size_t *last);

/* The bytes of lines first..last of the page read from buf. */
char		*line_bytes(const struct lpage *, const char *buf, size_t len,
		    size_t first, size_t last);

#endif /* !SPLICE_GEN_H */
