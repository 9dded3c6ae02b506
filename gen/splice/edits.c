/*
 * What splice changes in a page, and the page with it changed.  It only
 * adds and corrects, because the pages it lands in hold facts it does
 * not know (version tags, commit comments, reviewers' notes, legends):
 *
 *  - a mode the page states wrongly is corrected word for word, on its
 *    own line, and nothing else on that line changes;
 *  - an interface whose check the page does not state gets the
 *    generated paragraph at the end of DESCRIPTION, if the page is its
 *    own; its history goes to HISTORY when the page has that section;
 *  - a check the page already states rightly is left alone, and so is
 *    the "Ptrace access mode checking" subsection of ptrace(2).
 *
 * Text already added is found again, so that a second run changes
 * nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lint/judge.h"
#include "msg.h"
#include "splice/edits.h"
#include "xalloc.h"

/* Lines of a generated paragraph that begin its history. */
static const char *const history_starts[] = {
	"Since Linux ",
	"Before Linux ",
	"Until Linux ",
	"Before this check",
	"The check has been made since",
};

static void
add_edit(struct page_edits *pe, size_t first, size_t last, int insert,
    char *text)
{
	pe->v = xreallocarray(pe->v, pe->n + 1, sizeof(*pe->v));
	pe->v[pe->n].first = first;
	pe->v[pe->n].last = last;
	pe->v[pe->n].insert = insert;
	pe->v[pe->n++].text = text;
}

static int
holds(const struct held *h, const struct iface *f)
{
	size_t	 i;

	for (i = 0; i < h->n; i++)
		if (h->v[i] == f)
			return 1;
	return 0;
}

/*
 * Does the page name a mode for f at all, rightly or not, now or as of
 * a release ("since Linux 5.12")?  Then it needs no paragraph of ours.
 */
static int
states_check(const struct lpage *pg, const struct iface *f)
{
	size_t	 i;

	for (i = 0; i < pg->nclaims; i++)
		if (pg->claims[i].f == f &&
		    pg->paras[pg->claims[i].para].sect != LSECT_SKIP)
			return 1;
	return 0;
}

/* ---- Corrections. ---- */


/* The line of claim c with the mode it names put right, or NULL. */
static char *
corrected_line(const struct lpage *pg, const struct lclaim *c)
{
	const struct rline *l = &pg->roff.lines[c->line];
	size_t		 n = strlen(c->says);
	char		 right[96];

	if (c->col + n > l->len || memcmp(l->s + c->col, c->says, n) != 0)
		return NULL;
	mode_name(lclaim_spec_mode(c) & c->mask, right, sizeof(right));
	return xasprintf("%.*s%s%.*s\n", (int)c->col, l->s, right,
	    (int)(l->len - c->col - n), l->s + c->col + n);
}

static void
correction_edits(const struct lpage *pg, const struct held *h,
    struct page_edits *pe)
{
	const struct lclaim *c;
	const struct change *ch;
	char		*line;
	size_t		 i;

	for (i = 0; i < pg->nclaims; i++) {
		c = &pg->claims[i];
		if (c->f == NULL || c->before || !holds(h, c->f) ||
		    pg->paras[c->para].sect == LSECT_SKIP ||
		    lclaim_verdict(c, &ch) != V_MISMATCH)
			continue;
		if ((line = corrected_line(pg, c)) != NULL) {
			add_edit(pe, c->line, c->line, 0, line);
			pe->fixed = xreallocarray(pe->fixed, pe->nfixed + 1,
			    sizeof(*pe->fixed));
			pe->fixed[pe->nfixed++] = c;
			continue;
		}
		msg_in(pg->file, NULL, MSG_WARNING, "%zu: %s: says %s, which "
		    "is wrong, in a way splice cannot correct word for word; "
		    "not spliced", pg->roff.lines[c->line].no, c->f->name,
		    c->says);
		pe->unsplices++;
	}
}

/* ---- Additions. ---- */

/* The heading line of section name, or -1. */
static ssize_t
section_line(const struct lpage *pg, const char *name)
{
	size_t	 i;

	for (i = 0; i < pg->roff.nlines; i++)
		if (pg->roff.lines[i].mac == RM_SH &&
		    pg->roff.lines[i].title != NULL &&
		    strcasecmp(pg->roff.lines[i].title, name) == 0)
			return (ssize_t)i;
	return -1;
}

/* The line after the last text of the section at line sh. */
static size_t
section_end(const struct lpage *pg, size_t sh)
{
	const struct rline *l = pg->roff.lines;
	size_t		 i;

	for (i = sh + 1; i < pg->roff.nlines && l[i].mac != RM_SH; i++)
		continue;
	while (i - 1 > sh && (l[i - 1].mac == RM_COMMENT ||
	    l[i - 1].mac == RM_BLANK))
		i--;
	return i;
}

/* Is the text before line end inside a .TP or .IP item? */
static int
ends_indented(const struct lpage *pg, size_t end)
{
	size_t	 i;

	for (i = pg->nparas; i > 0; i--)
		if (pg->paras[i - 1].last < end)
			return pg->paras[i - 1].indented;
	return 0;
}

/* Where the history of frag begins: a line from history_starts. */
static const char *
history_of(const char *frag)
{
	const char	*p;
	size_t		 i;

	for (p = frag; *p != '\0'; p = strchr(p, '\n') + 1) {
		for (i = 0; i < sizeof(history_starts) /
		    sizeof(history_starts[0]); i++)
			if (strncmp(p, history_starts[i],
			    strlen(history_starts[i])) == 0)
				return p;
		if (strchr(p, '\n') == NULL)
			break;
	}
	return frag + strlen(frag);
}

static void
append(char **acc, const char *req, const char *s, size_t n)
{
	size_t	 have = *acc != NULL ? strlen(*acc) : 0;

	*acc = xreallocarray(*acc, have + strlen(req) + n + 3, 1);
	sprintf(*acc + have, "%s\n%.*s", req, (int)n, s);
	if (n > 0 && s[n - 1] != '\n')
		strcat(*acc, "\n");
}

/* Is s in the page already, added by an earlier run? */
static int
in_page(const char *buf, size_t len, const char *s)
{
	size_t	 i, n = strlen(s);

	for (i = 0; i + n <= len; i++)
		if (memcmp(buf + i, s, n) == 0)
			return 1;
	return 0;
}

/*
 * The interfaces of this page that it says nothing of get their
 * paragraphs; on a page that is not theirs alone (proc.5, prctl(2))
 * there is no place to put them, and the warning says so.
 */
static void
addition_edits(const struct spec *s, const struct gen *g,
    const struct lpage *pg, const struct held *h, const char *buf,
    size_t len, struct page_edits *pe)
{
	char		*body = NULL, *hist = NULL, *name;
	const char	*frag, *prev = NULL, *hp;
	ssize_t		 desc, hsh;
	size_t		 i, dend = 0, hend = 0;

	desc = section_line(pg, "DESCRIPTION");
	hsh = section_line(pg, "HISTORY");
	if (desc != -1)
		dend = section_end(pg, desc);
	if (hsh != -1)
		hend = section_end(pg, hsh);
	for (i = 0; i < h->n; i++) {
		if (states_check(pg, h->v[i]))
			continue;
		name = xasprintf("access.%s", h->v[i]->id);
		frag = gen_frag(g, name);
		free(name);
		if (desc == -1 || frag == NULL || !h->own[i]) {
			msg_in(pg->file, NULL, MSG_WARNING, "%s: the page does "
			    "not state its check, and has no place of its own "
			    "for it; not spliced", h->v[i]->name);
			continue;
		}
		if (prev != NULL && strcmp(prev, frag) == 0)
			continue;	/* the same check of a sibling */
		prev = frag;
		pe->added = xreallocarray(pe->added, pe->nadded + 1,
		    sizeof(*pe->added));
		pe->added[pe->nadded++] = h->v[i];
		hp = hsh != -1 ? history_of(frag) : frag + strlen(frag);
		append(&body, ends_indented(pg, dend) ? ".IP" : ".P", frag,
		    hp - frag);
		if (*hp != '\0')
			append(&hist, ".P", hp, strlen(hp));
	}
	(void)s;
	if (body != NULL && !in_page(buf, len, body))
		add_edit(pe, dend, dend, 1, body);
	else
		free(body);
	if (hist != NULL && !in_page(buf, len, hist))
		add_edit(pe, hend, hend, 1, hist);
	else
		free(hist);
}

void
find_edits(const struct spec *s, const struct gen *g,
    const struct lpage *pg, const struct held *h, const char *buf,
    size_t len, struct page_edits *pe)
{
	(void)buf;
	correction_edits(pg, h, pe);
	if (strcmp(pg->title, "ptrace") == 0 && pg->section == 2)
		return;		/* its subsection stays as it is */
	addition_edits(s, g, pg, h, buf, len, pe);
}

/* ---- Applying them. ---- */

static int
by_first(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;

	if (x->first != y->first)
		return x->first < y->first ? -1 : 1;
	return y->insert - x->insert;	/* an insertion goes first */
}

static size_t
line_off(const struct lpage *pg, const char *buf, size_t len, size_t i)
{
	return i < pg->roff.nlines ? (size_t)(pg->roff.lines[i].s - buf) :
	    len;
}

char *
apply(const struct lpage *pg, const char *buf, size_t len,
    struct page_edits *pe, size_t *outlen)
{
	FILE		*fp;
	char		*out = NULL;
	size_t		 i, at = 0, b, e;

	if (pe->n > 0)
		qsort(pe->v, pe->n, sizeof(*pe->v), by_first);
	fp = xopen_memstream(&out, outlen);
	for (i = 0; i < pe->n; i++) {
		b = line_off(pg, buf, len, pe->v[i].first);
		if (b < at)
			continue;
		e = pe->v[i].insert ? b :
		    line_off(pg, buf, len, pe->v[i].last + 1);
		fwrite(buf + at, 1, b - at, fp);
		fputs(pe->v[i].text, fp);
		at = e;
	}
	fwrite(buf + at, 1, len - at, fp);
	fclose(fp);
	return out;
}
