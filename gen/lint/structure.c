/*
 * The structure of a page: paragraphs of plain text between paragraph
 * requests, with the section they are in, the subsection heading and
 * the tags of the list items around them.  Each byte of a paragraph's
 * text keeps the line and column it came from, so that a claim broken
 * across macro lines is still one claim with a place in the source.
 * What each macro class does is one handler in a table.
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lint/structure.h"
#include "xalloc.h"

/* Plain text with the line index and column of every byte. */
struct tbuf {
	char	*s;
	size_t	*at;
	size_t	*col;
	size_t	 len;
	size_t	 cap;
};

struct pstate {
	struct lpage	*pg;
	struct tbuf	 cur;		/* the open paragraph */
	size_t		 first, last;
	enum lsect	 sect;
	char		*tags[LINT_DEPTH];
	size_t		 depth;
	int		 indented;
	int		 want_tag;	/* 1 after .TP, 2 after .TQ */
	char		*ss;
};

/* Whitespace collapses to one space, never leading. */
static void
tb_putc(struct tbuf *b, char c, size_t at, size_t col)
{
	if (isspace((unsigned char)c)) {
		if (b->len == 0 || b->s[b->len - 1] == ' ')
			return;
		c = ' ';
	}
	if (b->len + 2 > b->cap) {
		b->cap = b->cap ? b->cap * 2 : 128;
		b->s = xreallocarray(b->s, b->cap, 1);
		b->at = xreallocarray(b->at, b->cap, sizeof(*b->at));
		b->col = xreallocarray(b->col, b->cap, sizeof(*b->col));
	}
	b->at[b->len] = at;
	b->col[b->len] = col;
	b->s[b->len++] = c;
	b->s[b->len] = '\0';
}

static void
tb_trim(struct tbuf *b)
{
	while (b->len > 0 && b->s[b->len - 1] == ' ')
		b->s[--b->len] = '\0';
}

static void
tb_free(struct tbuf *b)
{
	free(b->s);
	free(b->at);
	free(b->col);
	memset(b, 0, sizeof(*b));
}

/* The prose of line idx into the open paragraph, if it has any. */
static int
put_line(struct tbuf *b, const struct rline *l, size_t idx)
{
	size_t	 i;

	if (!rline_prose(l))
		return 0;
	for (i = 0; i < l->text.len; i++)
		tb_putc(b, l->text.s[i], idx, l->text.col[i]);
	return 1;
}

static void
close_para(struct pstate *ps)
{
	struct lpara	*p;
	size_t		 i;

	if (ps->cur.len == 0) {
		tb_free(&ps->cur);
		return;
	}
	tb_trim(&ps->cur);
	ps->pg->paras = xreallocarray(ps->pg->paras, ps->pg->nparas + 1,
	    sizeof(*p));
	p = &ps->pg->paras[ps->pg->nparas++];
	memset(p, 0, sizeof(*p));
	p->first = ps->first;
	p->last = ps->last;
	p->text = ps->cur.s;
	p->at = ps->cur.at;
	p->col = ps->cur.col;
	p->len = ps->cur.len;
	p->sect = ps->sect;
	p->indented = ps->indented;
	p->ss = ps->ss != NULL ? xstrdup(ps->ss) : NULL;
	for (i = 0; i <= ps->depth && i < LINT_DEPTH; i++)
		if (ps->tags[i] != NULL)
			p->tags[p->ntags++] = xstrdup(ps->tags[i]);
	memset(&ps->cur, 0, sizeof(ps->cur));
}

static void
clear_tags(struct pstate *ps, size_t from)
{
	size_t	 i;

	for (i = from; i < LINT_DEPTH; i++) {
		free(ps->tags[i]);
		ps->tags[i] = NULL;
	}
}

static void
set_tag(struct pstate *ps, char *tag)
{
	if (ps->depth < LINT_DEPTH) {
		clear_tags(ps, ps->depth);
		ps->tags[ps->depth] = tag;
	} else
		free(tag);
	ps->indented = 1;
}

static enum lsect
sect_of(const char *title)
{
	if (strcasecmp(title, "ERRORS") == 0)
		return LSECT_ERRORS;
	if (strcasecmp(title, "HISTORY") == 0 ||
	    strcasecmp(title, "VERSIONS") == 0)
		return LSECT_HISTORY;
	if (strcasecmp(title, "NAME") == 0 ||
	    strcasecmp(title, "SYNOPSIS") == 0 ||
	    strcasecmp(title, "SEE ALSO") == 0)
		return LSECT_SKIP;
	return LSECT_BODY;
}

/* ---- One handler per macro class. ---- */

/* .TH title section */
static void
on_th(struct pstate *ps, const struct rline *l)
{
	free(ps->pg->title);
	ps->pg->title = l->nargs > 0 ? rtext_folded(&l->args[0]) :
	    xstrdup("");
	if (l->nargs > 1)
		ps->pg->section = atoi(l->args[1].s != NULL ?
		    l->args[1].s : "");
}

static void
on_heading(struct pstate *ps, const struct rline *l)
{
	close_para(ps);
	clear_tags(ps, 0);
	ps->depth = 0;
	ps->indented = 0;
	free(ps->ss);
	ps->ss = NULL;
	if (l->mac == RM_SH)
		ps->sect = sect_of(l->title);
	else
		ps->ss = xstrdup(l->title);
}

static void
on_tp(struct pstate *ps, const struct rline *l)
{
	close_para(ps);
	ps->want_tag = l->mac == RM_TP ? 1 : 2;
}

static void
on_ip(struct pstate *ps, const struct rline *l)
{
	close_para(ps);
	if (l->nargs > 0)
		set_tag(ps, rtext_folded(&l->text));
	ps->indented = 1;
}

static void
on_para(struct pstate *ps, const struct rline *l)
{
	(void)l;
	close_para(ps);
	if (ps->depth == 0) {
		clear_tags(ps, 0);
		ps->indented = 0;
	}
}

static void
on_rs(struct pstate *ps, const struct rline *l)
{
	(void)l;
	close_para(ps);
	ps->depth++;
}

static void
on_re(struct pstate *ps, const struct rline *l)
{
	(void)l;
	close_para(ps);
	if (ps->depth > 0)
		ps->depth--;
	clear_tags(ps, ps->depth + 1);
}

static void
on_break(struct pstate *ps, const struct rline *l)
{
	(void)l;
	close_para(ps);
}

/* Requests with no handler carry no prose and break nothing. */
static void (*const handlers[RM__MAX])(struct pstate *,
    const struct rline *) = {
	[RM_TH] = on_th,	[RM_SH] = on_heading,	[RM_SS] = on_heading,
	[RM_TP] = on_tp,	[RM_TQ] = on_tp,	[RM_IP] = on_ip,
	[RM_PARA] = on_para,	[RM_RS] = on_rs,	[RM_RE] = on_re,
	[RM_BREAK] = on_break,
};

/* The line after .TP is the tag; after .TQ, a further tag. */
static void
take_tag(struct pstate *ps, const struct rline *l)
{
	char	*t, *both;
	size_t	 n;

	t = rline_prose(l) ? rtext_folded(&l->text) : xstrdup("");
	if (ps->want_tag == 2 && ps->depth < LINT_DEPTH &&
	    ps->tags[ps->depth] != NULL) {
		n = strlen(ps->tags[ps->depth]) + strlen(t) + 3;
		both = xcalloc(1, n);
		snprintf(both, n, "%s, %s", ps->tags[ps->depth], t);
		free(t);
		t = both;
	}
	set_tag(ps, t);
	ps->want_tag = 0;
}

static void
para_line(struct pstate *ps, size_t idx)
{
	const struct rline *l = &ps->pg->roff.lines[idx];

	if (l->is_title)
		return;
	if (l->gap) {
		close_para(ps);
		clear_tags(ps, 0);
		ps->depth = 0;
	}
	if (l->mac == RM_COMMENT || l->mac == RM_BLANK)
		return;
	if (ps->want_tag) {
		take_tag(ps, l);
		return;
	}
	if (handlers[l->mac] != NULL) {
		handlers[l->mac](ps, l);
		return;
	}
	if (ps->cur.len == 0)
		ps->first = idx;
	if (put_line(&ps->cur, l, idx)) {
		ps->last = idx;
		tb_putc(&ps->cur, ' ', idx, l->len);
	}
}

void
lpage_paragraphs(struct lpage *pg)
{
	struct pstate	 ps;
	size_t		 i;

	memset(&ps, 0, sizeof(ps));
	ps.pg = pg;
	for (i = 0; i < pg->roff.nlines; i++)
		para_line(&ps, i);
	close_para(&ps);
	clear_tags(&ps, 0);
	free(ps.ss);
}
