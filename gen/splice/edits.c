/*
 * What splice replaces in a page, and the page with it replaced.  In
 * ptrace(2), the subsection "Ptrace access mode checking"; in every
 * other page of the spec, the paragraph that states an interface's
 * check (found as lint finds it) and the ERRORS entries that name a
 * mode.  Text already in place is left alone, so that a second run
 * changes nothing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "msg.h"
#include "names.h"
#include "splice/edits.h"
#include "xalloc.h"

static void
add_edit(struct page_edits *pe, size_t first, size_t last, char *text)
{
	pe->v = xreallocarray(pe->v, pe->n + 1, sizeof(*pe->v));
	pe->v[pe->n].first = first;
	pe->v[pe->n].last = last;
	pe->v[pe->n++].text = text;
}

/* The first claim in the section that ties f to its mode now. */
static size_t
first_claim(const struct lpage *pg, const struct iface *f, enum lsect sect)
{
	size_t	 i;

	for (i = 0; i < pg->nclaims; i++)
		if (pg->claims[i].f == f && !pg->claims[i].before &&
		    pg->paras[pg->claims[i].para].sect == sect)
			return i;
	return (size_t)-1;
}

static size_t
claim_para(const struct lpage *pg, const struct iface *f, enum lsect sect)
{
	size_t	 c = first_claim(pg, f, sect);

	return c == (size_t)-1 ? c : pg->claims[c].para;
}

/* Generated text with its paragraph requests made fit for the place. */
static void
append_para(char **acc, const char *text, const char *req)
{
	size_t		 n = *acc ? strlen(*acc) : 0, rl = strlen(req);
	const char	*p, *nl;

	for (p = text; *p != '\0'; p = nl) {
		nl = strchr(p, '\n');
		nl = nl != NULL ? nl + 1 : p + strlen(p);
		if (nl - p == 3 && strncmp(p, ".P\n", 3) == 0) {
			*acc = xreallocarray(*acc, n + rl + 2, 1);
			memcpy(*acc + n, req, rl);
			n += rl;
			(*acc)[n++] = '\n';
		} else {
			*acc = xreallocarray(*acc, n + (nl - p) + 1, 1);
			memcpy(*acc + n, p, nl - p);
			n += nl - p;
		}
		(*acc)[n] = '\0';
	}
}

/* Is text already in place at line first? */
static int
in_place(const struct lpage *pg, const char *buf, size_t len, size_t first,
    const char *text)
{
	size_t	 off = pg->roff.lines[first].s - buf, n = strlen(text);

	return off + n <= len && memcmp(buf + off, text, n) == 0;
}

/* Replace lines from..last of the paragraph, unless text is there. */
static void
edit_unless_in_place(struct page_edits *pe, const struct lpage *pg,
    const char *buf, size_t len, size_t from, size_t pi, char *text)
{
	const struct lpara *p = &pg->paras[pi];

	if (text == NULL || in_place(pg, buf, len, from, text))
		free(text);
	else
		add_edit(pe, from, p->last, text);
}

/*
 * The generated paragraphs of the interfaces whose claims share the
 * paragraph pi, one after the other; one that says word for word what
 * the one before said (the same check of two calls) is left out.
 */
static char *
group_text(const struct spec *s, const struct gen *g,
    const struct lpage *pg, size_t i, size_t pi, size_t *from)
{
	char		*text = NULL, *name;
	const char	*frag, *prev = NULL, *req = pg->paras[pi].indented ? ".IP" : ".P";
	size_t		 k, c;

	for (k = i; k < s->nifaces; k++) {
		if (!lpage_expects(pg, &s->ifaces[k]) ||
		    (c = first_claim(pg, &s->ifaces[k], LSECT_BODY)) ==
		    (size_t)-1 || pg->claims[c].para != pi)
			continue;
		if (pg->claims[c].from < *from)
			*from = pg->claims[c].from;
		name = xasprintf("access.%s", s->ifaces[k].id);
		frag = gen_frag(g, name);
		free(name);
		if (frag == NULL || (prev != NULL && strcmp(prev, frag) == 0))
			continue;
		if (text != NULL)
			append_para(&text, ".P\n", req);
		append_para(&text, frag, req);
		prev = frag;
	}
	return text;
}

/*
 * The access paragraphs: from the sentence that states the check to
 * the end of its paragraph; interfaces whose claims share a paragraph
 * (process_vm_readv and process_vm_writev) share the replacement.
 */
static void
access_edits(const struct spec *s, const struct gen *g,
    const struct lpage *pg, const char *buf, size_t len,
    struct page_edits *pe)
{
	size_t		 i, k, pi, from;
	char		*text;

	for (i = 0; i < s->nifaces; i++) {
		if (!lpage_expects(pg, &s->ifaces[i]))
			continue;
		if ((pi = claim_para(pg, &s->ifaces[i], LSECT_BODY)) ==
		    (size_t)-1) {
			msg_in(pg->file, NULL, MSG_WARNING, "%s: no paragraph "
			    "states its check; not spliced", s->ifaces[i].name);
			pe->unsplices++;
			continue;
		}
		for (k = 0; k < i; k++)
			if (lpage_expects(pg, &s->ifaces[k]) &&
			    claim_para(pg, &s->ifaces[k], LSECT_BODY) == pi)
				break;
		if (k < i)
			continue;	/* done with the first of the group */
		from = pg->paras[pi].last;
		text = group_text(s, g, pg, i, pi, &from);
		edit_unless_in_place(pe, pg, buf, len, from, pi, text);
	}
}

/* The body of the generated ERRORS entry for errname and mode. */
static char *
errors_body(const char *frag, const char *errname, unsigned int mode)
{
	char		 tag[64], mname[96];
	const char	*p, *b, *e;

	snprintf(tag, sizeof(tag), ".TP\n.B %s\n", errname);
	mode_name(mode & ~MODE_NOAUDIT, mname, sizeof(mname));
	for (p = frag; (p = strstr(p, tag)) != NULL; p = b) {
		b = p + strlen(tag);
		if ((e = strstr(b, ".TP\n")) == NULL)
			e = b + strlen(b);
		if (strstr(b, mname) != NULL && strstr(b, mname) < e)
			return xstrndup(b, e - b);
	}
	return NULL;
}

static void
errors_edits(const struct spec *s, const struct gen *g,
    const struct lpage *pg, const char *buf, size_t len,
    struct page_edits *pe)
{
	const struct lclaim *c;
	size_t		 i, done = (size_t)-1;
	const char	*frag;
	char		*name;
	const struct lpara *p;

	(void)s;
	name = xasprintf("errors.%s", pg->title);
	frag = gen_frag(g, name);
	free(name);
	if (frag == NULL)
		return;
	for (i = 0; i < pg->nclaims; i++) {
		c = &pg->claims[i];
		p = &pg->paras[c->para];
		if (c->f == NULL || c->before || c->para == done ||
		    p->sect != LSECT_ERRORS || p->ntags == 0 ||
		    !lpage_expects(pg, c->f))
			continue;
		done = c->para;
		edit_unless_in_place(pe, pg, buf, len, p->first, c->para,
		    errors_body(frag, p->tags[p->ntags - 1], c->f->mode));
	}
}

void
find_edits(const struct spec *s, const struct gen *g,
    const struct lpage *pg, const char *buf, size_t len,
    struct page_edits *pe)
{
	size_t	 first, last;

	if (strcmp(pg->title, "ptrace") == 0 && pg->section == 2) {
		if (find_subsection(pg, &first, &last) == -1) {
			msg_in(pg->file, NULL, MSG_WARNING, "no subsection "
			    "\"%s\"; not spliced", SUBSECTION);
			pe->unsplices++;
		} else if (!in_place(pg, buf, len, first, g->sub))
			add_edit(pe, first, last, xstrdup(g->sub));
		return;
	}
	access_edits(s, g, pg, buf, len, pe);
	errors_edits(s, g, pg, buf, len, pe);
}

/* ---- Applying them. ---- */

static int
by_first(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;

	return x->first < y->first ? -1 : x->first > y->first;
}

/* The new text of the page; edits that overlap an earlier one drop. */
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
		b = pg->roff.lines[pe->v[i].first].s - buf;
		if (b < at)
			continue;
		e = pe->v[i].last + 1 < pg->roff.nlines ?
		    (size_t)(pg->roff.lines[pe->v[i].last + 1].s - buf) : len;
		fwrite(buf + at, 1, b - at, fp);
		fputs(pe->v[i].text, fp);
		at = e;
	}
	fwrite(buf + at, 1, len - at, fp);
	fclose(fp);
	return out;
}

