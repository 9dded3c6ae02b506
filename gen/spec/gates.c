/*
 * The parts of an interface that say when and how access is checked:
 * its gates, its history of changed modes, and how a test probes it.
 */
#include "spec/load.h"
#include "model/model.h"
#include "model/probe.h"
#include "msg.h"
#include "model/names.h"
#include "spec/parts.h"
#include "spec/ytree.h"

static void
gate_kind(const struct ynode *n, void *obj)
{
	int	 v;

	if ((v = gate_kind_value(n->value)) == -1)
		msg_error(&n->pos, "unknown gate kind \"%s\": expected %s",
		    n->value, vocab_expected(V_GATE_KIND));
	else
		((struct gate *)obj)->kind = (enum gate_kind)v;
}

static void
gate_order(const struct ynode *n, void *obj)
{
	int	 v;

	if ((v = gate_order_value(n->value)) == -1)
		msg_error(&n->pos, "unknown gate order \"%s\": expected %s",
		    n->value, vocab_expected(V_GATE_ORDER));
	else
		((struct gate *)obj)->order = (enum gate_order)v;
}

static void
gate_name(const struct ynode *n, void *obj)
{
	((struct gate *)obj)->name = get_word(n, "_-=.", "gate name");
}

static void
gate_denial(const struct ynode *n, void *obj)
{
	get_denial(n, &((struct gate *)obj)->denial);
}

static void
gate_text(const struct ynode *n, void *obj)
{
	get_text(n, &((struct gate *)obj)->text);
}

static void
gate_since(const struct ynode *n, void *obj)
{
	get_version(n, &((struct gate *)obj)->since, "since");
}

static void
gate_until(const struct ynode *n, void *obj)
{
	load_until(n, &((struct gate *)obj)->until);
}

static const struct field gate_fields[] = {
	{ "kind", Y_SCALAR, 1, gate_kind },
	{ "name", Y_SCALAR, 1, gate_name },
	{ "order", Y_SCALAR, 1, gate_order },
	{ "denial", Y_SCALAR, 0, gate_denial },
	{ "text", Y_SCALAR, 1, gate_text },
	{ "since", Y_MAP, 0, gate_since },
	{ "until", Y_MAP, 0, gate_until },
};

void
load_gate(const struct ynode *n, void *obj)
{
	struct gate	*g = obj;

	g->pos = n->pos;
	g->denial.kind = DENY_NONE;
	load_map(n, "gate", gate_fields, NELEM(gate_fields), g);
	/*
	 * A mount option such as hidepid= decides whether the check is
	 * made at all: without it the access is allowed, so a mount gate
	 * may have no denial of its own.
	 */
	if (g->order != GATE_BYPASS && g->kind != GATE_MOUNT &&
	    g->denial.kind == DENY_NONE)
		msg_error(&n->pos, "gate: a %s gate needs a \"denial\"",
		    gate_order_name(g->order));
}

static void
change_version(const struct ynode *n, void *obj)
{
	struct change	*c = obj;

	c->version.pos = n->pos;
	ver_name(n, &c->version);
}

static void
change_commit(const struct ynode *n, void *obj)
{
	ver_commit(n, &((struct change *)obj)->version);
}

static void
change_unconfirmed(const struct ynode *n, void *obj)
{
	ver_unconfirmed(n, &((struct change *)obj)->version);
}

/* Before Linux 4.5 there were no credential modifiers to name. */
static void
change_before(const struct ynode *n, void *obj)
{
	((struct change *)obj)->before = get_mode(n, 1);
}

static void
change_text(const struct ynode *n, void *obj)
{
	get_text(n, &((struct change *)obj)->text);
}

static const struct field change_fields[] = {
	{ "version", Y_SCALAR, 0, change_version },
	{ "commit", Y_SCALAR, 0, change_commit },
	{ "unconfirmed", Y_SCALAR, 0, change_unconfirmed },
	{ "before", Y_SEQ, 1, change_before },
	{ "text", Y_SCALAR, 0, change_text },
};

void
load_change(const struct ynode *n, void *obj)
{
	struct change	*c = obj;

	c->version.pos = n->pos;
	load_map(n, "history entry", change_fields, NELEM(change_fields), c);
	if ((c->version.name == NULL) == (c->version.unconfirmed == NULL))
		msg_error(&n->pos, "history entry: give either \"version\" "
		    "or \"unconfirmed\" with the reason");
}

static void
probe_method(const struct ynode *n, void *obj)
{
	((struct probe *)obj)->method = get_word(n, "_", "probe method");
}

static void
probe_arg(const struct ynode *n, void *obj)
{
	((struct probe *)obj)->arg = get_str(n);
}

static void
probe_needs(const struct ynode *n, void *obj)
{
	((struct probe *)obj)->needs = get_str(n);
}


static const struct field probe_fields[] = {
	{ "method", Y_SCALAR, 1, probe_method },
	{ "arg", Y_SCALAR, 0, probe_arg },
	{ "needs", Y_SCALAR, 0, probe_needs },
};

/* How a test reaches the interface: a method the tests know. */
void
load_probe(const struct ynode *n, struct probe *p)
{
	const char	*err;

	p->pos = n->pos;
	load_map(n, "probe", probe_fields, NELEM(probe_fields), p);
	if (p->method != NULL && (err = probe_check(p)) != NULL)
		msg_error(&n->pos, "probe: %s", err);
}
