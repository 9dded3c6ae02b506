/* Lint's pages: made, freed, and matched with the spec's interfaces. */
#include <stdlib.h>
#include <string.h>

#include "lint/page.h"
#include "xalloc.h"

/* "man/man2/kcmp.2" gives kcmp and 2. */
static void
title_from_file(struct lpage *pg, const char *file)
{
	const char	*b = strrchr(file, '/');
	char		*dot;

	/* "kcmp.2.gz" too, as installed. */
	b = b != NULL ? b + 1 : file;
	pg->title = xstrdup(b);
	if ((dot = strrchr(pg->title, '.')) != NULL && strcmp(dot, ".gz") == 0)
		*dot = '\0';
	if ((dot = strrchr(pg->title, '.')) != NULL)
		*dot = '\0';
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

char *
split_page(const struct iface *f)
{
	static const char dir[] = "/proc/[pid]/";
	size_t	 n;

	if (f->kind != IFACE_PROC || strncmp(f->name, dir, sizeof(dir) - 1)
	    != 0)
		return NULL;
	n = strcspn(f->name + sizeof(dir) - 1, "/ ");
	return n == 0 ? NULL : xasprintf("proc_pid_%.*s", (int)n,
	    f->name + sizeof(dir) - 1);
}

int
lpage_expects(const struct lpage *pg, const struct iface *f)
{
	char	*split;
	int	 yes;

	if (pg->title == NULL)
		return 0;
	if (strcmp(f->page, pg->title) == 0 && f->section == pg->section)
		return 1;
	if (f->kind != IFACE_PROC || pg->section != 5)
		return 0;
	if (strcmp(f->id, pg->title) == 0)
		return 1;
	split = split_page(f);
	yes = split != NULL && strcmp(split, pg->title) == 0;
	free(split);
	return yes;
}
