/*
 * The algorithm: steps, each with optional bullets, one follow-on
 * paragraph and one level of substeps.
 */
#include "spec/load.h"
#include "model/model.h"
#include "spec/parts.h"
#include "spec/ytree.h"

static void load_step(const struct ynode *, void *);
static void load_substep(const struct ynode *, void *);

static void
step_id(const struct ynode *n, void *obj)
{
	((struct step *)obj)->id = get_word(n, "-", "step id");
}

static void
step_label(const struct ynode *n, void *obj)
{
	((struct step *)obj)->label = get_str(n);
}

static void
step_text(const struct ynode *n, void *obj)
{
	get_text(n, &((struct step *)obj)->text);
}

static void
step_after(const struct ynode *n, void *obj)
{
	get_text(n, &((struct step *)obj)->after);
}

static void
load_bullet(const struct ynode *n, void *obj)
{
	if (expect_type(n, Y_SCALAR, "bullet") == 0)
		get_text(n, obj);
}

static void
step_bullets(const struct ynode *n, void *obj)
{
	struct step	*s = obj;

	s->bullets = load_list(n, "bullets", sizeof(struct text),
	    &s->nbullets, load_bullet);
}

static void
step_sub(const struct ynode *n, void *obj)
{
	struct step	*s = obj;

	s->sub = load_list(n, "sub", sizeof(struct step), &s->nsub,
	    load_substep);
}

static void
step_variants(const struct ynode *n, void *obj)
{
	load_variants(n, obj);
}

/*
 * Substeps have the fields of a step but "sub" and "variants": one
 * list of the shared fields, so the two tables cannot drift apart.
 */
#define SUBSTEP_FIELDS \
	{ "id", Y_SCALAR, 1, step_id }, \
	{ "label", Y_SCALAR, 1, step_label }, \
	{ "text", Y_SCALAR, 1, step_text }, \
	{ "bullets", Y_SEQ, 0, step_bullets }, \
	{ "after", Y_SCALAR, 0, step_after }

static const struct field substep_fields[] = {
	SUBSTEP_FIELDS,
};

static const struct field step_fields[] = {
	SUBSTEP_FIELDS,
	{ "sub", Y_SEQ, 0, step_sub },
	{ "variants", Y_SEQ, 0, step_variants },
};

static void
load_step(const struct ynode *n, void *obj)
{
	((struct step *)obj)->pos = n->pos;
	load_map(n, "step", step_fields, NELEM(step_fields), obj);
}

/* Substeps have no substeps of their own: the list style has two levels. */
static void
load_substep(const struct ynode *n, void *obj)
{
	((struct step *)obj)->pos = n->pos;
	load_map(n, "substep", substep_fields, NELEM(substep_fields), obj);
}

static void
algo_intro(const struct ynode *n, void *obj)
{
	get_text(n, &((struct spec *)obj)->algorithm_intro);
}

static void
algo_steps(const struct ynode *n, void *obj)
{
	struct spec	*s = obj;

	s->steps = load_list(n, "steps", sizeof(struct step), &s->nsteps,
	    load_step);
}

static const struct field algorithm_fields[] = {
	{ "intro", Y_SCALAR, 1, algo_intro },
	{ "steps", Y_SEQ, 1, algo_steps },
};

void
load_algorithm(const struct ynode *n, void *obj)
{
	load_map(n, "algorithm", algorithm_fields, NELEM(algorithm_fields),
	    obj);
}
