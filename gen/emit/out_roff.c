/*
 * The roff fragments that the page templates (man2/, man5/) insert.
 *
 * Sentences the generator composes are written in the spec's markup
 * first and then rendered by roff_markup(), so that generated text and
 * spec text go through the same escaping.  Fragment names:
 *
 *	head.PAGE.SEC		comment header and .TH line
 *	ptrace.intro, ptrace.levels, ptrace.creds, ptrace.combined,
 *	ptrace.noaudit, ptrace.algorithm, ptrace.yama
 *	ptrace.table		the tbl(1) table (emit/roff_table.c)
 *	access.ID		the paragraph about one interface
 *	errors.PAGE		ERRORS entries for the interfaces of a page
 *	proc.entries		one tagged entry per /proc interface
 *				(those three: emit/roff_access.c)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/roff_frag.h"
#include "spec/markup.h"
#include "model/model.h"
#include "model/names.h"
#include "emit/out.h"
#include "outfile.h"
#include "roff/roff.h"
#include "sbuf.h"
#include "xalloc.h"

#define PROJECT		"ptrace-access"
#define SELF		"ptrace(2)"

/*
 * Pages of the project's own, which get a header but no paragraphs;
 * ptrace(2) holds the table, and tbl(1) must be told so.
 */
static const struct {
	const char	*page, *sec;
	int		 tbl;
} own_pages[] = {
	{ "ptrace", "2", 1 }, { "proc", "5", 0 },
	{ "ptrace-access", "1", 0 }, { "ptrace-access", "5", 0 },
};

/*
 * "{man:ptrace(2)}" in a fragment of ptrace(2) becomes "{b:ptrace}()":
 * man-pages(7) never lets a page refer to itself.
 */
void
self_rewrite(struct sbuf *b, const char *self)
{
	struct sbuf	 out = { NULL, 0, 0 };
	const char	*p, *hit, *paren;
	size_t		 n;

	if (self == NULL || b->s == NULL)
		return;
	n = strlen(self);
	paren = strchr(self, '(');
	for (p = b->s; (hit = strstr(p, "{man:")) != NULL; p = hit) {
		sbuf_printf(&out, "%.*s", (int)(hit - p), p);
		if (strncmp(hit + 5, self, n) == 0 && hit[5 + n] == '}') {
			sbuf_printf(&out, "{b:%.*s}()", (int)(paren - self),
			    self);
			hit += 5 + n + 1;
		} else {
			sbuf_printf(&out, "{man:");
			hit += 5;
		}
	}
	sbuf_printf(&out, "%s", p);
	sbuf_reset(b);
	sbuf_printf(b, "%s", out.s);
	sbuf_free(&out);
}

void
page_markup(FILE *fp, const char *src, const char *para, const char *self)
{
	struct sbuf	 b = { NULL, 0, 0 };

	if (src == NULL)
		return;
	sbuf_printf(&b, "%s", src);
	self_rewrite(&b, self);
	roff_markup(fp, b.s, para);
	sbuf_free(&b);
}

void
say_in(FILE *fp, struct sbuf *b, const char *para, const char *self)
{
	page_markup(fp, b->s, para, self);
	sbuf_reset(b);
}

void
commit_comment(FILE *fp, const struct version *v)
{
	if (v->commit != NULL)
		fprintf(fp, ".\\\" commit %s\n", v->commit);
}

void
mode_span(struct sbuf *b, unsigned int mode)
{
	char	 name[96];

	sbuf_printf(b, "{b:%s}", mode_name(mode & ~MODE_NOAUDIT, name,
	    sizeof(name)));
}

/* ".BR \%PTRACE_MODE_READ " (since Linux 2.6.27)"" and its commit. */
static void
flag_tag(FILE *fp, const struct flag *f)
{
	fputs(".TP\n", fp);
	if (f->since.name != NULL)
		fprintf(fp, ".BR \\%%PTRACE_MODE_%s \" (since Linux %s)\"\n",
		    f->name, f->since.name);
	else
		fprintf(fp, ".B \\%%PTRACE_MODE_%s\n", f->name);
	commit_comment(fp, &f->since);
	page_markup(fp, f->text.src, ".IP", SELF);
}

void
write_head(FILE *fp, const struct spec *s, const char *page, const char *sec,
    int tbl)
{
	fprintf(fp, "%s.\\\" Copyright %s\n.\\\"\n"
	    ".\\\" SPDX-License-Identifier: %s\n.\\\"\n"
	    ".\\\" Generated from %s; edit that, not this page.\n"
	    ".TH %s %s %s \"%s (Linux %s)\"\n",
	    tbl ? "'\\\" t\n" : "", s->copyright, s->license,
	    "spec/ptrace-access.yaml", page, sec, s->date, PROJECT, s->kernel);
}

static void
out_head(const struct spec *s, const char *dir, const char *page,
    const char *sec, int tbl)
{
	char	 name[128];

	snprintf(name, sizeof(name), "head.%s.%s", page, sec);
	write_head(outfile_open(dir, name), s, page, sec, tbl);
}

/*
 * Append the interfaces whose mode has any of the bits (and, with
 * examples, that the spec marks as examples) as an English list:
 * "a,\nb,\nand\nc." or "a\nand\nb.".  Returns how many it listed.
 */
static size_t
ref_list(struct sbuf *b, const struct spec *s, unsigned int bits,
    int examples)
{
	size_t	 i, n = 0, total = 0;

#define LISTED(f)	(((f)->mode & bits) && (!examples || (f)->example))
	for (i = 0; i < s->nifaces; i++)
		if (LISTED(&s->ifaces[i]))
			total++;
	for (i = 0; i < s->nifaces; i++) {
		if (!LISTED(&s->ifaces[i]))
			continue;
		if (++n == total && total > 1)
			sbuf_printf(b, "and\n");
		iface_markup(b, &s->ifaces[i]);
		sbuf_printf(b, "%s\n", n == total ? "." :
		    total == 2 ? "" : ",");
	}
#undef LISTED
	return total;
}

/* An .IP paragraph: the lead-in, then the list; nothing if it is empty. */
static void
list_paragraph(FILE *fp, const struct spec *s, const char *lead,
    unsigned int bits, int examples)
{
	struct sbuf	 b = { NULL, 0, 0 };

	sbuf_printf(&b, "%s\n", lead);
	if (ref_list(&b, s, bits, examples) > 0) {
		fputs(".IP\n", fp);
		b.s[b.len - 1] = '\0';
		say_in(fp, &b, ".P", SELF);
	}
	sbuf_free(&b);
}

/*
 * ptrace(2): the two levels, each with the interfaces of the table
 * that the spec marks as examples.
 */
static void
out_levels(const struct spec *s, const char *dir)
{
	FILE		*fp = outfile_open(dir, "ptrace.levels");
	unsigned int	 level;

	for (level = MODE_READ; level <= MODE_ATTACH; level <<= 1) {
		flag_tag(fp, spec_flag(s, level));
		list_paragraph(fp, s, "Examples:", level, 1);
	}
}

static void
out_creds(const struct spec *s, const char *dir)
{
	FILE	*fp = outfile_open(dir, "ptrace.creds");

	flag_tag(fp, spec_flag(s, MODE_FSCREDS));
	flag_tag(fp, spec_flag(s, MODE_REALCREDS));
}

/* The four combined names are derived, never listed in the spec. */
static void
out_combined(const struct spec *s, const char *dir)
{
	FILE		*fp = outfile_open(dir, "ptrace.combined");
	struct sbuf	 b = { NULL, 0, 0 };
	unsigned int	 level, creds, mode;
	size_t		 i, n;
	char		 name[96];

	for (level = MODE_READ; level <= MODE_ATTACH; level <<= 1)
		for (creds = MODE_FSCREDS; creds <= MODE_REALCREDS;
		    creds <<= 1) {
			mode = level | creds;
			for (i = n = 0; i < s->nifaces; i++)
				if ((s->ifaces[i].mode & ~MODE_NOAUDIT) == mode)
					n++;
			fprintf(fp, ".TP\n.B \\%%%s\n", mode_name(mode, name,
			    sizeof(name)));
			sbuf_printf(&b, "Stands for\n{b:PTRACE_MODE_%s}\n|\n"
			    "{b:PTRACE_MODE_%s}.\n%zu of the interfaces in the "
			    "table below use%s this mode.", flag_name(level),
			    flag_name(creds), n, n == 1 ? "s" : "");
			say_in(fp, &b, ".P", SELF);
		}
	sbuf_free(&b);
}

static void
out_noaudit(const struct spec *s, const char *dir)
{
	FILE	*fp = outfile_open(dir, "ptrace.noaudit");

	flag_tag(fp, spec_flag(s, MODE_NOAUDIT));
	list_paragraph(fp, s, "Of the interfaces in the table below, "
	    "it is used by", MODE_NOAUDIT, 0);
}

static void
out_bullets(FILE *fp, const struct step *st)
{
	size_t	 i;

	if (st->nbullets == 0)
		return;
	fputs(".RS\n", fp);
	for (i = 0; i < st->nbullets; i++) {
		fputs(i == 0 ? ".IP \\[bu] 3\n" : ".IP \\[bu]\n", fp);
		page_markup(fp, st->bullets[i].src, ".IP", SELF);
	}
	fputs(".RE\n", fp);
}

/*
 * One step: "(3)" at indent 5, or a substep "(5.1)" at indent 7; the
 * indent is given on the first item of a list only.
 */
static void
out_step(FILE *fp, const struct step *st, const char *num, int indent,
    int first)
{
	size_t	 i;
	char	 sub[48];

	fprintf(fp, first ? ".IP (%s) %d\n" : ".IP (%s)\n", num, indent);
	page_markup(fp, st->text.src, ".IP", SELF);
	out_bullets(fp, st);
	if (st->after.src != NULL) {
		fputs(".IP\n", fp);
		page_markup(fp, st->after.src, ".IP", SELF);
	}
	if (st->nsub == 0)
		return;
	fputs(".RS\n", fp);
	for (i = 0; i < st->nsub; i++) {
		snprintf(sub, sizeof(sub), "%s.%zu", num, i + 1);
		out_step(fp, &st->sub[i], sub, 7, i == 0);
	}
	fputs(".RE\n", fp);
}

static void
out_algorithm(const struct spec *s, const char *dir)
{
	FILE	*fp = outfile_open(dir, "ptrace.algorithm");
	char	 num[24];
	size_t	 i;

	page_markup(fp, s->algorithm_intro.src, ".P", SELF);
	for (i = 0; i < s->nsteps; i++) {
		snprintf(num, sizeof(num), "%zu", i + 1);
		out_step(fp, &s->steps[i], num, 5, i == 0);
	}
}

/*
 * Yama restricts every check made at the ATTACH level, whatever the
 * interface: list them all, from the table.
 */
static void
out_yama(const struct spec *s, const char *dir)
{
	FILE		*fp = outfile_open(dir, "ptrace.yama");
	struct sbuf	 b = { NULL, 0, 0 };
	size_t		 i, n = 0, total = 0;

	for (i = 0; i < s->nifaces; i++)
		if (s->ifaces[i].mode & MODE_ATTACH)
			total++;
	for (i = 0; i < s->nifaces; i++) {
		if (!(s->ifaces[i].mode & MODE_ATTACH))
			continue;
		fputs(n++ == 0 ? ".IP \\[bu] 3\n" : ".IP \\[bu]\n", fp);
		iface_markup(&b, &s->ifaces[i]);
		sbuf_printf(&b, "%s", n == total ? "." : ";");
		say_in(fp, &b, ".P", SELF);
	}
	sbuf_free(&b);
}

/* The distinct pages of the table, in order of first appearance. */
static int
page_seen(const struct spec *s, size_t upto, const char *page)
{
	size_t	 i;

	for (i = 0; i < upto; i++)
		if (strcmp(s->ifaces[i].page, page) == 0)
			return 1;
	return 0;
}

static void
out_heads(const struct spec *s, const char *dir)
{
	char	 sec[4];
	size_t	 i;

	for (i = 0; i < sizeof(own_pages) / sizeof(own_pages[0]); i++)
		out_head(s, dir, own_pages[i].page, own_pages[i].sec,
		    own_pages[i].tbl);
	for (i = 0; i < s->nifaces; i++) {
		if (page_seen(s, i, s->ifaces[i].page) ||
		    strcmp(s->ifaces[i].page, "ptrace") == 0 ||
		    strcmp(s->ifaces[i].page, "proc") == 0)
			continue;
		snprintf(sec, sizeof(sec), "%d", s->ifaces[i].section);
		out_head(s, dir, s->ifaces[i].page, sec, 0);
		out_errors(s, dir, s->ifaces[i].page);
	}
}

int
out_roff(const struct spec *s, const char *dir, int split)
{
	FILE	*fp;

	out_heads(s, dir);
	fp = outfile_open(dir, "ptrace.intro");
	page_markup(fp, s->intro.src, ".P", SELF);
	out_levels(s, dir);
	out_creds(s, dir);
	out_combined(s, dir);
	out_noaudit(s, dir);
	out_algorithm(s, dir);
	out_table(s, dir);
	out_access(s, dir);
	out_proc_entries(s, dir);
	out_yama(s, dir);
	if (split)
		out_split(s, dir);
	return 0;
}
