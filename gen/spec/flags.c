/*
 * The mode flags: the spec describes each of the five, and the kernel
 * fixes their kinds and values.
 */
#include <errno.h>
#include <stdlib.h>

#include "spec/load.h"
#include "model/model.h"
#include "msg.h"
#include "model/names.h"
#include "spec/parts.h"
#include "spec/ytree.h"

static void
load_flag_name(const struct ynode *n, void *obj)
{
	((struct flag *)obj)->name = get_word(n, "_", "flag name");
}

static void
flag_kind(const struct ynode *n, void *obj)
{
	struct flag	*f = obj;
	int		 v;

	if ((v = vocab_value(V_FLAG_KIND, n->value)) != -1)
		f->kind = (enum flag_kind)v;
	else
		msg_error(&n->pos, "unknown flag kind \"%s\": expected %s",
		    n->value, vocab_expected(V_FLAG_KIND));
}

static void
flag_value_(const struct ynode *n, void *obj)
{
	char	*end;

	errno = 0;
	((struct flag *)obj)->value = strtoul(n->value, &end, 0);
	if (errno != 0 || *end != '\0' || n->len == 0)
		msg_error(&n->pos, "invalid flag value \"%s\"", n->value);
}

static void
flag_since(const struct ynode *n, void *obj)
{
	get_version(n, &((struct flag *)obj)->since, "since");
}

static void
flag_text(const struct ynode *n, void *obj)
{
	get_text(n, &((struct flag *)obj)->text);
}

static const struct field flag_fields[] = {
	{ "name", Y_SCALAR, 1, load_flag_name },
	{ "kind", Y_SCALAR, 1, flag_kind },
	{ "value", Y_SCALAR, 1, flag_value_ },
	{ "since", Y_MAP, 1, flag_since },
	{ "text", Y_SCALAR, 1, flag_text },
};

/* The kernel fixes each flag's kind and value; the spec must agree. */
void
load_flag(const struct ynode *n, void *obj)
{
	struct flag	*f = obj;
	unsigned int	 bit;

	f->pos = n->pos;
	f->kind = (enum flag_kind)-1;
	load_map(n, "flag", flag_fields, NELEM(flag_fields), f);
	if (f->name == NULL || f->kind == (enum flag_kind)-1)
		return;
	if ((bit = flag_value(f->name)) == 0)
		msg_error(&n->pos, "unknown flag \"%s\": expected %s",
		    f->name, flag_expected());
	else if (f->value != bit || f->kind != flag_kind_of(bit))
		msg_error(&n->pos, "flag \"%s\": the kernel defines it with "
		    "kind %s, value 0x%02x", f->name,
		    vocab_word(V_FLAG_KIND, flag_kind_of(bit)), bit);
}
