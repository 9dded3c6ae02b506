/*
 * The generated text, made in memory: out_roff writes its fragments
 * through outfile in memory mode and hands them over; the ptrace(2)
 * template is expanded with them (splice/template.c) and read as a
 * page to cut out the subsection.
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lint/read.h"
#include "msg.h"
#include "emit/out.h"
#include "readall.h"
#include "splice/gen.h"
#include "splice/template.h"
#include "xalloc.h"

const char *
gen_frag(const struct gen *g, const char *name)
{
	size_t	 i;

	for (i = 0; i < g->nfrags; i++)
		if (strcmp(g->frags[i].name, name) == 0)
			return g->frags[i].buf;
	return NULL;
}

int
find_subsection(const struct lpage *pg, size_t *first, size_t *last)
{
	const struct rline *l = pg->roff.lines;
	size_t		 i, n = pg->roff.nlines;

	for (i = 0; i < n; i++)
		if (l[i].mac == RM_SS && strcasecmp(l[i].title, SUBSECTION) == 0)
			break;
	if (i == n)
		return -1;
	*first = i;
	for (i++; i < n && l[i].mac != RM_SH && l[i].mac != RM_SS; i++)
		continue;
	while (i - 1 > *first && (l[i - 1].mac == RM_COMMENT ||
	    l[i - 1].mac == RM_BLANK))
		i--;
	*last = i - 1;
	return 0;
}

char *
line_bytes(const struct lpage *pg, const char *buf, size_t len,
    size_t first, size_t last)
{
	const struct rline *l = pg->roff.lines;
	const char	*b = l[first].s, *e;

	e = last + 1 < pg->roff.nlines ? l[last + 1].s : buf + len;
	return xstrndup(b, e - b);
}

static int
gen_subsection(const struct spec *s, struct gen *g, const char *tmpl)
{
	struct lpage	*pg;
	char		*src, *page;
	size_t		 len, plen, first, last;
	int		 rc = -1;

	if ((src = read_path(tmpl, &len)) == NULL)
		return -1;
	page = template_expand(tmpl, src, len, g->frags, g->nfrags, &plen);
	msg_file("ptrace-access");
	if (page == NULL) {
		free(src);
		return -1;
	}
	pg = lpage_parse(s, tmpl, page, plen);
	if (find_subsection(pg, &first, &last) == -1)
		msg_fatal("splice: %s: no subsection \"%s\"", tmpl,
		    SUBSECTION);
	else {
		g->sub = line_bytes(pg, page, plen, first, last);
		rc = 0;
	}
	lpage_free(pg);
	free(page);
	free(src);
	return rc;
}

void
gen_free(struct gen *g)
{
	memfiles_free(g->frags, g->nfrags);
	free(g->sub);
	memset(g, 0, sizeof(*g));
}

int
gen_make(const struct spec *s, struct gen *g, const char *tmpl)
{
	int	 rc;

	memset(g, 0, sizeof(*g));
	outfile_in_memory(1);
	rc = out_roff(s, "", 0);
	if (outfile_take(&g->frags, &g->nfrags) == -1)
		rc = -1;
	outfile_in_memory(0);
	if (rc == -1 || gen_subsection(s, g, tmpl) == -1) {
		gen_free(g);
		return -1;
	}
	return 0;
}
