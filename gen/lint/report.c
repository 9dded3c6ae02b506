/*
 * Findings: each claim judged against the spec, and each interface a
 * whole page should describe but does not, printed as text or JSON.
 */
#include <stdio.h>
#include <string.h>

#include "escape.h"
#include "lint/claim.h"
#include "lint/report.h"
#include "names.h"

enum fkind { F_MISMATCH, F_HISTORY, F_MISSING, F_UNKNOWN, F_OK };

static const char *const fkind_name[] = {
	"mismatch", "history", "missing", "unknown", "agrees"
};

struct finding {
	enum fkind	 kind;
	const char	*file;
	size_t		 line;		/* 0 for missing */
	const char	*iface;
	const char	*says;
	char		 spec[256];
	const struct iface *f;
};

static void
spec_says(const struct iface *f, int before, char *buf, size_t sz)
{
	char	 name[96];
	size_t	 i;

	if (f == NULL) {
		snprintf(buf, sz, "no such interface");
		return;
	}
	if (!before) {
		snprintf(buf, sz, "%s", mode_name(f->mode, name,
		    sizeof(name)));
		return;
	}
	if (f->nhistory == 0) {
		snprintf(buf, sz, "no earlier mode");
		return;
	}
	buf[0] = '\0';
	for (i = 0; i < f->nhistory; i++) {
		if (i > 0)
			strncat(buf, " or ", sz - strlen(buf) - 1);
		strncat(buf, mode_name(f->history[i].before, name,
		    sizeof(name)), sz - strlen(buf) - 1);
	}
	strncat(buf, " before a change", sz - strlen(buf) - 1);
}

static void
json_str(const char *key, const char *v, int comma)
{
	printf("\"%s\": ", key);
	if (v == NULL)
		fputs("null", stdout);
	else {
		putchar('"');
		esc_json(stdout, v, strlen(v));
		putchar('"');
	}
	if (comma)
		fputs(", ", stdout);
}

static void
print_json(struct report *r, const struct finding *x)
{
	printf("%s\n    {", r->n == 0 ? "" : ",");
	json_str("file", x->file, 1);
	if (x->line > 0)
		printf("\"line\": %zu, ", x->line);
	else
		fputs("\"line\": null, ", stdout);
	json_str("interface", x->iface, 1);
	json_str("kind", fkind_name[x->kind], 1);
	json_str("page_says", x->says, 1);
	json_str("spec_says", x->f != NULL || x->kind != F_UNKNOWN ?
	    x->spec : NULL, 1);
	json_str("kernel_file", x->f ? x->f->src_file : NULL, 1);
	json_str("kernel_function", x->f ? x->f->src_func : NULL, 0);
	putchar('}');
}

static void
print_text(const struct finding *x)
{
	if (x->kind == F_MISSING) {
		printf("%s: %s: missing: spec says %s\n", x->file, x->iface,
		    x->spec);
		return;
	}
	printf("%s:%zu: %s: ", x->file, x->line, x->iface);
	if (x->kind == F_UNKNOWN)
		printf("unknown: page says %s; the spec has no such "
		    "interface\n", x->says);
	else
		printf("page says %s%s; spec says %s (kernel %s:%s)%s\n",
		    x->says, x->kind == F_HISTORY ? " before a change" : "",
		    x->spec, x->f->src_file, x->f->src_func,
		    x->kind == F_OK ? ": agrees" : "");
}

static void
emit(struct report *r, const struct finding *x)
{
	if (x->kind == F_OK && !r->all)
		return;
	if (r->json)
		print_json(r, x);
	else
		print_text(x);
	if (x->kind != F_OK)
		r->n++;
}

/* Two claims on one line about one interface are one finding. */
static int
seen_before(const struct lpage *pg, size_t i)
{
	const struct lclaim *a = &pg->claims[i], *b;
	size_t		 k;

	for (k = 0; k < i; k++) {
		b = &pg->claims[k];
		if (b->line == a->line && b->f == a->f && b->before ==
		    a->before && strcmp(b->says, a->says) == 0 &&
		    (a->f != NULL || strcmp(a->unknown, b->unknown) == 0))
			return 1;
	}
	return 0;
}

static void
judge_claim(struct report *r, const struct lpage *pg, size_t i)
{
	const struct lclaim *c = &pg->claims[i];
	struct finding	 x;

	if (!pg->roff.lines[c->line].added || seen_before(pg, i))
		return;
	r->nclaims++;
	memset(&x, 0, sizeof(x));
	x.file = pg->file;
	x.line = pg->roff.lines[c->line].no;
	x.says = c->says;
	x.f = c->f;
	x.iface = c->f != NULL ? c->f->name : c->unknown;
	spec_says(c->f, c->before, x.spec, sizeof(x.spec));
	if (c->f == NULL)
		x.kind = F_UNKNOWN;
	else if (lclaim_agrees(c))
		x.kind = F_OK;
	else
		x.kind = c->before ? F_HISTORY : F_MISMATCH;
	if (x.kind == F_HISTORY)	/* the words are in spec_says */
		spec_says(c->f, 1, x.spec, sizeof(x.spec));
	emit(r, &x);
}

static void
judge_missing(struct report *r, const struct spec *s, const struct lpage *pg)
{
	struct finding	 x;
	size_t		 i, k;

	for (i = 0; i < s->nifaces; i++) {
		if (!lpage_expects(pg, &s->ifaces[i]))
			continue;
		for (k = 0; k < pg->nclaims; k++)
			if (pg->claims[k].f == &s->ifaces[i])
				break;
		if (k < pg->nclaims)
			continue;
		memset(&x, 0, sizeof(x));
		x.kind = F_MISSING;
		x.file = pg->file;
		x.iface = s->ifaces[i].name;
		x.f = &s->ifaces[i];
		spec_says(x.f, 0, x.spec, sizeof(x.spec));
		emit(r, &x);
	}
}

void
judge_page(struct report *r, const struct spec *s, const struct lpage *pg)
{
	size_t	 i;

	for (i = 0; i < pg->nclaims; i++)
		judge_claim(r, pg, i);
	if (!pg->patch)
		judge_missing(r, s, pg);
}

