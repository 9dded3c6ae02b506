/*
 * The roff fragments that the page templates (man2/, man5/) insert.
 *
 * Sentences the generator composes are written in the spec's markup
 * first and then rendered by roff_markup(), so that generated text and
 * spec text go through the same escaping.  Fragment names:
 *
 *	head.PAGE.SEC		comment header and .TH line
 *	ptrace.intro, ptrace.levels, ptrace.creds, ptrace.combined,
 *	ptrace.noaudit, ptrace.algorithm, ptrace.table
 *	access.ID		the paragraph about one interface
 *	errors.PAGE		ERRORS entries for the interfaces of a page
 *	proc.entries		one tagged entry per /proc interface
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "escape.h"
#include "markup.h"
#include "model.h"
#include "names.h"
#include "out.h"
#include "outfile.h"
#include "roff.h"
#include "sbuf.h"
#include "xalloc.h"

#define PROJECT		"ptrace-access"

/* Pages of the project's own, which get a header but no paragraphs. */
static const char *const own_pages[][2] = {
	{ "ptrace", "2" }, { "proc", "5" },
	{ "ptrace-access", "1" }, { "ptrace-access", "5" },
};

/* Render markup built by the generator; para separates paragraphs. */
static void
say_in(FILE *fp, struct sbuf *b, const char *para)
{
	roff_markup(fp, b->s, para);
	sbuf_reset(b);
}

static void
say(FILE *fp, struct sbuf *b)
{
	roff_markup(fp, b->s, ".P");
	sbuf_reset(b);
}

static void
commit_comment(FILE *fp, const struct version *v)
{
	if (v->commit != NULL)
		fprintf(fp, ".\\\" commit %s\n", v->commit);
}

static void
mode_span(struct sbuf *b, unsigned int mode)
{
	char	 name[96];

	sbuf_printf(b, "{b:%s}", mode_name(mode & ~MODE_NOAUDIT, name,
	    sizeof(name)));
}

/* ".BR PTRACE_MODE_READ " (since Linux 2.6.27)"" and its commit. */
static void
flag_tag(FILE *fp, const struct flag *f)
{
	fputs(".TP\n", fp);
	if (f->since.name != NULL)
		fprintf(fp, ".BR PTRACE_MODE_%s \" (since Linux %s)\"\n",
		    f->name, f->since.name);
	else
		fprintf(fp, ".B PTRACE_MODE_%s\n", f->name);
	commit_comment(fp, &f->since);
	roff_markup(fp, f->text.src, ".IP");
}

static void
write_head(FILE *fp, const struct spec *s, const char *page, const char *sec)
{
	fprintf(fp, ".\\\" Copyright %s\n.\\\"\n"
	    ".\\\" SPDX-License-Identifier: %s\n.\\\"\n"
	    ".\\\" Generated from %s; edit that, not this page.\n"
	    ".TH %s %s %s \"%s (Linux %s)\"\n",
	    s->copyright, s->license, "spec/ptrace-access.yaml",
	    page, sec, s->date, PROJECT, s->kernel);
}

static void
out_head(const struct spec *s, const char *dir, const char *page,
    const char *sec)
{
	char	 name[128];

	snprintf(name, sizeof(name), "head.%s.%s", page, sec);
	write_head(outfile_open(dir, name), s, page, sec);
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
		say(fp, &b);
	}
	sbuf_free(&b);
}

/*
 * ptrace(2): the two levels, each with the interfaces of the table
 * that the spec marks as examples.
 */
static void
level_examples(FILE *fp, const struct spec *s, unsigned int level)
{
	list_paragraph(fp, s, "Examples:", level, 1);
}

static void
out_levels(const struct spec *s, const char *dir)
{
	FILE		*fp = outfile_open(dir, "ptrace.levels");
	unsigned int	 level;

	for (level = MODE_READ; level <= MODE_ATTACH; level <<= 1) {
		flag_tag(fp, spec_flag(s, level));
		level_examples(fp, s, level);
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
			fprintf(fp, ".TP\n.B %s\n", mode_name(mode, name,
			    sizeof(name)));
			sbuf_printf(&b, "Stands for {b:PTRACE_MODE_%s | "
			    "PTRACE_MODE_%s}.\nIn the ptrace-access table, %zu "
			    "interface%s this mode.", flag_name(level),
			    flag_name(creds), n, n == 1 ? " uses" : "s use");
			say(fp, &b);
		}
	sbuf_free(&b);
}

static void
out_noaudit(const struct spec *s, const char *dir)
{
	FILE	*fp = outfile_open(dir, "ptrace.noaudit");

	flag_tag(fp, spec_flag(s, MODE_NOAUDIT));
	list_paragraph(fp, s, "In the ptrace-access table, it is used by",
	    MODE_NOAUDIT, 0);
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
		roff_markup(fp, st->bullets[i].src, ".IP");
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
	roff_markup(fp, st->text.src, ".IP");
	out_bullets(fp, st);
	if (st->after.src != NULL) {
		fputs(".IP\n", fp);
		roff_markup(fp, st->after.src, ".IP");
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

	roff_markup(fp, s->algorithm_intro.src, ".P");
	for (i = 0; i < s->nsteps; i++) {
		snprintf(num, sizeof(num), "%zu", i + 1);
		out_step(fp, &s->steps[i], num, 5, i == 0);
	}
}

static void
denial_clause(struct sbuf *b, const struct iface *f)
{
	switch (f->denial.kind) {
	case DENY_ERRNO:
		sbuf_printf(b, "if it fails, %s fails with the error "
		    "{b:%s}.\n", operation_words(f->op)->failing, f->denial.errname);
		break;
	case DENY_ZEROED:
		sbuf_printf(b, "if it fails, %s still succeeds,\n"
		    "but some fields are shown as zero.\n", operation_words(f->op)->failing);
		break;
	case DENY_PRINTS_ZERO:
		sbuf_printf(b, "if it fails, the file reads as {b:0}.\n");
		break;
	case DENY_OMITTED:
		sbuf_printf(b, "if it fails, the entry is left out.\n");
		break;
	case DENY_NONE:
		sbuf_printf(b, "its result never denies access.\n");
		break;
	}
}

static void
history_sentences(FILE *fp, struct sbuf *b, const struct iface *f,
    const char *para)
{
	const struct change *c;
	unsigned int	 after;
	size_t		 i;

	for (i = 0; i < f->nhistory; i++) {
		c = &f->history[i];
		after = i + 1 < f->nhistory ? f->history[i + 1].before :
		    f->mode;
		if (c->version.name != NULL)
			sbuf_printf(b, "Since Linux %s, the check uses ",
			    c->version.name);
		else
			sbuf_printf(b, "The check now uses ");
		mode_span(b, after);
		sbuf_printf(b, ";\n%s, it used ", c->version.name != NULL ?
		    "before that" : "in earlier kernels");
		mode_span(b, c->before);
		sbuf_printf(b, ".");
		say_in(fp, b, para);
		commit_comment(fp, &c->version);
		if (c->text.src != NULL)
			roff_markup(fp, c->text.src, para);
	}
}

static void
since_sentence(FILE *fp, struct sbuf *b, const struct iface *f,
    const char *para)
{
	/* An unknown release is left unsaid; the spec keeps the reason. */
	if (f->since.name == NULL)
		return;
	sbuf_printf(b, "The check has been made since Linux %s.",
	    f->since.name);
	say_in(fp, b, para);
	commit_comment(fp, &f->since);
}

static void
gate_sentences(FILE *fp, const struct iface *f, const char *para)
{
	size_t	 i;

	for (i = 0; i < f->ngates; i++)
		roff_markup(fp, f->gates[i].text.src, para);
}

/*
 * The paragraph of one interface: the check, its failure, the other
 * gates, the history, and the spec's own further text.
 */
static void
access_paragraph(FILE *fp, const struct iface *f, const char *para)
{
	struct sbuf	 b = { NULL, 0, 0 };

	sbuf_printf(&b, "%s requires the caller to pass a ptrace access "
	    "mode\n", 
	    f->op == OP_SYSCALL && f->kind != IFACE_SYSCALL ?
	    "This operation" : operation_words(f->op)->doing);
	mode_span(&b, f->mode);
	sbuf_printf(&b, "\ncheck against the target process\n"
	    "(see {man:ptrace(2)});\n");
	denial_clause(&b, f);
	b.s[b.len - 1] = '\0';
	say_in(fp, &b, para);
	if (f->mode & MODE_NOAUDIT) {
		sbuf_printf(&b, "The check is made with "
		    "{b:PTRACE_MODE_NOAUDIT},\nso that a failure is not "
		    "normally audited.");
		say_in(fp, &b, para);
	}
	gate_sentences(fp, f, para);
	if (f->text.src != NULL)
		roff_markup(fp, f->text.src, para);
	since_sentence(fp, &b, f, para);
	history_sentences(fp, &b, f, para);
	sbuf_free(&b);
}

static void
out_access(const struct spec *s, const char *dir)
{
	FILE	*fp;
	char	 name[128];
	size_t	 i;

	for (i = 0; i < s->nifaces; i++) {
		snprintf(name, sizeof(name), "access.%s", s->ifaces[i].id);
		fp = outfile_open(dir, name);
		access_paragraph(fp, &s->ifaces[i], ".P");
	}
}

/*
 * ERRORS entries of one page: one per errno and mode, in the order
 * man-pages(7) wants (alphabetical by error name).
 */
static int
by_errname(const void *a, const void *b)
{
	const struct iface *fa = *(const struct iface *const *)a;
	const struct iface *fb = *(const struct iface *const *)b;
	int	 c = strcmp(fa->denial.errname, fb->denial.errname);

	return c != 0 ? c : (int)fa->mode - (int)fb->mode;
}

static void
errors_entries(FILE *fp, const struct iface **v, size_t n)
{
	struct sbuf	 b = { NULL, 0, 0 };
	size_t		 i;

	qsort(v, n, sizeof(*v), by_errname);
	for (i = 0; i < n; i++) {
		if (i > 0 && by_errname(&v[i - 1], &v[i]) == 0)
			continue;
		fprintf(fp, ".TP\n.B %s\n", v[i]->denial.errname);
		sbuf_printf(&b, "The caller did not pass the ptrace access "
		    "mode\n");
		mode_span(&b, v[i]->mode);
		sbuf_printf(&b, "\ncheck against the target process;\n"
		    "see {man:ptrace(2)}.");
		say(fp, &b);
	}
	sbuf_free(&b);
}

static void
out_errors(const struct spec *s, const char *dir, const char *page)
{
	const struct iface **v;
	FILE		*fp;
	char		 name[128];
	size_t		 i, n = 0;

	v = xcalloc(s->nifaces + 1, sizeof(*v));
	for (i = 0; i < s->nifaces; i++)
		if (strcmp(s->ifaces[i].page, page) == 0 &&
		    s->ifaces[i].denial.kind == DENY_ERRNO)
			v[n++] = &s->ifaces[i];
	snprintf(name, sizeof(name), "errors.%s", page);
	fp = outfile_open(dir, name);
	errors_entries(fp, v, n);
	free(v);
}

/* "Other gates: {b:CAP_SYS_NICE} (after the check)." */
static void
table_gates(struct sbuf *b, const struct iface *f)
{
	size_t	 i;

	for (i = 0; i < f->ngates; i++)
		sbuf_printf(b, "%s{b:%s} (%s)%s", i == 0 ?
		    "\nOther gates:\n" : "\n", f->gates[i].name,
		    gate_order_words(f->gates[i].order)->page,
		    i + 1 == f->ngates ? "." : ",");
}

/* ptrace(2)'s table of every interface: a tagged list, one per entry. */
static void
out_table(const struct spec *s, const char *dir)
{
	FILE		*fp = outfile_open(dir, "ptrace.table");
	struct sbuf	 b = { NULL, 0, 0 };
	const struct iface *f;
	size_t		 i;

	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		fputs(".TP\n", fp);
		iface_markup(&b, f);
		if (f->kind == IFACE_SYSCALL && strcmp(f->page, f->name) != 0)
			sbuf_printf(&b, "\n(in {man:%s(%d)})", f->page,
			    f->section);
		say(fp, &b);
		mode_span(&b, f->mode);
		if (f->mode & MODE_NOAUDIT)
			sbuf_printf(&b, "\nwith {b:PTRACE_MODE_NOAUDIT}");
		sbuf_printf(&b, ",\nchecked %s;\n", operation_words(f->op)->when);
		if (f->denial.kind == DENY_ERRNO)
			sbuf_printf(&b, "a denial gives {b:%s}.",
			    f->denial.errname);
		else
			sbuf_printf(&b, "%s.", denial_words(f->denial.kind)->phrase);
		table_gates(&b, f);
		say(fp, &b);
	}
	sbuf_free(&b);
}

/* proc(5): one tagged entry per /proc interface. */
static void
out_proc_entries(const struct spec *s, const char *dir)
{
	FILE		*fp = outfile_open(dir, "proc.entries");
	struct sbuf	 b = { NULL, 0, 0 };
	const struct iface *f;
	size_t		 i;

	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		if (f->kind != IFACE_PROC)
			continue;
		fprintf(fp, ".TP\n");
		sbuf_printf(&b, "{path:%s}", f->name);
		say(fp, &b);
		roff_markup(fp, f->summary.src, ".IP");
		fputs(".IP\n", fp);
		access_paragraph(fp, f, ".IP");
	}
	sbuf_free(&b);
}


/* "/proc/[pid]/environ" -> "/proc/pid/environ", for a NAME line. */
static void
plain_path(struct sbuf *b, const char *name)
{
	for (; *name != '\0'; name++)
		if (*name != '[' && *name != ']')
			sbuf_printf(b, "%c", *name);
}

/*
 * The split layout of current man-pages: one page per /proc file,
 * named after the interface id, e.g. proc_pid_environ(5).
 */
static void
out_split_page(const struct spec *s, const char *dir, const struct iface *f)
{
	struct sbuf	 b = { NULL, 0, 0 };
	FILE		*fp;
	char		 name[128];

	snprintf(name, sizeof(name), "%s.5", f->id);
	fp = outfile_open(dir, name);
	write_head(fp, s, f->id, "5");
	fputs(".SH NAME\n", fp);
	plain_path(&b, f->name);
	esc_roff(fp, b.s, b.len);
	sbuf_reset(&b);
	fputs(" \\- ptrace access mode check (ptrace-access companion page)\n"
	    ".SH DESCRIPTION\n.TP\n", fp);
	sbuf_printf(&b, "{path:%s}", f->name);
	say(fp, &b);
	roff_markup(fp, f->summary.src, ".IP");
	fputs(".IP\n", fp);
	access_paragraph(fp, f, ".IP");
	fputs(".SH SEE ALSO\n.BR ptrace (2),\n.BR proc (5),\n"
	    ".BR ptrace\\-access (5)\n", fp);
	sbuf_free(&b);
}

static void
out_split(const struct spec *s, const char *dir)
{
	size_t	 i;

	for (i = 0; i < s->nifaces; i++)
		if (s->ifaces[i].kind == IFACE_PROC)
			out_split_page(s, dir, &s->ifaces[i]);
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
		say(fp, &b);
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
		out_head(s, dir, own_pages[i][0], own_pages[i][1]);
	for (i = 0; i < s->nifaces; i++) {
		if (page_seen(s, i, s->ifaces[i].page) ||
		    strcmp(s->ifaces[i].page, "ptrace") == 0 ||
		    strcmp(s->ifaces[i].page, "proc") == 0)
			continue;
		snprintf(sec, sizeof(sec), "%d", s->ifaces[i].section);
		out_head(s, dir, s->ifaces[i].page, sec);
		out_errors(s, dir, s->ifaces[i].page);
	}
}

int
out_roff(const struct spec *s, const char *dir, int split)
{
	struct sbuf	 b = { NULL, 0, 0 };
	FILE		*fp;

	out_heads(s, dir);
	fp = outfile_open(dir, "ptrace.intro");
	sbuf_printf(&b, "%s", s->intro.src);
	say(fp, &b);
	sbuf_free(&b);
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
