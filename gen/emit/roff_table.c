/*
 * ptrace(2)'s summary of every interface: a tbl(1) table with one row
 * per interface (interface, mode, operation, result of a denial) that
 * fits 80 columns.  Cells use inline font escapes, since mandoc
 * ignores macros in tables; long interface names wrap in a text block,
 * set ragged right (.ad l) so that a long path never needs stretching.
 */
#include <stdio.h>
#include <string.h>

#include "emit/roff_frag.h"
#include "emit/escape.h"
#include "spec/markup.h"
#include "model/model.h"
#include "model/names.h"
#include "outfile.h"
#include "sbuf.h"

#define SELF	"ptrace(2)"

static const char font_letter[] = { 'R', 'B', 'I' };

/* One run of markup as inline escapes; identifiers never hyphenate. */
static void
cell_run(const struct run *r, void *arg)
{
	FILE		*fp = arg;
	const char	*p = r->s, *end = r->s + r->len, *sp;

	if (r->font == FONT_R) {
		esc_roff(fp, r->s, r->len);
		return;
	}
	fprintf(fp, "\\f[%c]", font_letter[r->font]);
	for (; p < end; p = sp + 1) {
		if ((sp = memchr(p, ' ', (size_t)(end - p))) == NULL)
			sp = end;
		fputs(p == r->s ? "\\%" : " \\%", fp);
		esc_roff(fp, p, (size_t)(sp - p));
	}
	fputs("\\f[R]", fp);
}

static void
cell_markup(FILE *fp, const char *src)
{
	markup_line(src, strlen(src), cell_run, fp);
}

/*
 * The interface cell.  A system call whose id names more than the
 * call ("ptrace_attach") says which use of the call is meant.
 */
static void
iface_cell(FILE *fp, struct sbuf *b, const struct iface *f)
{
	size_t	 n = strlen(f->name);

	iface_markup(b, f);
	if (f->kind == IFACE_SYSCALL && strncmp(f->id, f->name, n) == 0 &&
	    f->id[n] == '_')
		sbuf_printf(b, " %s", f->id + n + 1);
	self_rewrite(b, SELF);
	fputs("T{\n", fp);
	cell_markup(fp, b->s);
	fputs("\nT}", fp);
	sbuf_reset(b);
}

void
out_table(const struct spec *s, const char *dir)
{
	FILE		*fp = outfile_open(dir, "ptrace.table");
	struct sbuf	 b = { NULL, 0, 0 };
	const struct iface *f;
	char		 name[96];
	size_t		 i;

	fputs(".ad l\n.TS\ntab(;);\nlb2 lb2 lb2 lb\nlw(27n)2 l2 l2 l .\n"
	    "Interface;Mode;Operation;Denial\n_\n", fp);
	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		iface_cell(fp, &b, f);
		/* "PTRACE_MODE_" is left to the column's heading. */
		mode_name(f->mode & ~MODE_NOAUDIT, name, sizeof(name));
		fprintf(fp, ";\\%%%s;%s;", name + strlen("PTRACE_MODE_"),
		    operation_name(f->op));
		if (f->denial.kind == DENY_ERRNO)
			fprintf(fp, "\\f[B]%s\\f[R]\n", f->denial.errname);
		else
			fprintf(fp, "%s\n",
			    denial_words(f->denial.kind)->phrase);
	}
	fputs(".TE\n.ad\n", fp);
	sbuf_free(&b);
}
