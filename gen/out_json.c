/*
 * The spec as JSON, for scripts: one object per interface.
 */
#include <stdio.h>
#include <string.h>

#include "escape.h"
#include "markup.h"
#include "model.h"
#include "names.h"
#include "out.h"

/* "key":"value", the value escaped; NULL gives null.  Used by audit too. */
void
json_str(FILE *fp, const char *key, const char *val)
{
	fprintf(fp, "\"%s\":", key);
	if (val == NULL) {
		fputs("null", fp);
		return;
	}
	fputc('"', fp);
	esc_json(fp, val, strlen(val));
	fputc('"', fp);
}

static void
json_text(FILE *fp, const char *key, const struct text *t)
{
	fprintf(fp, "\"%s\":", key);
	if (t->src == NULL) {
		fputs("null", fp);
		return;
	}
	fputc('"', fp);
	markup_plain(t->src, put_json, fp);
	fputc('"', fp);
}

static void
json_version(FILE *fp, const char *key, const struct version *v)
{
	fprintf(fp, "\"%s\":{", key);
	json_str(fp, "version", v->name);
	fputc(',', fp);
	json_str(fp, "commit", v->commit);
	fputc(',', fp);
	json_str(fp, "unconfirmed", v->unconfirmed);
	fputc(',', fp);
	json_str(fp, "seen_in", v->seen_in);
	fputc('}', fp);
}

static void
json_gates(FILE *fp, const struct iface *f)
{
	size_t	 i;

	fputs("\"gates\":[", fp);
	for (i = 0; i < f->ngates; i++) {
		fputs(i ? ",{" : "{", fp);
		json_str(fp, "kind", gate_kind_name(f->gates[i].kind));
		fputc(',', fp);
		json_str(fp, "name", f->gates[i].name);
		fputc(',', fp);
		json_str(fp, "order", gate_order_name(f->gates[i].order));
		fputc(',', fp);
		json_str(fp, "denial", denial_name(&f->gates[i].denial));
		fputc(',', fp);
		json_version(fp, "since", &f->gates[i].since);
		fputc('}', fp);
	}
	fputc(']', fp);
}

static void
json_history(FILE *fp, const struct iface *f)
{
	char	 buf[128];
	size_t	 i;

	fputs("\"history\":[", fp);
	for (i = 0; i < f->nhistory; i++) {
		fputs(i ? ",{" : "{", fp);
		json_version(fp, "change", &f->history[i].version);
		fputc(',', fp);
		json_str(fp, "before",
		    mode_name(f->history[i].before, buf, sizeof(buf)));
		fputc('}', fp);
	}
	fputc(']', fp);
}

static void
json_iface(FILE *fp, const struct iface *f)
{
	char	 buf[128];

	fputc('{', fp);
	json_str(fp, "name", f->name);
	fputc(',', fp);
	json_str(fp, "id", f->id);
	fputc(',', fp);
	json_str(fp, "kind", iface_kind_name(f->kind));
	fputc(',', fp);
	json_str(fp, "mode", mode_name(f->mode, buf, sizeof(buf)));
	fputc(',', fp);
	snprintf(buf, sizeof(buf), "%s(%d)", f->page, f->section);
	json_str(fp, "page", buf);
	fputc(',', fp);
	json_str(fp, "operation", operation_name(f->op));
	fputc(',', fp);
	json_str(fp, "errno", f->denial.kind == DENY_ERRNO ?
	    f->denial.errname : NULL);
	fputc(',', fp);
	json_str(fp, "denial", denial_name(&f->denial));
	fputc(',', fp);
	json_str(fp, "since", f->since.name != NULL ? f->since.name :
	    "unconfirmed");
	fputc(',', fp);
	json_version(fp, "since_detail", &f->since);
	fprintf(fp, ",\"source\":{");
	json_str(fp, "file", f->src_file);
	fputc(',', fp);
	json_str(fp, "function", f->src_func);
	fputs("},", fp);
	json_text(fp, "summary", &f->summary);
	fputc(',', fp);
	json_text(fp, "text", &f->text);
	fputc(',', fp);
	json_gates(fp, f);
	fputc(',', fp);
	json_history(fp, f);
	fputc('}', fp);
}

int
out_json(const struct spec *s, FILE *fp)
{
	size_t	 i;

	fputs("{\"schema\":1,", fp);
	json_str(fp, "kernel", s->kernel);
	fputs(",\"interfaces\":[\n", fp);
	for (i = 0; i < s->nifaces; i++) {
		json_iface(fp, &s->ifaces[i]);
		fputs(i + 1 < s->nifaces ? ",\n" : "\n", fp);
	}
	fputs("]}\n", fp);
	return 0;
}
