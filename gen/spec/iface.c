/*
 * Interfaces: a system call, operation or file whose access is
 * checked, with its mode, page, denial, source and the rest.
 */
#include <ctype.h>
#include <string.h>

#include "spec/load.h"
#include "spec/markup.h"
#include "model/model.h"
#include "model/pages.h"
#include "msg.h"
#include "model/names.h"
#include "sbuf.h"
#include "spec/parts.h"
#include "xalloc.h"
#include "spec/ytree.h"

static void
source_file(const struct ynode *n, void *obj)
{
	((struct iface *)obj)->src_file = get_word(n, "/._-", "source file");
}

static void
source_function(const struct ynode *n, void *obj)
{
	((struct iface *)obj)->src_func = get_word(n, "_", "function");
}

static void
ref_file(const struct ynode *n, void *obj)
{
	((struct srcref *)obj)->file = get_word(n, "/._-", "source file");
}

static void
ref_function(const struct ynode *n, void *obj)
{
	((struct srcref *)obj)->func = get_word(n, "_", "function");
}

static const struct field ref_fields[] = {
	{ "file", Y_SCALAR, 1, ref_file },
	{ "function", Y_SCALAR, 1, ref_function },
};

/* An entry of source.also or of helpers: a file and a function. */
void
load_ref(const struct ynode *n, void *obj)
{
	((struct srcref *)obj)->pos = n->pos;
	load_map(n, "function", ref_fields, NELEM(ref_fields), obj);
}

static void
source_also(const struct ynode *n, void *obj)
{
	struct iface	*f = obj;

	f->also = load_list(n, "also", sizeof(struct srcref), &f->nalso,
	    load_ref);
}

static const struct field source_fields[] = {
	{ "file", Y_SCALAR, 1, source_file },
	{ "function", Y_SCALAR, 1, source_function },
	{ "also", Y_SEQ, 0, source_also },
};

static void
if_name(const struct ynode *n, void *obj)
{
	((struct iface *)obj)->name = get_word(n, "_/[]*.-() =,", "name");
}

static void
if_id(const struct ynode *n, void *obj)
{
	((struct iface *)obj)->id = get_word(n, "_", "id");
}

static void
if_kind(const struct ynode *n, void *obj)
{
	int	 v;

	if ((v = iface_kind_value(n->value)) == -1)
		msg_error(&n->pos, "unknown kind \"%s\": expected %s",
		    n->value, vocab_expected(V_IFACE_KIND));
	else
		((struct iface *)obj)->kind = (enum iface_kind)v;
}

static void
if_mode(const struct ynode *n, void *obj)
{
	((struct iface *)obj)->mode = get_mode(n, 0);
}

static void
if_operation(const struct ynode *n, void *obj)
{
	int	 v;

	if ((v = operation_value(n->value)) == -1)
		msg_error(&n->pos, "unknown operation \"%s\": expected %s",
		    n->value, vocab_expected(V_OPERATION));
	else
		((struct iface *)obj)->op = (enum operation)v;
}

/* "kcmp(2)": a page name and a section from 1 to 8. */
static void
if_page(const struct ynode *n, void *obj)
{
	struct iface	*f = obj;
	const char	*open = strchr(n->value, '(');
	size_t		 len;

	len = open == NULL ? 0 : (size_t)(open - n->value);
	if (len == 0 || open[1] < '1' || open[1] > '8' ||
	    strcmp(open + 2, ")") != 0 ||
	    strspn(n->value, "abcdefghijklmnopqrstuvwxyz0123456789_") != len) {
		msg_error(&n->pos, "invalid page \"%s\": expected "
		    "name(section), such as kcmp(2)", n->value);
		return;
	}
	f->page = xstrndup(n->value, len);
	f->section = open[1] - '0';
	if (!page_has_template(f->page, f->section))
		msg_error(&n->pos, "page \"%s\" has no template: expected "
		    "%s", n->value, pages_expected());
}

static void
if_denial(const struct ynode *n, void *obj)
{
	get_denial(n, &((struct iface *)obj)->denial);
}

static void
if_since(const struct ynode *n, void *obj)
{
	get_version(n, &((struct iface *)obj)->since, "since");
}

static void
if_until(const struct ynode *n, void *obj)
{
	load_until(n, &((struct iface *)obj)->until);
}

static void
if_notes(const struct ynode *n, void *obj)
{
	struct iface	*f = obj;

	load_notes(n, &f->notes, &f->nnotes);
	f->nnotes_all = f->nnotes;
}

static void
if_source(const struct ynode *n, void *obj)
{
	load_map(n, "source", source_fields, NELEM(source_fields), obj);
}

static void
if_summary(const struct ynode *n, void *obj)
{
	get_text(n, &((struct iface *)obj)->summary);
}

static void
if_text(const struct ynode *n, void *obj)
{
	get_text(n, &((struct iface *)obj)->text);
}

static void
if_gates(const struct ynode *n, void *obj)
{
	struct iface	*f = obj;

	f->gates = load_list(n, "gates", sizeof(struct gate), &f->ngates,
	    load_gate);
	f->ngates_all = f->ngates;
}

static void
if_history(const struct ynode *n, void *obj)
{
	struct iface	*f = obj;

	f->history = load_list(n, "history", sizeof(struct change),
	    &f->nhistory, load_change);
}

static void
if_probe(const struct ynode *n, void *obj)
{
	load_probe(n, &((struct iface *)obj)->probe);
}

static void
if_example(const struct ynode *n, void *obj)
{
	((struct iface *)obj)->example = get_bool(n);
}

static const struct field iface_fields[] = {
	{ "name", Y_SCALAR, 1, if_name },
	{ "id", Y_SCALAR, 0, if_id },
	{ "kind", Y_SCALAR, 1, if_kind },
	{ "mode", Y_SEQ, 1, if_mode },
	{ "operation", Y_SCALAR, 1, if_operation },
	{ "page", Y_SCALAR, 1, if_page },
	{ "denial", Y_SCALAR, 1, if_denial },
	{ "since", Y_MAP, 1, if_since },
	{ "until", Y_MAP, 0, if_until },
	{ "source", Y_MAP, 1, if_source },
	{ "summary", Y_SCALAR, 1, if_summary },
	{ "text", Y_SCALAR, 0, if_text },
	{ "gates", Y_SEQ, 0, if_gates },
	{ "notes", Y_SEQ, 0, if_notes },
	{ "history", Y_SEQ, 0, if_history },
	{ "probe", Y_MAP, 1, if_probe },
	{ "example", Y_SCALAR, 0, if_example },
};

/* Derive an id from a name: "/proc/[pid]/environ" gives "proc_pid_environ". */
static char *
derive_id(const char *name)
{
	char	*id, *p;

	id = p = xcalloc(1, strlen(name) + 1);
	for (; *name != '\0'; name++) {
		if (isalnum((unsigned char)*name))
			*p++ = (char)tolower((unsigned char)*name);
		else if (p > id && p[-1] != '_')
			*p++ = '_';
	}
	while (p > id && p[-1] == '_')
		*--p = '\0';
	return id;
}

void
load_iface(const struct ynode *n, void *obj)
{
	struct iface	*f = obj;
	struct sbuf	 b = { NULL, 0, 0 };
	const char	*err;
	size_t		 line, col;

	f->pos = n->pos;
	load_map(n, "interface", iface_fields, NELEM(iface_fields), f);
	if (f->name == NULL)
		return;
	/* From a name of at most WORD_MAX bytes: no longer than that. */
	if (f->id == NULL)
		f->id = derive_id(f->name);
	/* Pages name the interface in markup: it must be valid markup. */
	iface_markup(&b, f);
	if ((err = markup_check(b.s, &line, &col)) != NULL)
		msg_error(&n->pos, "name \"%s\": %s", f->name, err);
	sbuf_free(&b);
}
