/*
 * The page tree: lines, macros and their arguments, headings.  A
 * macro's class comes from one table; what a class means is up to the
 * reader's users (lint/structure.c walks the classes with a table of
 * handlers).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "roff/decode.h"
#include "roff/read.h"
#include "xalloc.h"

static const struct {
	const char	*name;
	enum rmac	 mac;
} macros[] = {
	{ "TH", RM_TH },	{ "SH", RM_SH },	{ "SS", RM_SS },
	{ "TP", RM_TP },	{ "TQ", RM_TQ },	{ "IP", RM_IP },
	{ "P", RM_PARA },	{ "PP", RM_PARA },	{ "LP", RM_PARA },
	{ "RS", RM_RS },	{ "RE", RM_RE },
	{ "B", RM_FONT },	{ "I", RM_FONT },	{ "SM", RM_FONT },
	{ "SB", RM_FONT },
	{ "BR", RM_ALT },	{ "BI", RM_ALT },	{ "IB", RM_ALT },
	{ "IR", RM_ALT },	{ "RB", RM_ALT },	{ "RI", RM_ALT },
	{ "EX", RM_BREAK },	{ "EE", RM_BREAK },	{ "nf", RM_BREAK },
	{ "fi", RM_BREAK },	{ "sp", RM_BREAK },	{ "TS", RM_BREAK },
	{ "so", RM_SO },
	{ "Dt", RM_TH },	/* mdoc's title line: pages of other projects */
};

static enum rmac
macro_class(const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < sizeof(macros) / sizeof(macros[0]); i++)
		if (strlen(macros[i].name) == len &&
		    memcmp(macros[i].name, name, len) == 0)
			return macros[i].mac;
	return RM_OTHER;
}

/* One argument at s[i]: quoted ("" is a quote) or up to a space. */
static size_t
read_arg(const char *s, size_t len, size_t i, struct rtext *t)
{
	if (s[i] != '"') {
		while (i < len && s[i] != ' ')
			i = roff_decode_one(s, len, i, t);
		return i;
	}
	for (i++; i < len; ) {
		if (s[i] == '"' && i + 1 < len && s[i + 1] == '"') {
			rtext_putc(t, '"', i);
			i += 2;
		} else if (s[i] == '"')
			return i + 1;
		else
			i = roff_decode_one(s, len, i, t);
	}
	return i;
}

static void
read_args(struct rline *l, size_t i)
{
	struct rtext	*t;

	for (;;) {
		while (i < l->len && l->s[i] == ' ')
			i++;
		if (i >= l->len || (l->s[i] == '\\' && i + 1 < l->len &&
		    (l->s[i + 1] == '"' || l->s[i + 1] == '#')))
			return;
		l->args = xreallocarray(l->args, l->nargs + 1,
		    sizeof(*l->args));
		t = &l->args[l->nargs++];
		memset(t, 0, sizeof(*t));
		i = read_arg(l->s, l->len, i, t);
	}
}

/* The arguments joined, each byte keeping its column. */
static void
join_args(struct rline *l)
{
	size_t	 a, k;

	for (a = 0; a < l->nargs; a++) {
		if (a > 0 && l->mac != RM_ALT)
			rtext_putc(&l->text, ' ', l->args[a].len > 0 ?
			    l->args[a].col[0] : 0);
		for (k = 0; k < l->args[a].len; k++)
			rtext_putc(&l->text, l->args[a].s[k],
			    l->args[a].col[k]);
	}
}

/* A control line: ".B text", ". SH", "'br", ".\" comment". */
static void
read_macro(struct rline *l)
{
	size_t	 i = 1, name;

	if (l->len > 1 && l->s[1] == '\\') {
		l->mac = RM_COMMENT;
		return;
	}
	while (i < l->len && (l->s[i] == ' ' || l->s[i] == '\t'))
		i++;
	for (name = i; i < l->len && l->s[i] != ' ' && l->s[i] != '\t';
	    i++)
		continue;
	l->mac = macro_class(l->s + name, i - name);
	read_args(l, i);
	join_args(l);
}

void
rpage_add(struct rpage *pg, const char *s, size_t len, size_t no, int added,
    int gap)
{
	struct rline	*l;

	if (len > 0 && s[len - 1] == '\r')
		len--;
	/* Geometric growth: a page of 10,000 lines is read in linear time. */
	if (pg->nlines == pg->cap) {
		pg->cap = pg->cap ? pg->cap * 2 : 256;
		pg->lines = xreallocarray(pg->lines, pg->cap, sizeof(*l));
	}
	l = &pg->lines[pg->nlines++];
	memset(l, 0, sizeof(*l));
	l->s = s;
	l->len = len;
	l->no = no;
	l->added = added;
	l->gap = gap;
	l->sh = l->ss = RNONE;
	if (len == 0)
		l->mac = RM_BLANK;
	else if (s[0] == '.' || s[0] == '\'')
		read_macro(l);
	else {
		l->mac = RM_TEXT;
		roff_decode(s, len, &l->text);
	}
}

void
rpage_read(struct rpage *pg, const char *buf, size_t len)
{
	const char	*p = buf, *e = buf + len, *nl;
	size_t		 no = 1;

	while (p < e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		rpage_add(pg, p, nl - p, no++, 1, 0);
		p = nl + 1;
	}
	rpage_finish(pg);
}

/* A heading's title is on its line, or on the next one. */
static void
take_title(struct rpage *pg, size_t i)
{
	struct rline	*l = &pg->lines[i];

	l->title = rtext_folded(&l->text);
	if (*l->title != '\0' || i + 1 >= pg->nlines)
		return;
	free(l->title);
	l->title = rtext_folded(&pg->lines[i + 1].text);
	pg->lines[i + 1].is_title = 1;
}

void
rpage_finish(struct rpage *pg)
{
	size_t	 i, sh = RNONE, ss = RNONE;

	for (i = 0; i < pg->nlines; i++) {
		if (pg->lines[i].gap)
			sh = ss = RNONE;
		if (pg->lines[i].mac == RM_SH || pg->lines[i].mac == RM_SS) {
			take_title(pg, i);
			ss = RNONE;
			if (pg->lines[i].mac == RM_SH)
				sh = i;
			else
				ss = i;
		}
		pg->lines[i].sh = sh;
		pg->lines[i].ss = ss;
	}
}

static void
rtext_free(struct rtext *t)
{
	free(t->s);
	free(t->col);
}

void
rpage_free(struct rpage *pg)
{
	size_t	 i, a;

	for (i = 0; i < pg->nlines; i++) {
		for (a = 0; a < pg->lines[i].nargs; a++)
			rtext_free(&pg->lines[i].args[a]);
		free(pg->lines[i].args);
		rtext_free(&pg->lines[i].text);
		free(pg->lines[i].title);
	}
	free(pg->lines);
	pg->lines = NULL;
	pg->nlines = pg->cap = 0;
}

int
rline_prose(const struct rline *l)
{
	return l->mac == RM_TEXT || l->mac == RM_FONT || l->mac == RM_ALT;
}

char *
rtext_folded(const struct rtext *t)
{
	char	*s = xcalloc(1, t->len + 1);
	size_t	 i, n = 0;

	for (i = 0; i < t->len; i++) {
		if (!isspace((unsigned char)t->s[i]))
			s[n++] = t->s[i];
		else if (n > 0 && s[n - 1] != ' ')
			s[n++] = ' ';
	}
	while (n > 0 && s[n - 1] == ' ')
		n--;
	s[n] = '\0';
	return s;
}
