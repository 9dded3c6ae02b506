/*
 * Loading the parts of schema 2: the releases a spec was checked
 * against, the "until" bound of a range, ranged notes and the variants
 * of an algorithm step.  A schema 1 spec that uses them is refused; a
 * schema 1 spec without them is upgraded (ranges.c).
 */
#include <stddef.h>
#include <string.h>

#include "spec/load.h"
#include "model/model.h"
#include "msg.h"
#include "ranges/ranges.h"

/* The first schema 2 key seen, for the message if the spec says 1. */
static const char	*s2_key;
static struct pos	 s2_pos;

static void
schema2_key(const struct ynode *n, const char *key)
{
	if (s2_key != NULL)
		return;
	s2_key = key;
	s2_pos = n->pos;
}

static void
version_value(const struct ynode *n, char **dst, const char *key)
{
	*dst = get_str(n);
	if (!version_ok(*dst))
		msg_error(&n->pos, "%s: invalid version \"%s\": expected "
		    "numbers and dots, such as 6.12.117", key, *dst);
}

void
load_after(const struct ynode *n, void *obj)
{
	schema2_key(n, "after");
	version_value(n, &((struct version *)obj)->after, "after");
}

void
load_until(const struct ynode *n, struct version *v)
{
	schema2_key(n, "until");
	get_version(n, v, "until");
}

/*
 * Notes.
 */

static void
range_since(const struct ynode *n, void *obj)
{
	get_version(n, &((struct range *)obj)->since, "since");
}

static void
range_until(const struct ynode *n, void *obj)
{
	get_version(n, &((struct range *)obj)->until, "until");
}

static void
note_text(const struct ynode *n, void *obj)
{
	get_text(n, &((struct note *)obj)->text);
}

/* A note's range is its first member, so range_since() fits both. */
static const struct field note_fields[] = {
	{ "since", Y_MAP, 0, range_since },
	{ "until", Y_MAP, 0, range_until },
	{ "text", Y_SCALAR, 1, note_text },
};

static int
has_range(const struct ynode *n, const struct range *r, const char *what)
{
	if (!bound_absent(&r->since) || !bound_absent(&r->until))
		return 1;
	msg_error(&n->pos, "%s: give \"since\" or \"until\": without a "
	    "range it belongs in the text", what);
	return 0;
}

static void
load_note(const struct ynode *n, void *obj)
{
	struct note	*t = obj;

	t->pos = n->pos;
	load_map(n, "note", note_fields, NELEM(note_fields), t);
	has_range(n, &t->range, "note");
}

void
load_notes(const struct ynode *n, struct note **notes, size_t *count)
{
	schema2_key(n, "notes");
	*notes = load_list(n, "notes", sizeof(struct note), count, load_note);
}

/*
 * Variants of a step.
 */

static void
variant_id(const struct ynode *n, void *obj)
{
	((struct variant *)obj)->id = get_word(n, "-", "variant id");
}

static void
variant_since(const struct ynode *n, void *obj)
{
	range_since(n, &((struct variant *)obj)->range);
}

static void
variant_until(const struct ynode *n, void *obj)
{
	range_until(n, &((struct variant *)obj)->range);
}

static void
variant_text(const struct ynode *n, void *obj)
{
	get_text(n, &((struct variant *)obj)->text);
}

static void
variant_after(const struct ynode *n, void *obj)
{
	get_text(n, &((struct variant *)obj)->after);
}

static const struct field variant_fields[] = {
	{ "id", Y_SCALAR, 1, variant_id },
	{ "since", Y_MAP, 0, variant_since },
	{ "until", Y_MAP, 0, variant_until },
	{ "text", Y_SCALAR, 0, variant_text },
	{ "after", Y_SCALAR, 0, variant_after },
};

static void
load_variant(const struct ynode *n, void *obj)
{
	struct variant	*v = obj;

	v->pos = n->pos;
	load_map(n, "variant", variant_fields, NELEM(variant_fields), v);
	if (has_range(n, &v->range, "variant") &&
	    v->text.src == NULL && v->after.src == NULL)
		msg_error(&n->pos, "variant: give \"text\" or \"after\", "
		    "the paragraph it replaces in its range");
}

void
load_variants(const struct ynode *n, struct step *st)
{
	schema2_key(n, "variants");
	st->variants = load_list(n, "variants", sizeof(struct variant),
	    &st->nvariants, load_variant);
}

/*
 * Releases.
 */

static void
release_version(const struct ynode *n, void *obj)
{
	version_value(n, &((struct release *)obj)->name, "version");
}

static void
release_read(const struct ynode *n, void *obj)
{
	((struct release *)obj)->read = get_str(n);
}

static void
release_observed(const struct ynode *n, void *obj)
{
	((struct release *)obj)->observed = get_str(n);
}

static const struct field release_fields[] = {
	{ "version", Y_SCALAR, 1, release_version },
	{ "read", Y_SCALAR, 0, release_read },
	{ "observed", Y_SCALAR, 0, release_observed },
};

static void
load_release(const struct ynode *n, void *obj)
{
	struct release	*r = obj;

	r->pos = n->pos;
	load_map(n, "release", release_fields, NELEM(release_fields), r);
	if ((r->read == NULL) == (r->observed == NULL))
		msg_error(&n->pos, "release: give either \"read\", the source "
		    "tree read, or \"observed\", how the kernel was seen");
}

void
load_releases(const struct ynode *n, struct spec *s)
{
	schema2_key(n, "releases");
	s->releases = load_list(n, "releases", sizeof(struct release),
	    &s->nreleases, load_release);
}

void
load_ranges_finish(struct spec *s, const struct pos *top)
{
	if (s->schema == 1 && s2_key != NULL)
		msg_error(&s2_pos, "\"%s\" needs schema 2: say \"schema: 2\" "
		    "and list the releases read", s2_key);
	else if (s->schema == 1)
		ranges_upgrade(s);
	else if (s->schema == 2 && s->releases == NULL)
		msg_error(top, "schema 2 needs \"releases\": the trees read "
		    "and the kernels observed, oldest first");
	s2_key = NULL;
	ranges_check(s);
}
