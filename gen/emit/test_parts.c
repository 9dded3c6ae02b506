/*
 * The parts of a generated test that every format shares (see
 * tests.h): comments made from the spec's prose, the comment that
 * heads a test, and the case table, one row per scenario with the
 * expectation the model (algo.c) derives from the spec baked in.
 */
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "model/algo.h"
#include "emit/tests.h"
#include "emit/escape.h"
#include "spec/markup.h"
#include "model/model.h"
#include "model/probe.h"
#include "model/yama.h"
#include "model/names.h"
#include "ranges/spans.h"

static void	emit_caps(FILE *, const char *, size_t, uint64_t);

/*
 * Prose into a block comment: markup_plain() gives plain text with
 * the spec's line breaks; each line gets the comment's " * ".
 */
struct comment {
	FILE	*fp;
	int	 bol;		/* at the start of a line */
};

static void
put_comment_line(const char *s, size_t len, void *arg)
{
	struct comment	*c = arg;
	size_t		 i, run;

	for (i = 0; i < len; i += run) {
		if (s[i] == '\n') {
			if (c->bol)
				fputs(" *", c->fp);
			fputc('\n', c->fp);
			c->bol = 1;
			run = 1;
			continue;
		}
		if (c->bol)
			fputs(" * ", c->fp);
		c->bol = 0;
		run = strcspn(s + i, "\n");
		if (run > len - i)
			run = len - i;
		esc_c_comment(c->fp, s + i, run);
	}
}

void
comment_text(FILE *fp, const struct text *t)
{
	struct comment	 c;

	if (t->src == NULL)
		return;
	c.fp = fp;
	c.bol = 1;
	markup_plain(t->src, put_comment_line, &c);
	if (!c.bol)
		fputc('\n', fp);
}

void
comment_str(FILE *fp, const char *s)
{
	esc_c_comment(fp, s, strlen(s));
}

/*
 * A one-line comment in a table, or a block when the words do not fit
 * on one line after a tab: the scenarios' sentences are long.
 */
static void
comment_wrapped(FILE *fp, const char *s)
{
	size_t	 col, len;

	if (strlen(s) <= 64) {
		fputs("\t/* ", fp);
		comment_str(fp, s);
		fputs(" */\n", fp);
		return;
	}
	fputs("\t/*\n\t *", fp);
	col = 10;
	while (*s != '\0') {
		len = strcspn(s, " ");
		if (col + 1 + len > 72) {
			fputs("\n\t *", fp);
			col = 10;
		}
		fputc(' ', fp);
		esc_c_comment(fp, s, len);
		col += 1 + len;
		s += len;
		s += strspn(s, " ");
	}
	fputs("\n\t */\n", fp);
}

/* The capabilities adapt() gives every caller, and why. */
static void
emit_extra_caps(FILE *fp, const struct iface *f)
{
	struct scenario	 none, s;
	int		 cap, n, left;

	memset(&none, 0, sizeof(none));
	scenario_adapt(f, &none, &s);
	for (left = 0, cap = 0; cap < 64; cap++)
		left += (s.caller.eff & CAPBIT(cap)) != 0;
	if (left == 0)
		return;
	fputs(" *\n * Every caller also holds", fp);
	for (n = 0, cap = 0; cap < 64; cap++) {
		if (!(s.caller.eff & CAPBIT(cap)))
			continue;
		n++;
		fprintf(fp, "%s%s", n == 1 ? " " : n == left ? " and " : ", ",
		    cap_name(cap));
	}
	fputs(",\n * so that neither file modes nor gates decide a case: "
	    "only the check.\n", fp);
}

/* The prose that heads both kinds of test. */
void
emit_about(FILE *fp, const struct spec *spec, const struct iface *f)
{
	char	 mode[64];
	size_t	 i;

	fputs(" * ", fp);
	comment_str(fp, f->name);
	fputs(": ", fp);
	comment_str(fp, mode_name(f->mode, mode, sizeof(mode)));
	fprintf(fp, "; see %s(%d).\n *\n", f->page, f->section);
	comment_text(fp, &f->summary);
	comment_text(fp, &f->text);
	fprintf(fp, " *\n * When the check fails: %s.\n",
	    denial_name(&f->denial));
	for (i = 0; i < f->ngates; i++) {
		fputs(" *\n * Gate ", fp);
		comment_str(fp, f->gates[i].name);
		fprintf(fp, ", %s:\n", gate_order_words(f->gates[i].order)->test);
		comment_text(fp, &f->gates[i].text);
	}
	emit_extra_caps(fp, f);
	if (probe_hidepid(&f->probe) != NULL)
		fprintf(fp, " *\n * The probe uses a /proc instance of the test's own, "
		    "mounted with\n * hidepid=%s in a private mount namespace.\n",
		    probe_hidepid(&f->probe));
	fputs(" *\n * Checked in ", fp);
	comment_str(fp, f->src_file == NULL ? "?" : f->src_file);
	fputs(", ", fp);
	comment_str(fp, f->src_func == NULL ? "?" : f->src_func);
	fputs("(),\n * as of Linux ", fp);
	comment_str(fp, spec->kernel);
	fputs(".\n", fp);
}

/* "step (3) uid mismatch (ruid vs uid): denied, EPERM" */
void
expectation(const struct spec *spec, const struct verdict *v, char *buf,
    size_t bufsz)
{
	char		 num[16], res[48];
	const char	*step;

	if ((step = step_number(spec, v->step, num, sizeof(num))) == NULL)
		step = v->step;
	if (v->result == PA_ERRNO)
		snprintf(res, sizeof(res), "%s %s", result_expect(v->result),
		    v->errname);
	else
		snprintf(res, sizeof(res), "%s", result_expect(v->result));
	snprintf(buf, bufsz, "step %s %s: %s", step, v->reason, res);
}

static void
emit_caps(FILE *fp, const char *indent, size_t col, uint64_t caps)
{
	char	 word[64];
	int	 cap, first;

	first = 1;
	for (cap = 0; cap < 64; cap++) {
		if (!(caps & CAPBIT(cap)))
			continue;
		snprintf(word, sizeof(word), "PA_CAP(%s)", cap_name(cap));
		if (!first && col + 3 + strlen(word) > 72) {
			fprintf(fp, " |\n%s\t", indent);
			col = 8 * (strlen(indent) + 1);
		} else if (!first) {
			fputs(" | ", fp);
			col += 3;
		}
		fputs(word, fp);
		col += strlen(word);
		first = 0;
	}
	if (first)
		fputc('0', fp);
}

static void
emit_ids(FILE *fp, const char *name, const unsigned int *ids)
{
	fprintf(fp, ".%s = { %u, %u, %u, %u }", name, ids[ID_REAL],
	    ids[ID_EFF], ids[ID_SAVED], ids[ID_FS]);
}

static void
emit_cred(FILE *fp, const char *indent, const struct creds *c)
{
	fprintf(fp, "{\n%s    ", indent);
	emit_ids(fp, "uid", c->uid);
	fputs(",\n", fp);
	fprintf(fp, "%s    ", indent);
	emit_ids(fp, "gid", c->gid);
	fputs(",\n", fp);
	fprintf(fp, "%s    .eff = ", indent);
	emit_caps(fp, indent, 8 * strlen(indent) + 11, c->eff);
	fprintf(fp, ",\n%s    .perm = ", indent);
	emit_caps(fp, indent, 8 * strlen(indent) + 12, c->perm);
	fprintf(fp, " }");
}

/*
 * Under Yama the expectation changes from one scope on (1, 2 or 3) and
 * stays so above it: each scope only takes away from the one below
 * (model/yama.h).  The test reads the scope when it runs.
 */
static void
emit_yama(FILE *fp, const struct spec *spec, const struct iface *f,
    const struct scenario *s, const struct verdict *v)
{
	struct scenario	 at;
	struct verdict	 y;
	char		 expect[256];

	at = *s;
	for (at.yama = 1; at.yama < YAMA_SCOPES; at.yama++) {
		algo_decide(f, &at, &y);
		if (y.result != v->result || y.errnum != v->errnum)
			break;
	}
	if (at.yama == YAMA_SCOPES)
		return;
	expectation(spec, &y, expect, sizeof(expect));
	fprintf(fp, "\t\t.yama_from = %d,\n\t\t.yama_expect =\n\t\t    \"",
	    at.yama);
	esc_c_string(fp, expect, strlen(expect));
	fprintf(fp, "\",\n\t\t.yama_want = %s,\n", result_enum_name(y.result));
	if (y.result == PA_ERRNO)
		fprintf(fp, "\t\t.yama_want_err = %s,\n", y.errname);
}

/* ".lo = \"6.12.117\", .lo_after = 1, " */
static void
bound(FILE *fp, const char *name, const struct kver *b)
{
	fprintf(fp, ".%s = \"", name);
	esc_c_string(fp, b->v, strlen(b->v));
	fprintf(fp, "\", .%s_after = %d, ", name, b->eps);
}

/*
 * The case's expectations on other releases, where they differ from
 * the one above: the test picks them by the running kernel's release
 * (ranges/spans.c).
 */
static void
emit_alts(FILE *fp, const struct spec *spec, const struct iface *f,
    const struct scenario *sc, const struct scenario *s,
    const struct verdict *v)
{
	struct span	*sp;
	struct piece	*p;
	char		 expect[256];
	size_t		 i, n, nalts = 0;

	n = case_spans(spec, f, sc, &sp);
	for (i = 0; i < n; i++) {
		p = &sp[i].piece;
		/* The caller is set up once: elsewhere, the model cannot say. */
		if (p->known && memcmp(&p->s.caller, &s->caller,
		    sizeof(s->caller)) != 0) {
			p->known = 0;
			snprintf(p->why, sizeof(p->why), "the caller needs "
			    "other capabilities in this release");
		}
		if (p->known && p->v.result == v->result &&
		    p->v.errnum == v->errnum &&
		    strcmp(p->v.step, v->step) == 0 &&
		    strcmp(p->v.reason, v->reason) == 0)
			continue;
		fputs(nalts++ == 0 ? "\t\t.alts = (const struct pa_alt[]){\n" :
		    "", fp);
		fputs("\t\t    { ", fp);
		if (sp[i].lo.v != NULL)
			bound(fp, "lo", &sp[i].lo);
		if (sp[i].hi.v != NULL)
			bound(fp, "hi", &sp[i].hi);
		if (!p->known) {
			fputs("\n\t\t      .unknown = \"", fp);
			esc_c_string(fp, p->why, strlen(p->why));
			fputs("\" },\n", fp);
			continue;
		}
		expectation(spec, &p->v, expect, sizeof(expect));
		fputs("\n\t\t      .expect = \"", fp);
		esc_c_string(fp, expect, strlen(expect));
		fprintf(fp, "\",\n\t\t      .want = %s",
		    result_enum_name(p->v.result));
		if (p->v.result == PA_ERRNO)
			fprintf(fp, ", .want_err = %s", p->v.errname);
		fputs(" },\n", fp);
	}
	if (nalts > 0)
		fprintf(fp, "\t\t},\n\t\t.nalts = %zu,\n", nalts);
	free(sp);
}

void
emit_case(FILE *fp, const struct spec *spec, const struct iface *f,
    const struct scenario *sc, int alts)
{
	struct scenario	 s;
	struct verdict	 v;
	char		 expect[512];

	scenario_adapt(f, sc, &s);
	algo_decide(f, &s, &v);
	expectation(spec, &v, expect, sizeof(expect));

	comment_wrapped(fp, s.what);
	fputs("\t{\n", fp);
	fprintf(fp, "\t\t.scenario = \"%s\",\n", s.id);
	/* A long expectation goes on a line of its own. */
	fputs(strlen(expect) > 48 ? "\t\t.expect =\n\t\t    \"" :
	    "\t\t.expect = \"", fp);
	esc_c_string(fp, expect, strlen(expect));
	fputs("\",\n\t\t.caller = ", fp);
	emit_cred(fp, "\t\t", &s.caller);
	fputs(",\n\t\t.target = {\n\t\t    .cred = ", fp);
	emit_cred(fp, "\t\t    ", &s.target);
	fprintf(fp, ",\n\t\t    .dumpable = %d,\n\t\t    .thread = %d",
	    s.dumpable, s.same_group);
	if (relation_enum_name(s.relation) != NULL)
		fprintf(fp, ",\n\t\t    .relation = %s",
		    relation_enum_name(s.relation));
	fputs(" },\n", fp);
	fprintf(fp, "\t\t.want = %s,\n", result_enum_name(v.result));
	if (v.result == PA_ERRNO)
		fprintf(fp, "\t\t.want_err = %s,\n", v.errname);
	emit_yama(fp, spec, f, &s, &v);
	if (alts)
		emit_alts(fp, spec, f, sc, &s, &v);
	fputs("\t},\n", fp);
}
