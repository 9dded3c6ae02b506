/*
 * Findings: see lint/report.h.  A finding owns its strings, since the
 * pages are freed before the report is printed.  What each kind of
 * finding is called and how severe it is lives in one table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/jsonw.h"
#include "lint/judge.h"
#include "lint/report.h"
#include "msg.h"
#include "model/names.h"
#include "sbuf.h"
#include "xalloc.h"

enum fkind {
	F_AGREES, F_MISMATCH, F_HISTORY, F_OUTDATED, F_UNKNOWN, F_UNCHECKED,
	F_MISSING
};

static const struct {
	const char	*id;
	enum msg_level	 level;
} kinds[] = {
	[F_AGREES] = { "agrees", MSG_NOTE },
	[F_MISMATCH] = { "mismatch", MSG_ERROR },
	[F_HISTORY] = { "history", MSG_ERROR },
	[F_OUTDATED] = { "outdated", MSG_WARNING },
	[F_UNKNOWN] = { "unknown", MSG_WARNING },
	[F_UNCHECKED] = { "unchecked", MSG_NOTE },
	[F_MISSING] = { "missing", MSG_WARNING },
};

static const char *const level_names[] = { "note", "warning", "error" };

/* The verdicts of lint/judge.h, as kinds of finding. */
static const enum fkind of_verdict[] = {
	[V_AGREES] = F_AGREES, [V_MISMATCH] = F_MISMATCH,
	[V_HISTORY] = F_HISTORY, [V_OUTDATED] = F_OUTDATED,
	[V_UNKNOWN] = F_UNKNOWN, [V_UNCHECKED] = F_UNCHECKED,
};

struct finding {
	enum fkind	 kind;
	char		*file;
	size_t		 line, col;	/* 1-based; 0 for none */
	char		*iface;
	char		*says;		/* NULL for missing */
	char		*time;		/* "", " before Linux 5.12", ... */
	char		*spec;		/* what the spec says, or NULL */
	char		*note;		/* outdated: since when */
	const struct iface *f;
};

static char *
mode_str(unsigned int mode)
{
	char	 buf[128];

	return xstrdup(mode_name(mode, buf, sizeof(buf)));
}

/* The words for the time a claim is about. */
static char *
time_words(const struct lclaim *c)
{
	switch (c->when) {
	case LT_CHANGE:
		return xstrdup(" before a change");
	case LT_BEFORE:
		return xasprintf(" before Linux %s", c->version);
	case LT_SINCE:
		return xasprintf(" since Linux %s", c->version);
	case LT_FIRST:
		return xstrdup(" at first");
	case LT_PAST:
		return xstrdup(" in the past");
	case LT_NOW:
		break;
	}
	return xstrdup("");
}

/* Every mode the interface had before a change, "A or B". */
static char *
earlier_modes(const struct iface *f, int with_now)
{
	struct sbuf	 b = { NULL, 0, 0 };
	char		 buf[128];
	size_t		 i;

	if (with_now)
		sbuf_printf(&b, "%s", mode_name(f->mode, buf, sizeof(buf)));
	for (i = 0; i < f->nhistory; i++)
		sbuf_printf(&b, "%s%s", b.len > 0 ? " or " : "",
		    mode_name(f->history[i].before, buf, sizeof(buf)));
	if (b.len == 0)
		sbuf_printf(&b, "no earlier mode");
	return b.s;
}

static char *
spec_says(const struct lclaim *c, enum fkind k)
{
	if (c->f == NULL)
		return NULL;
	if (k == F_HISTORY && c->when == LT_CHANGE)
		return earlier_modes(c->f, 0);
	if (k == F_HISTORY && c->when != LT_NOW &&
	    lclaim_spec_mode(c) == c->f->mode && c->f->nhistory > 0 &&
	    c->when == LT_PAST)
		return earlier_modes(c->f, 1);
	return mode_str(lclaim_spec_mode(c));
}

static struct finding *
add(struct report *r, enum fkind k)
{
	struct finding	*x;

	r->v = xreallocarray(r->v, r->n + 1, sizeof(*r->v));
	x = &r->v[r->n++];
	memset(x, 0, sizeof(*x));
	x->kind = k;
	if (kinds[k].level == MSG_ERROR)
		r->errors++;
	else if (kinds[k].level == MSG_WARNING)
		r->warnings++;
	return x;
}

/* Two claims on one line about one interface are one finding. */
static int
seen_before(const struct lpage *pg, size_t i)
{
	const struct lclaim *a = &pg->claims[i], *b;
	size_t		 k;

	for (k = 0; k < i; k++) {
		b = &pg->claims[k];
		if (b->line == a->line && b->f == a->f && b->when ==
		    a->when && strcmp(b->says, a->says) == 0 &&
		    (a->f != NULL || strcmp(a->unknown, b->unknown) == 0))
			return 1;
	}
	return 0;
}

static void
judge_claim(struct report *r, const struct lpage *pg, size_t i)
{
	const struct lclaim *c = &pg->claims[i];
	const struct change *ch;
	const struct rline *l = &pg->roff.lines[c->line];
	struct finding	*x;
	enum fkind	 k;

	if (!l->added || seen_before(pg, i))
		return;
	k = of_verdict[lclaim_verdict(c, &ch)];
	x = add(r, k);
	x->file = xstrdup(pg->file);
	x->line = l->no;
	x->col = c->col + 1;
	x->iface = xstrdup(c->f != NULL ? c->f->name : c->unknown);
	x->says = xstrdup(c->says);
	x->time = time_words(c);
	x->spec = spec_says(c, k);
	x->f = c->f;
	if (k == F_OUTDATED)
		x->note = ch->version.name != NULL ?
		    xasprintf("the mode before Linux %s", ch->version.name) :
		    xstrdup("the mode before a change (release unconfirmed)");
}

void
judge_claims(struct report *r, const struct lpage *pg)
{
	size_t	 i;

	for (i = 0; i < pg->nclaims; i++)
		judge_claim(r, pg, i);
}

void
judge_missing(struct report *r, const struct lpage *home,
    const struct iface *f)
{
	struct finding	*x = add(r, F_MISSING);

	x->file = xstrdup(home->file);
	x->iface = xstrdup(f->name);
	x->time = xstrdup("");
	x->spec = mode_str(f->mode);
	x->f = f;
}

/* ---- Printing. ---- */

static int
shown(const struct report *r, const struct finding *x)
{
	return r->format == RF_CLAIMS ? x->says != NULL :
	    kinds[x->kind].level != MSG_NOTE;
}

/* "kcmp: page says X; spec says Y (kernel F:FN) [mismatch]" */
static void
print_text(const struct finding *x)
{
	printf("%s:", x->file);
	if (x->line > 0)
		printf("%zu:%zu:", x->line, x->col);
	printf(" %s: %s: ", level_names[kinds[x->kind].level], x->iface);
	if (x->says == NULL)
		printf("no sentence states its check; spec says %s", x->spec);
	else if (x->f == NULL)
		printf("page says %s%s; the spec has no such interface",
		    x->says, x->time);
	else {
		printf("page says %s%s", x->says, x->time);
		if (x->note != NULL)
			printf(", %s", x->note);
		printf("; spec says %s%s (kernel %s:%s)", x->spec,
		    x->kind == F_OUTDATED ? " since then" : x->time,
		    x->f->src_file, x->f->src_func);
	}
	printf(" [%s]\n", kinds[x->kind].id);
}

static void
print_json_one(struct jsonw *w, const struct finding *x)
{
	jw_object(w, NULL);
	jw_string(w, "file", x->file);
	if (x->line > 0) {
		jw_number(w, "line", x->line);
		jw_number(w, "column", x->col);
	} else {
		jw_null(w, "line");
		jw_null(w, "column");
	}
	jw_string(w, "severity", level_names[kinds[x->kind].level]);
	jw_string(w, "id", kinds[x->kind].id);
	jw_string(w, "interface", x->iface);
	jw_string(w, "page_says", x->says);
	jw_string(w, "time", *x->time != '\0' ? x->time + 1 : "now");
	jw_string(w, "spec_says", x->spec);
	jw_string(w, "kernel_file", x->f != NULL ? x->f->src_file : NULL);
	jw_string(w, "kernel_function", x->f != NULL ? x->f->src_func :
	    NULL);
	jw_end(w);
}

/* {"claims": [...], "findings": [...], "errors": N, "warnings": N} */
static void
print_json(const struct report *r)
{
	struct jsonw	 w;
	size_t		 i;
	int		 pass;

	jw_begin(&w, stdout);
	jw_object(&w, NULL);
	for (pass = 0; pass < 2; pass++) {
		jw_array(&w, pass == 0 ? "claims" : "findings", 1);
		for (i = 0; i < r->n; i++)
			if (pass == 0 ? r->v[i].says != NULL :
			    kinds[r->v[i].kind].level != MSG_NOTE)
				print_json_one(&w, &r->v[i]);
		jw_end(&w);
	}
	jw_number(&w, "errors", r->errors);
	jw_number(&w, "warnings", r->warnings);
	jw_end(&w);
	putchar('\n');
}

int
report_print(struct report *r)
{
	size_t	 i;

	if (r->format == RF_JSON)
		print_json(r);
	else
		for (i = 0; i < r->n; i++)
			if (shown(r, &r->v[i]))
				print_text(&r->v[i]);
	for (i = 0; i < r->n; i++) {
		free(r->v[i].file);
		free(r->v[i].iface);
		free(r->v[i].says);
		free(r->v[i].time);
		free(r->v[i].spec);
		free(r->v[i].note);
	}
	free(r->v);
	r->v = NULL;
	r->n = 0;
	return fflush(stdout) == EOF || ferror(stdout) ? -1 : 0;
}
