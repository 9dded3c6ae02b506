/*
 * The spec as JSON, for scripts: one object per interface, one line
 * each, written by the one JSON writer (emit/jsonw.c).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/jsonw.h"
#include "emit/escape.h"
#include "spec/markup.h"
#include "model/model.h"
#include "model/names.h"
#include "emit/out.h"
#include "ranges/ranges.h"
#include "xalloc.h"

/*
 * "key":"value", the value escaped; NULL gives null.  For audit's
 * report, which writes its own brackets (see emit/jsonw.h for nesting).
 */
void
json_str(FILE *fp, const char *key, const char *val)
{
	struct jsonw	 w;

	jw_begin(&w, fp);
	jw_string(&w, key, val);
}

static void
put_markup(FILE *fp, const void *src)
{
	markup_plain(src, put_json, fp);
}

static void
json_text(struct jsonw *w, const char *key, const struct text *t)
{
	if (t->src == NULL)
		jw_null(w, key);
	else
		jw_string_by(w, key, put_markup, t->src);
}

static void
json_version(struct jsonw *w, const char *key, const struct version *v)
{
	/* An open bound of a range. */
	if (bound_absent(v)) {
		jw_null(w, key);
		return;
	}
	jw_object(w, key);
	jw_string(w, "version", v->name);
	jw_string(w, "commit", v->commit);
	jw_string(w, "unconfirmed", v->unconfirmed);
	jw_string(w, "seen_in", v->seen_in);
	jw_string(w, "after", v->after);
	jw_end(w);
}

static void
json_gates(struct jsonw *w, const struct iface *f)
{
	size_t	 i;

	jw_array(w, "gates", 0);
	for (i = 0; i < f->ngates; i++) {
		jw_object(w, NULL);
		jw_string(w, "kind", gate_kind_name(f->gates[i].kind));
		jw_string(w, "name", f->gates[i].name);
		jw_string(w, "order", gate_order_name(f->gates[i].order));
		jw_string(w, "denial", denial_name(&f->gates[i].denial));
		json_version(w, "since", &f->gates[i].since);
		json_version(w, "until", &f->gates[i].until);
		jw_end(w);
	}
	jw_end(w);
}

/* Sentences that hold in a range of releases. */
static void
json_notes(struct jsonw *w, const struct iface *f)
{
	size_t	 i;

	jw_array(w, "notes", 0);
	for (i = 0; i < f->nnotes; i++) {
		jw_object(w, NULL);
		json_version(w, "since", &f->notes[i].range.since);
		json_version(w, "until", &f->notes[i].range.until);
		json_text(w, "text", &f->notes[i].text);
		jw_end(w);
	}
	jw_end(w);
}

static void
json_history(struct jsonw *w, const struct iface *f)
{
	char	 buf[128];
	size_t	 i;

	jw_array(w, "history", 0);
	for (i = 0; i < f->nhistory; i++) {
		jw_object(w, NULL);
		json_version(w, "change", &f->history[i].version);
		jw_string(w, "before",
		    mode_name(f->history[i].before, buf, sizeof(buf)));
		jw_end(w);
	}
	jw_end(w);
}

static void
json_iface(struct jsonw *w, const struct iface *f)
{
	char	 buf[128], *page = xasprintf("%s(%d)", f->page, f->section);

	jw_object(w, NULL);
	jw_string(w, "name", f->name);
	jw_string(w, "id", f->id);
	jw_string(w, "kind", iface_kind_name(f->kind));
	jw_string(w, "mode", mode_name(f->mode, buf, sizeof(buf)));
	jw_string(w, "page", page);
	free(page);
	jw_string(w, "operation", operation_name(f->op));
	jw_string(w, "errno", f->denial.kind == DENY_ERRNO ?
	    f->denial.errname : NULL);
	jw_string(w, "denial", denial_name(&f->denial));
	jw_string(w, "since", f->since.name != NULL ? f->since.name :
	    "unconfirmed");
	json_version(w, "since_detail", &f->since);
	json_version(w, "until", &f->until);
	jw_object(w, "source");
	jw_string(w, "file", f->src_file);
	jw_string(w, "function", f->src_func);
	jw_end(w);
	json_text(w, "summary", &f->summary);
	json_text(w, "text", &f->text);
	json_gates(w, f);
	json_notes(w, f);
	json_history(w, f);
	jw_end(w);
}

static void
json_releases(struct jsonw *w, const struct spec *s)
{
	size_t	 i;

	jw_array(w, "releases", 0);
	for (i = 0; i < s->nreleases; i++) {
		jw_object(w, NULL);
		jw_string(w, "version", s->releases[i].name);
		jw_string(w, "read", s->releases[i].read);
		jw_string(w, "observed", s->releases[i].observed);
		jw_end(w);
	}
	jw_end(w);
}

/*
 * The algorithm's steps by id.  As of a release, each gives the
 * variant in force; otherwise every variant, with its range.
 */
static void
json_steps(struct jsonw *w, const char *key, const struct step *st,
    size_t n)
{
	size_t	 i, j;

	jw_array(w, key, 0);
	for (i = 0; i < n; i++) {
		jw_object(w, NULL);
		jw_string(w, "id", st[i].id);
		jw_string(w, "variant", st[i].variant);
		jw_array(w, "variants", 0);
		for (j = 0; j < st[i].nvariants; j++) {
			jw_object(w, NULL);
			jw_string(w, "id", st[i].variants[j].id);
			json_version(w, "since",
			    &st[i].variants[j].range.since);
			json_version(w, "until",
			    &st[i].variants[j].range.until);
			jw_end(w);
		}
		jw_end(w);
		json_steps(w, "sub", st[i].sub, st[i].nsub);
		jw_end(w);
	}
	jw_end(w);
}

int
out_json(const struct spec *s, FILE *fp)
{
	struct jsonw	 w;
	size_t		 i;

	jw_begin(&w, fp);
	jw_object(&w, NULL);
	jw_number(&w, "schema", (size_t)s->schema);
	jw_string(&w, "kernel", s->kernel);
	/* The release the table is as of, or null: every range. */
	jw_string(&w, "at", s->at);
	json_releases(&w, s);
	json_steps(&w, "algorithm", s->steps, s->nsteps);
	jw_array(&w, "interfaces", 1);
	for (i = 0; i < s->nifaces; i++)
		json_iface(&w, &s->ifaces[i]);
	jw_end(&w);
	jw_end(&w);
	fputc('\n', fp);
	return 0;
}
