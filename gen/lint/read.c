/* A page read whole: its roff tree, paragraphs and claims. */
#include "lint/claim.h"
#include "lint/read.h"
#include "lint/structure.h"

void
lpage_finish(const struct spec *s, struct lpage *pg)
{
	rpage_finish(&pg->roff);
	lpage_paragraphs(pg);
	find_claims(s, pg);
}

struct lpage *
lpage_parse(const struct spec *s, const char *file, const char *buf,
    size_t len)
{
	struct lpage	*pg = lpage_new(file);

	rpage_read(&pg->roff, buf, len);
	lpage_paragraphs(pg);
	find_claims(s, pg);
	return pg;
}
