/*
 * The paragraph that states the check of one interface, the ERRORS
 * entries of a page, and proc(5): one entry per /proc interface, in
 * one page or (the split layout) one page per file.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/roff_frag.h"
#include "emit/escape.h"
#include "model/model.h"
#include "model/names.h"
#include "outfile.h"
#include "sbuf.h"
#include "xalloc.h"

/* Which fields and values a zeroed read shows is the spec's to say. */
static void
denial_clause(struct sbuf *b, const struct iface *f)
{
	switch (f->denial.kind) {
	case DENY_ERRNO:
		sbuf_printf(b, "if it fails, %s fails with the error "
		    "{b:%s}.\n", operation_words(f->op)->failing,
		    f->denial.errname);
		break;
	case DENY_ZEROED:
		sbuf_printf(b, "if it fails, %s still succeeds,\n"
		    "but some fields are masked.\n",
		    operation_words(f->op)->failing);
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

/* The mode after history entry i: the next entry's "before", or now. */
static unsigned int
mode_after(const struct iface *f, size_t i)
{
	return i + 1 < f->nhistory ? f->history[i + 1].before : f->mode;
}

/*
 * An entry that only added the credential modifier to the level, as
 * Linux 4.5 did to every check; proc(5) says it once for all files.
 */
static int
creds_split(const struct iface *f, size_t i)
{
	unsigned int	 before = f->history[i].before, after = mode_after(f, i);

	return f->history[i].version.name != NULL &&
	    f->history[i].text.src == NULL &&
	    (before & MODE_CREDS) == 0 && (after & MODE_CREDS) != 0 &&
	    (before & MODE_LEVELS) == (after & MODE_LEVELS);
}

static int
same_str(const char *a, const char *b)
{
	return a == NULL ? b == NULL : b != NULL && strcmp(a, b) == 0;
}

/* Has g the same split as f's entry i (release, commit, modifier)? */
static int
same_split(const struct iface *f, size_t i, const struct iface *g)
{
	const struct version *v = &f->history[i].version;
	size_t		 j;

	for (j = 0; j < g->nhistory; j++)
		if (creds_split(g, j) &&
		    same_str(v->name, g->history[j].version.name) &&
		    same_str(v->commit, g->history[j].version.commit) &&
		    (mode_after(f, i) & MODE_CREDS) ==
		    (mode_after(g, j) & MODE_CREDS))
			return 1;
	return 0;
}

/* Is f's entry i a split that another /proc interface shares? */
static int
split_shared(const struct spec *s, const struct iface *f, size_t i)
{
	size_t	 k;

	if (s == NULL || f->kind != IFACE_PROC || !creds_split(f, i))
		return 0;
	for (k = 0; k < s->nifaces; k++)
		if (&s->ifaces[k] != f && s->ifaces[k].kind == IFACE_PROC &&
		    same_split(f, i, &s->ifaces[k]))
			return 1;
	return 0;
}

/* With shared set, a split shared with other /proc files is left out. */
static void
history_sentences(FILE *fp, struct sbuf *b, const struct iface *f,
    const char *para, const char *self, const struct spec *shared)
{
	const struct change *c;
	unsigned int	 after;
	size_t		 i;

	for (i = 0; i < f->nhistory; i++) {
		if (split_shared(shared, f, i))
			continue;
		c = &f->history[i];
		after = mode_after(f, i);
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
		say_in(fp, b, para, self);
		commit_comment(fp, &c->version);
		if (c->text.src != NULL)
			page_markup(fp, c->text.src, para, self);
	}
}

static void
since_sentence(FILE *fp, struct sbuf *b, const struct iface *f,
    const char *para, const char *self)
{
	/* An unknown release is left unsaid; the spec keeps the reason. */
	if (f->since.name == NULL)
		return;
	sbuf_printf(b, "The check has been made since Linux %s.",
	    f->since.name);
	say_in(fp, b, para, self);
	commit_comment(fp, &f->since);
}

/* Does the interface have a gate with exactly this text? */
static int
has_gate_text(const struct iface *f, const char *src)
{
	size_t	 j;

	for (j = 0; j < f->ngates; j++)
		if (f->gates[j].text.src != NULL &&
		    strcmp(f->gates[j].text.src, src) == 0)
			return 1;
	return 0;
}

/*
 * A gate that several /proc interfaces share word for word is stated
 * once in proc(5), after the entries (shared_gate()).
 */
static int
gate_shared(const struct spec *s, const struct iface *f, const struct gate *g)
{
	size_t	 i;

	if (s == NULL || f->kind != IFACE_PROC || g->text.src == NULL)
		return 0;
	for (i = 0; i < s->nifaces; i++)
		if (&s->ifaces[i] != f && s->ifaces[i].kind == IFACE_PROC &&
		    has_gate_text(&s->ifaces[i], g->text.src))
			return 1;
	return 0;
}

/*
 * Who makes the check.  One use of a call ("ptrace_attach") is named by
 * its one-line summary, "Attaching a tracer with {b:PTRACE_ATTACH} ...";
 * requests of prctl(2) and ioctl(2) are operations, not the call.
 */
static void
subject(struct sbuf *b, const struct iface *f)
{
	const char	*s = f->summary.src;
	size_t		 n = s == NULL ? 0 : strlen(s);

	while (n > 0 && s[n - 1] == '\n')
		n--;
	if (f->kind == IFACE_SYSCALL && strcmp(f->id, f->name) != 0 &&
	    n > 1 && memchr(s, '\n', n) == NULL && s[n - 1] == '.')
		sbuf_printf(b, "%.*s", (int)(n - 1), s);
	else if (f->op == OP_SYSCALL && f->kind != IFACE_SYSCALL)
		sbuf_printf(b, "This operation");
	else
		sbuf_printf(b, "%s", operation_words(f->op)->doing);
}

/*
 * The paragraph of one interface: the check, its failure, the other
 * gates, the spec's own further text, and the history.  With shared
 * set, gates shared with other /proc interfaces are left to the page.
 */
static void
access_paragraph(FILE *fp, const struct iface *f, const char *para,
    const char *self, const struct spec *shared)
{
	struct sbuf	 b = { NULL, 0, 0 };
	size_t		 i;

	subject(&b, f);
	sbuf_printf(&b, "\nrequires the caller to pass a ptrace access mode\n");
	mode_span(&b, f->mode);
	/* ptrace(2) describes the check itself, further down. */
	sbuf_printf(&b, "\ncheck against the target process\n(%s);\n",
	    strcmp(f->page, "ptrace") == 0 ? "described below" :
	    "see {man:ptrace(2)}");
	denial_clause(&b, f);
	b.s[b.len - 1] = '\0';
	say_in(fp, &b, para, self);
	if (f->mode & MODE_NOAUDIT) {
		sbuf_printf(&b, "The check is made with "
		    "{b:PTRACE_MODE_NOAUDIT},\nso that a failure is not "
		    "normally audited.");
		say_in(fp, &b, para, self);
	}
	for (i = 0; i < f->ngates; i++)
		if (!gate_shared(shared, f, &f->gates[i]))
			page_markup(fp, f->gates[i].text.src, para, self);
	if (f->text.src != NULL)
		page_markup(fp, f->text.src, para, self);
	/* The notes that hold in the release the pages describe. */
	for (i = 0; i < f->nnotes; i++)
		page_markup(fp, f->notes[i].text.src, para, self);
	since_sentence(fp, &b, f, para, self);
	history_sentences(fp, &b, f, para, self, shared);
	sbuf_free(&b);
}

static void
page_of(char *buf, size_t bufsz, const struct iface *f)
{
	snprintf(buf, bufsz, "%s(%d)", f->page, f->section);
}

void
out_access(const struct spec *s, const char *dir)
{
	FILE	*fp;
	char	 name[128], self[96];
	size_t	 i;

	for (i = 0; i < s->nifaces; i++) {
		snprintf(name, sizeof(name), "access.%s", s->ifaces[i].id);
		fp = outfile_open(dir, name);
		page_of(self, sizeof(self), &s->ifaces[i]);
		access_paragraph(fp, &s->ifaces[i], ".P", self, NULL);
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
		say_in(fp, &b, ".P", NULL);
	}
	sbuf_free(&b);
}

void
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

/* Is this gate's text the first of its kind among the /proc entries? */
static int
gate_first(const struct spec *s, size_t upto, const struct gate *g)
{
	size_t	 i;

	for (i = 0; i < upto; i++)
		if (s->ifaces[i].kind == IFACE_PROC &&
		    has_gate_text(&s->ifaces[i], g->text.src))
			return 0;
	return 1;
}

/* "For\n{path:a},\n{path:b}\nand\n{path:c}:", the files a fact is about. */
static void
for_files(struct sbuf *b, const struct iface *const *v, size_t n)
{
	size_t	 i;

	sbuf_printf(b, "For");
	for (i = 0; i < n; i++)
		sbuf_printf(b, "\n%s{path:%s}%s", i + 1 == n ? "and\n" : "",
		    v[i]->name, i + 1 == n ? ":" : n == 2 ? "" : ",");
}

/* The gate's text, once, for every /proc file that has it. */
static void
shared_gate(FILE *fp, const struct spec *s, const struct gate *g)
{
	const struct iface **v;
	struct sbuf	 b = { NULL, 0, 0 };
	size_t		 i, n = 0;

	v = xcalloc(s->nifaces + 1, sizeof(*v));
	for (i = 0; i < s->nifaces; i++)
		if (s->ifaces[i].kind == IFACE_PROC &&
		    has_gate_text(&s->ifaces[i], g->text.src))
			v[n++] = &s->ifaces[i];
	for_files(&b, v, n);
	fputs(".P\n", fp);
	say_in(fp, &b, ".P", "proc(5)");
	page_markup(fp, g->text.src, ".P", "proc(5)");
	sbuf_free(&b);
	free(v);
}

/* A credential split, once, for every /proc file that had it. */
static void
shared_split(FILE *fp, const struct spec *s, const struct iface *f, size_t i)
{
	const struct iface **v;
	struct sbuf	 b = { NULL, 0, 0 };
	size_t		 k, n = 0;

	v = xcalloc(s->nifaces + 1, sizeof(*v));
	for (k = 0; k < s->nifaces; k++)
		if (s->ifaces[k].kind == IFACE_PROC &&
		    same_split(f, i, &s->ifaces[k]))
			v[n++] = &s->ifaces[k];
	for_files(&b, v, n);
	sbuf_printf(&b, "\nsince Linux %s, the check names the credential "
	    "modifier\n{b:PTRACE_MODE_%s};\nbefore that, it named the level "
	    "alone.", f->history[i].version.name,
	    flag_name(mode_after(f, i) & MODE_CREDS));
	fputs(".P\n", fp);
	say_in(fp, &b, ".P", "proc(5)");
	commit_comment(fp, &f->history[i].version);
	sbuf_free(&b);
	free(v);
}

/* Is f's entry i the first of its split among the first upto files? */
static int
split_first(const struct spec *s, size_t upto, const struct iface *f,
    size_t i)
{
	size_t	 k;

	for (k = 0; k < upto; k++)
		if (s->ifaces[k].kind == IFACE_PROC &&
		    same_split(f, i, &s->ifaces[k]))
			return 0;
	return 1;
}

/* proc(5): one tagged entry per /proc interface, then what they share. */
void
out_proc_entries(const struct spec *s, const char *dir)
{
	FILE		*fp = outfile_open(dir, "proc.entries");
	struct sbuf	 b = { NULL, 0, 0 };
	const struct iface *f;
	size_t		 i, j;

	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		if (f->kind != IFACE_PROC)
			continue;
		fprintf(fp, ".TP\n");
		sbuf_printf(&b, "{path:%s}", f->name);
		say_in(fp, &b, ".P", "proc(5)");
		page_markup(fp, f->summary.src, ".IP", "proc(5)");
		fputs(".IP\n", fp);
		access_paragraph(fp, f, ".IP", "proc(5)", s);
	}
	for (i = 0; i < s->nifaces; i++)
		for (j = 0; j < s->ifaces[i].ngates; j++)
			if (gate_shared(s, &s->ifaces[i],
			    &s->ifaces[i].gates[j]) &&
			    gate_first(s, i, &s->ifaces[i].gates[j]))
				shared_gate(fp, s, &s->ifaces[i].gates[j]);
	for (i = 0; i < s->nifaces; i++)
		for (j = 0; j < s->ifaces[i].nhistory; j++)
			if (split_shared(s, &s->ifaces[i], j) &&
			    split_first(s, i, &s->ifaces[i], j))
				shared_split(fp, s, &s->ifaces[i], j);
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
	char		 name[128], self[128];

	snprintf(name, sizeof(name), "%s.5", f->id);
	snprintf(self, sizeof(self), "%s(5)", f->id);
	fp = outfile_open(dir, name);
	write_head(fp, s, f->id, "5", 0);
	fputs(".SH NAME\n", fp);
	plain_path(&b, f->name);
	esc_roff(fp, b.s, b.len);
	sbuf_reset(&b);
	fputs(" \\- ptrace access mode check\n.SH DESCRIPTION\n.TP\n", fp);
	sbuf_printf(&b, "{path:%s}", f->name);
	say_in(fp, &b, ".P", self);
	page_markup(fp, f->summary.src, ".IP", self);
	fputs(".IP\n", fp);
	access_paragraph(fp, f, ".IP", self, NULL);
	fputs(".SH SEE ALSO\n.BR ptrace (2),\n.BR proc (5),\n"
	    ".BR ptrace\\-access (5)\n", fp);
	sbuf_free(&b);
}

void
out_split(const struct spec *s, const char *dir)
{
	size_t	 i;

	for (i = 0; i < s->nifaces; i++)
		if (s->ifaces[i].kind == IFACE_PROC)
			out_split_page(s, dir, &s->ifaces[i]);
}
