/* Lint's pages: made, freed, and matched with the spec's interfaces. */
#include <stdlib.h>
#include <string.h>

#include "lint/page.h"
#include "xalloc.h"

/* "man/man2/kcmp.2" gives kcmp and 2. */
static void
title_from_file(struct lpage *pg, const char *file)
{
	const char	*b = strrchr(file, '/'), *dot;

	b = b != NULL ? b + 1 : file;
	dot = strrchr(b, '.');
	pg->title = dot != NULL ? xstrndup(b, dot - b) : xstrdup(b);
	pg->section = dot != NULL ? atoi(dot + 1) : 0;
}

struct lpage *
lpage_new(const char *file)
{
	struct lpage	*pg = xcalloc(1, sizeof(*pg));

	pg->file = xstrdup(file);
	title_from_file(pg, file);
	return pg;
}

void
lpage_free(struct lpage *pg)
{
	size_t	 i, k;

	if (pg == NULL)
		return;
	for (i = 0; i < pg->nparas; i++) {
		free(pg->paras[i].text);
		free(pg->paras[i].at);
		free(pg->paras[i].col);
		free(pg->paras[i].ss);
		for (k = 0; k < pg->paras[i].ntags; k++)
			free(pg->paras[i].tags[k]);
	}
	for (i = 0; i < pg->nclaims; i++) {
		free(pg->claims[i].says);
		free(pg->claims[i].unknown);
	}
	free(pg->paras);
	free(pg->claims);
	rpage_free(&pg->roff);
	free(pg->title);
	free(pg->file);
	free(pg);
}

int
lpage_expects(const struct lpage *pg, const struct iface *f)
{
	if (pg->title == NULL)
		return 0;
	if (strcmp(f->page, pg->title) == 0 && f->section == pg->section)
		return 1;
	return f->kind == IFACE_PROC && pg->section == 5 &&
	    strcmp(f->id, pg->title) == 0;
}
