/*
 * The findings of audit: as "FILE:LINE: message" lines, sorted, or as
 * JSON with every site, for scripts.
 */
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "emit/out.h"

static const char *const kind_names[] = {
	"unknown-site", "no-site", "mode", "unlisted-helper", "unknown-mode",
};

static int
by_place(const void *a, const void *b)
{
	const struct finding *x = a, *y = b;
	int	 c = strcmp(x->file, y->file);

	if (c != 0)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return strcmp(x->msg, y->msg);
}

static void
sort_findings(const struct findings *fs)
{
	if (fs->n > 1)
		qsort(fs->v, fs->n, sizeof(*fs->v), by_place);
}

void
report_text(FILE *fp, const struct findings *fs)
{
	const struct finding *x;
	size_t	 i;

	sort_findings(fs);
	for (i = 0; i < fs->n; i++) {
		x = &fs->v[i];
		if (x->col > 0)
			fprintf(fp, "%s:%zu:%zu: %s\n", x->file, x->line,
			    x->col, x->msg);
		else
			fprintf(fp, "%s:%zu: %s\n", x->file, x->line, x->msg);
	}
}

static void
json_site(FILE *fp, const struct site *st)
{
	char	 buf[256];

	fputc('{', fp);
	json_str(fp, "file", st->file->path);
	fprintf(fp, ",\"line\":%zu,", st->line);
	json_str(fp, "function", st->func->name);
	fputc(',', fp);
	json_str(fp, "calls", st->callee);
	fputc(',', fp);
	json_str(fp, "mode", modeset_name(&st->mode, buf, sizeof(buf)));
	fputc('}', fp);
}

static void
json_finding(FILE *fp, const struct finding *x)
{
	fputc('{', fp);
	json_str(fp, "kind", kind_names[x->kind]);
	fputc(',', fp);
	json_str(fp, "file", x->file);
	fprintf(fp, ",\"line\":%zu,", x->line);
	if (x->col > 0)
		fprintf(fp, "\"column\":%zu,", x->col);
	json_str(fp, "message", x->msg);
	fputc('}', fp);
}

void
report_json(FILE *fp, const struct ktree *t, const struct spec *s,
    const struct sites *ss, const struct findings *fs)
{
	size_t	 i;

	sort_findings(fs);
	fputc('{', fp);
	json_str(fp, "tree", t->dir);
	fputc(',', fp);
	json_str(fp, "kernel", t->version);
	fputc(',', fp);
	json_str(fp, "spec_kernel", s->kernel);
	fputs(",\"sites\":[", fp);
	for (i = 0; i < ss->n; i++) {
		fputs(i ? ",\n" : "\n", fp);
		json_site(fp, &ss->v[i]);
	}
	fputs("],\"findings\":[", fp);
	for (i = 0; i < fs->n; i++) {
		fputs(i ? ",\n" : "\n", fp);
		json_finding(fp, &fs->v[i]);
	}
	fputs("]}\n", fp);
}
