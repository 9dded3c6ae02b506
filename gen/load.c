/*
 * Load and validate the spec: YAML tree -> struct spec.
 *
 * Each mapping in the schema is a table of fields (key, expected YAML
 * type, required or not, handler), so "unknown key", "duplicate key",
 * "missing field" and "wrong type" are one generic loop.  Loading goes
 * on after an error so that every error is reported in one run; the
 * caller emits nothing when msg_errors() is not zero.
 */
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "load.h"
#include "markup.h"
#include "model.h"
#include "msg.h"
#include "model/pages.h"
#include "model/probe.h"
#include "names.h"
#include "ranges/ranges.h"
#include "readall.h"
#include "sbuf.h"
#include "xalloc.h"
#include "ytree.h"

/* The input, kept to find positions inside block scalars. */
static const unsigned char	*in_buf;
static size_t			 in_len;

/*
 * Generic mapping reader.
 */

static int
expect_type(const struct ynode *n, enum ytype t, const char *what)
{
	if (n->type == t)
		return 0;
	msg_error(&n->pos, "%s: expected a %s, found a %s", what,
	    ytype_name(t), ytype_name(n->type));
	return -1;
}

static const struct field *
find_field(const struct field *f, size_t nf, const char *key)
{
	size_t	 i;

	for (i = 0; i < nf; i++)
		if (strcmp(f[i].key, key) == 0)
			return &f[i];
	return NULL;
}

/* Report a key seen twice in one mapping; libyaml does not. */
static int
duplicate_key(const struct ynode *map, size_t k)
{
	size_t	 j;

	for (j = 0; j < k; j += 2) {
		if (map->kids[j]->type != Y_SCALAR)
			continue;	/* reported as not a scalar */
		if (strcmp(map->kids[j]->value, map->kids[k]->value) != 0)
			continue;
		msg_error(&map->kids[k]->pos, "duplicate key \"%s\"",
		    map->kids[k]->value);
		msg_note(&map->kids[j]->pos, "first defined here");
		return 1;
	}
	return 0;
}

void
load_map(const struct ynode *map, const char *what,
    const struct field *fields, size_t nf, void *obj)
{
	const struct field	*f;
	const struct ynode	*key, *val;
	size_t			 i, k;
	int			 seen[32];

	if (expect_type(map, Y_MAP, what) == -1)
		return;
	memset(seen, 0, sizeof(seen));
	for (k = 0; k + 1 < map->nkids; k += 2) {
		key = map->kids[k];
		val = map->kids[k + 1];
		if (key->type != Y_SCALAR) {
			msg_error(&key->pos, "%s: keys must be scalars", what);
			continue;
		}
		if (duplicate_key(map, k))
			continue;
		if ((f = find_field(fields, nf, key->value)) == NULL) {
			if (strcmp(key->value, "<<") == 0)
				msg_error(&key->pos, "%s: merge keys (<<) are "
				    "not supported", what);
			else
				msg_error(&key->pos, "%s: unknown key \"%s\"",
				    what, key->value);
			continue;
		}
		seen[f - fields] = 1;
		if (expect_type(val, f->type, f->key) == 0)
			f->load(val, obj);
	}
	for (i = 0; i < nf; i++)
		if (fields[i].required && !seen[i])
			msg_error(&map->pos, "%s: missing required field "
			    "\"%s\"", what, fields[i].key);
}

/*
 * Scalars.
 */

char *
get_str(const struct ynode *n)
{
	if (n->len == 0)
		msg_error(&n->pos, "empty value");
	return xstrdup(n->value);
}

/*
 * A word: the characters that names, ids and versions are made of.
 * Words become file names (an interface id), parts of TAP lines (a
 * gate name) and lookup keys: WORD_MAX bounds every buffer that holds
 * one, so that none is ever cut short and no two files collide.
 */
char *
get_word(const struct ynode *n, const char *extra, const char *what)
{
	size_t	 i;

	if (n->len > WORD_MAX)
		msg_error(&n->pos, "%s: longer than %d bytes", what, WORD_MAX);
	for (i = 0; i < n->len; i++)
		if (!isalnum((unsigned char)n->value[i]) &&
		    strchr(extra, n->value[i]) == NULL) {
			msg_error(&n->pos, "%s: invalid character '%c' "
			    "in \"%s\"", what, n->value[i], n->value);
			break;
		}
	return get_str(n);
}

static int
get_bool(const struct ynode *n)
{
	if (strcmp(n->value, "true") == 0)
		return 1;
	if (strcmp(n->value, "false") != 0)
		msg_error(&n->pos, "expected true or false, found \"%s\"",
		    n->value);
	return 0;
}

/*
 * The position of byte col of line `line' inside a scalar.  Block
 * scalars start on the line after their indicator, indented.
 */
static struct pos
text_pos(const struct ynode *n, size_t line, size_t col)
{
	struct pos	 p = n->pos;
	size_t		 i, l;

	if (n->style != Y_BLOCK) {
		p.col += col + (n->style == Y_QUOTED);
		return p;
	}
	p.line += 1 + line;
	for (i = 0, l = 0; i < in_len && l < p.line; i++)
		if (in_buf[i] == '\n')
			l++;
	for (p.col = 0; i < in_len && in_buf[i] == ' '; i++)
		p.col++;
	p.col += col;
	return p;
}

void
get_text(const struct ynode *n, struct text *t)
{
	const char	*err;
	size_t		 line, col;
	struct pos	 p;

	free(t->src);
	t->src = xstrdup(n->value);
	t->pos = n->pos;
	/* Block scalars end with a newline that is not part of the text. */
	if (n->len > 0 && t->src[n->len - 1] == '\n')
		t->src[n->len - 1] = '\0';
	if (t->src[0] == '\0')
		msg_error(&n->pos, "empty text");
	else if ((err = markup_check(t->src, &line, &col)) != NULL) {
		p = text_pos(n, line, col);
		msg_error(&p, "%s", err);
	}
}

static int
commit_ok(const char *s)
{
	size_t	 n = strspn(s, "0123456789abcdef");

	return s[n] == '\0' && n >= 12 && n <= 40;
}

/*
 * Versions: a bare scalar is a confirmed version; a mapping gives a
 * version and commit, or says why the version is not known.
 */

static void
ver_name(const struct ynode *n, void *obj)
{
	struct version	*v = obj;

	v->name = get_str(n);
	if (!version_ok(v->name))
		msg_error(&n->pos, "invalid version \"%s\": expected "
		    "numbers and dots, such as 4.5", v->name);
}

static void
ver_commit(const struct ynode *n, void *obj)
{
	struct version	*v = obj;

	v->commit = get_str(n);
	if (!commit_ok(v->commit))
		msg_error(&n->pos, "invalid commit \"%s\": expected 12 to "
		    "40 lowercase hexadecimal digits", v->commit);
}

static void
ver_unconfirmed(const struct ynode *n, void *obj)
{
	((struct version *)obj)->unconfirmed = get_str(n);
}

/* Where an unconfirmed change was seen: tests expect it from there on. */
static void
ver_seen_in(const struct ynode *n, void *obj)
{
	struct version	*v = obj;

	v->seen_in = get_str(n);
	if (!version_ok(v->seen_in))
		msg_error(&n->pos, "invalid version \"%s\": expected "
		    "numbers and dots, such as 6.18.44", v->seen_in);
}

static const struct field version_fields[] = {
	{ "version", Y_SCALAR, 0, ver_name },
	{ "commit", Y_SCALAR, 0, ver_commit },
	{ "unconfirmed", Y_SCALAR, 0, ver_unconfirmed },
	{ "seen_in", Y_SCALAR, 0, ver_seen_in },
	{ "after", Y_SCALAR, 0, load_after },
};

void
get_version(const struct ynode *n, struct version *v, const char *what)
{
	v->pos = n->pos;
	if (n->type == Y_SCALAR) {
		ver_name(n, v);
		return;
	}
	load_map(n, what, version_fields, 5, v);
	if ((v->name == NULL) == (v->unconfirmed == NULL))
		msg_error(&n->pos, "%s: give either \"version\" or "
		    "\"unconfirmed\" with the reason", what);
}

/*
 * Modes: a sequence of flag names, exactly one level and exactly one
 * of FSCREDS and REALCREDS, as __ptrace_may_access() demands.
 */

static unsigned int
get_mode(const struct ynode *n, int creds_optional)
{
	const struct ynode	*e;
	unsigned int		 mode = 0, bit;
	size_t			 i;

	if (expect_type(n, Y_SEQ, "mode") == -1)
		return 0;
	for (i = 0; i < n->nkids; i++) {
		e = n->kids[i];
		if (expect_type(e, Y_SCALAR, "mode flag") == -1)
			continue;
		if ((bit = flag_value(e->value)) == 0) {
			msg_error(&e->pos, "unknown mode flag \"%s\": expected %s",
			    e->value, flag_expected());
			continue;
		}
		if (mode & bit)
			msg_error(&e->pos, "mode flag \"%s\" given twice",
			    e->value);
		mode |= bit;
	}
	if ((mode & MODE_LEVELS) == 0 || (mode & MODE_LEVELS) == MODE_LEVELS)
		msg_error(&n->pos, "mode: give exactly one of READ and "
		    "ATTACH");
	if ((mode & MODE_CREDS) == MODE_CREDS ||
	    (!creds_optional && (mode & MODE_CREDS) == 0))
		msg_error(&n->pos, "mode: give exactly one of FSCREDS and "
		    "REALCREDS");
	return mode;
}

/*
 * Denial: an errno name, or one of the results of a check that does
 * not fail the call.
 */

static void
get_denial(const struct ynode *n, struct denial *d)
{
	d->pos = n->pos;
	d->kind = denial_kind_value(n->value);
	if (d->kind != DENY_ERRNO)
		return;
	if ((d->errnum = errno_value(n->value)) == 0)
		msg_error(&n->pos, "unknown denial \"%s\": expected an errno "
		    "name such as EPERM, or %s", n->value,
		    vocab_expected(V_DENIAL));
	d->errname = errno_name(d->errnum);
}

/* A sequence of mappings, each loaded into a fresh array element. */
void *
load_list(const struct ynode *n, const char *what, size_t elsize,
    size_t *count, void (*each)(const struct ynode *, void *))
{
	char	*arr;
	size_t	 i;

	*count = 0;
	if (expect_type(n, Y_SEQ, what) == -1)
		return NULL;
	arr = xcalloc(n->nkids, elsize);
	for (i = 0; i < n->nkids; i++)
		each(n->kids[i], arr + i * elsize);
	*count = n->nkids;
	return arr;
}

/*
 * Flags.
 */

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
static void
load_flag(const struct ynode *n, void *obj)
{
	struct flag	*f = obj;
	unsigned int	 bit;

	f->pos = n->pos;
	f->kind = (enum flag_kind)-1;
	load_map(n, "flag", flag_fields, 5, f);
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

/*
 * The algorithm: steps, each with optional bullets, one follow-on
 * paragraph and one level of substeps.
 */

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

static const struct field step_fields[] = {
	{ "id", Y_SCALAR, 1, step_id },
	{ "label", Y_SCALAR, 1, step_label },
	{ "text", Y_SCALAR, 1, step_text },
	{ "bullets", Y_SEQ, 0, step_bullets },
	{ "after", Y_SCALAR, 0, step_after },
	{ "sub", Y_SEQ, 0, step_sub },
	{ "variants", Y_SEQ, 0, step_variants },
};

static void
load_step(const struct ynode *n, void *obj)
{
	((struct step *)obj)->pos = n->pos;
	load_map(n, "step", step_fields, 7, obj);
}

/* Substeps have no substeps of their own: the list style has two levels. */
static void
load_substep(const struct ynode *n, void *obj)
{
	((struct step *)obj)->pos = n->pos;
	load_map(n, "substep", step_fields, 5, obj);
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

/*
 * Interfaces.
 */

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

static void
load_gate(const struct ynode *n, void *obj)
{
	struct gate	*g = obj;

	g->pos = n->pos;
	g->denial.kind = DENY_NONE;
	load_map(n, "gate", gate_fields, 7, g);
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

static void
load_change(const struct ynode *n, void *obj)
{
	struct change	*c = obj;

	c->version.pos = n->pos;
	load_map(n, "history entry", change_fields, 5, c);
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
static void
load_ref(const struct ynode *n, void *obj)
{
	((struct srcref *)obj)->pos = n->pos;
	load_map(n, "function", ref_fields, 2, obj);
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
	load_map(n, "source", source_fields, 3, obj);
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
	struct iface	*f = obj;
	const char	*err;

	f->probe.pos = n->pos;
	load_map(n, "probe", probe_fields, 3, &f->probe);
	if (f->probe.method != NULL && (err = probe_check(&f->probe)) != NULL)
		msg_error(&n->pos, "probe: %s", err);
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

static void
load_iface(const struct ynode *n, void *obj)
{
	struct iface	*f = obj;
	struct sbuf	 b = { NULL, 0, 0 };
	const char	*err;
	size_t		 line, col;

	f->pos = n->pos;
	load_map(n, "interface", iface_fields, 17, f);
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

/*
 * The top level.
 */

static void
top_schema(const struct ynode *n, void *obj)
{
	struct spec	*s = obj;

	if (strcmp(n->value, "1") == 0 || strcmp(n->value, "2") == 0)
		s->schema = n->value[0] - '0';
	else
		msg_error(&n->pos, "unsupported schema \"%s\": this "
		    "generator reads schemas 1 and 2", n->value);
}

static int
date_ok(const char *s)
{
	int	 y, m, d;
	char	 end;

	return strlen(s) == 10 &&
	    sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &end) == 3 &&
	    s[4] == '-' && s[7] == '-' &&
	    m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

static void
top_date(const struct ynode *n, void *obj)
{
	struct spec	*s = obj;

	s->date = get_str(n);
	if (!date_ok(s->date))
		msg_error(&n->pos, "invalid date \"%s\": expected "
		    "YYYY-MM-DD", s->date);
}

static void
top_kernel(const struct ynode *n, void *obj)
{
	((struct spec *)obj)->kernel = get_str(n);
	if (!version_ok(((struct spec *)obj)->kernel))
		msg_error(&n->pos, "invalid kernel version \"%s\"", n->value);
}

static void
top_copyright(const struct ynode *n, void *obj)
{
	((struct spec *)obj)->copyright = get_str(n);
}

static void
top_license(const struct ynode *n, void *obj)
{
	((struct spec *)obj)->license = get_word(n, "-.+", "license");
}

static void
top_intro(const struct ynode *n, void *obj)
{
	get_text(n, &((struct spec *)obj)->intro);
}

static void
top_flags(const struct ynode *n, void *obj)
{
	struct spec	*s = obj;

	s->flags = load_list(n, "flags", sizeof(struct flag), &s->nflags,
	    load_flag);
}

static void
top_algorithm(const struct ynode *n, void *obj)
{
	load_map(n, "algorithm", algorithm_fields, 2, obj);
}

static void
top_interfaces(const struct ynode *n, void *obj)
{
	struct spec	*s = obj;

	s->ifaces = load_list(n, "interfaces", sizeof(struct iface),
	    &s->nifaces, load_iface);
	s->nifaces_all = s->nifaces;
}

static void
top_releases(const struct ynode *n, void *obj)
{
	load_releases(n, obj);
}

static void
top_helpers(const struct ynode *n, void *obj)
{
	struct spec	*s = obj;

	s->helpers = load_list(n, "helpers", sizeof(struct srcref),
	    &s->nhelpers, load_ref);
}

static const struct field top_fields[] = {
	{ "schema", Y_SCALAR, 1, top_schema },
	{ "date", Y_SCALAR, 0, top_date },
	{ "kernel", Y_SCALAR, 1, top_kernel },
	{ "releases", Y_SEQ, 0, top_releases },
	{ "copyright", Y_SCALAR, 1, top_copyright },
	{ "license", Y_SCALAR, 1, top_license },
	{ "intro", Y_SCALAR, 1, top_intro },
	{ "flags", Y_SEQ, 1, top_flags },
	{ "algorithm", Y_MAP, 1, top_algorithm },
	{ "interfaces", Y_SEQ, 1, top_interfaces },
	{ "helpers", Y_SEQ, 0, top_helpers },
};

/*
 * Rules across entries.
 */

static const char	*unique_key;	/* "name" or "id", for by_key() */

static const char *
iface_key(const struct iface *f)
{
	return unique_key[0] == 'n' ? f->name : f->id;
}

/* By key, then by position in the spec, so the first comes first. */
static int
by_key(const void *a, const void *b)
{
	const struct iface *fa = *(const struct iface *const *)a;
	const struct iface *fb = *(const struct iface *const *)b;
	int	 c = strcmp(iface_key(fa), iface_key(fb));

	return c != 0 ? c : (fa < fb ? -1 : fa > fb);
}

/* Sorting finds duplicates in n log n: the spec may be large. */
static void
check_unique(const struct spec *s, const char *key)
{
	const struct iface **v;
	size_t		  i, j, n = 0;

	v = xcalloc(s->nifaces, sizeof(*v));
	for (i = 0; i < s->nifaces; i++)
		if (s->ifaces[i].name != NULL)
			v[n++] = &s->ifaces[i];
	unique_key = key;
	qsort(v, n, sizeof(*v), by_key);
	for (i = j = 0; i + 1 < n; i++) {
		if (strcmp(iface_key(v[i]), iface_key(v[i + 1])) != 0) {
			j = i + 1;
			continue;
		}
		/* A duplicate name makes a duplicate id: say it once. */
		if (key[0] == 'i' && strcmp(v[i]->name, v[i + 1]->name) == 0)
			continue;
		msg_error(&v[i + 1]->pos, key[0] == 'n' ?
		    "duplicate interface \"%s\"" :
		    "duplicate interface id \"%s\"", iface_key(v[i + 1]));
		msg_note(&v[j]->pos, "first defined here");
	}
	free(v);
}

static void
check_unique_ifaces(const struct spec *s)
{
	check_unique(s, "name");
	check_unique(s, "id");
}

static void
check_flags(const struct spec *s, const struct pos *top)
{
	unsigned int	 seen = 0;
	size_t		 i;

	for (i = 0; i < s->nflags; i++) {
		if (s->flags[i].name == NULL)
			continue;
		if (seen & flag_value(s->flags[i].name))
			msg_error(&s->flags[i].pos, "duplicate flag \"%s\"",
			    s->flags[i].name);
		seen |= flag_value(s->flags[i].name);
	}
	/* An absent list is reported as missing; an incomplete one here. */
	if (s->flags != NULL &&
	    seen != (MODE_LEVELS | MODE_CREDS | MODE_NOAUDIT))
		msg_error(top, "flags: all five of READ, ATTACH, FSCREDS, "
		    "REALCREDS and NOAUDIT must be described");
}

static void
check_step_ids(const struct step *steps, size_t n, const char **seen,
    size_t *nseen)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		if (steps[i].id == NULL)
			continue;
		for (j = 0; j < *nseen; j++)
			if (strcmp(seen[j], steps[i].id) == 0)
				msg_error(&steps[i].pos, "duplicate step id "
				    "\"%s\"", steps[i].id);
		seen[(*nseen)++] = steps[i].id;
		check_step_ids(steps[i].sub, steps[i].nsub, seen, nseen);
	}
}

static void
check_steps(const struct spec *s)
{
	const char	**seen;
	size_t		  i, n = 0;

	for (i = 0; i < s->nsteps; i++)
		n += 1 + s->steps[i].nsub;
	seen = xcalloc(n, sizeof(*seen));
	n = 0;
	check_step_ids(s->steps, s->nsteps, seen, &n);
	free(seen);
}

/*
 * Pages carry a date: the spec's, or else SOURCE_DATE_EPOCH's (as the
 * reproducible-builds convention says); never the clock.
 */
static void
date_from_epoch(struct spec *s)
{
	const char	*env = getenv("SOURCE_DATE_EPOCH");
	char		*end, buf[32];
	long long	 secs;
	time_t		 t;
	struct tm	 tm;

	if (s->date != NULL)
		return;
	if (env == NULL) {
		msg_fatal("no date: give \"date\" in the spec or set "
		    "SOURCE_DATE_EPOCH");
		return;
	}
	errno = 0;
	secs = strtoll(env, &end, 10);
	t = (time_t)secs;
	if (errno != 0 || *end != '\0' || *env == '\0' || secs < 0 ||
	    gmtime_r(&t, &tm) == NULL) {
		msg_fatal("invalid SOURCE_DATE_EPOCH \"%s\"", env);
		return;
	}
	strftime(buf, sizeof(buf), "%Y-%m-%d", &tm);
	s->date = xstrdup(buf);
}

static unsigned char *
read_file(const char *file, size_t *len)
{
	FILE	*fp;
	char	*buf;

	if ((fp = fopen(file, "rb")) == NULL) {
		msg_fatal("cannot open: %s", strerror(errno));
		return NULL;
	}
	if ((buf = read_all(fp, YTREE_MAX_BYTES, len)) == NULL) {
		if (errno == EFBIG)
			msg_fatal("larger than the limit of %u bytes",
			    YTREE_MAX_BYTES);
		else
			msg_fatal("cannot read: %s", strerror(errno));
	}
	fclose(fp);
	return (unsigned char *)buf;
}

struct spec *
spec_parse(const char *file, const unsigned char *buf, size_t len)
{
	struct spec	*s;
	struct ynode	*root;

	msg_file(file);
	s = xcalloc(1, sizeof(*s));
	s->file = xstrdup(file);
	in_buf = buf;
	in_len = len;
	if ((root = ytree_parse(buf, len)) == NULL)
		return s;
	load_map(root, "spec", top_fields, 11, s);
	check_flags(s, &root->pos);
	check_steps(s);
	check_unique_ifaces(s);
	load_ranges_finish(s, &root->pos);
	date_from_epoch(s);
	ytree_free(root);
	in_buf = NULL;
	in_len = 0;
	return s;
}

struct spec *
spec_load(const char *file)
{
	struct spec	*s;
	unsigned char	*buf;
	size_t		 len = 0;

	msg_file(file);
	if ((buf = read_file(file, &len)) == NULL) {
		s = xcalloc(1, sizeof(*s));
		s->file = xstrdup(file);
		return s;
	}
	s = spec_parse(file, buf, len);
	free(buf);
	return s;
}
