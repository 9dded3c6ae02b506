/*
 * The check sites of a tree and their modes.
 *
 * A checker is ptrace_may_access(), __ptrace_may_access() (the mode is
 * their second argument) or a helper the spec lists.  What mode a
 * helper passes on is worked out from its body: mm_access(task, mode)
 * checks "mode", proc_mem_open(inode, mode) checks "mode | FSCREDS"
 * through mm_access, lock_trace(task) checks ATTACH_FSCREDS.  Helpers
 * call each other, so they are resolved until nothing changes.
 */
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "model/names.h"
#include "xalloc.h"

static const char *const primitives[] = {
	"ptrace_may_access", "__ptrace_may_access",
};
#define NPRIMITIVES	(sizeof(primitives) / sizeof(primitives[0]))
#define PRIMITIVE_MODE_ARG	1	/* (task, mode) */
#define EVAL_DEPTH	4		/* variables assigned from variables */

static int
same(const char *s, size_t len, const char *name)
{
	return strlen(name) == len && memcmp(s, name, len) == 0;
}

int
checker_name(const struct spec *s, const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < NPRIMITIVES; i++)
		if (same(name, len, primitives[i]))
			return 1;
	for (i = 0; i < s->nhelpers; i++)
		if (s->helpers[i].func != NULL &&
		    same(name, len, s->helpers[i].func))
			return 1;
	return 0;
}

static void
set_add(struct modeset *m, unsigned int bits, int param)
{
	size_t	 i;

	for (i = 0; i < m->n; i++)
		if (m->v[i].bits == bits && m->v[i].param == param)
			return;
	if (m->n == MODESET_MAX) {
		m->unknown = 1;
		return;
	}
	m->v[m->n].bits = bits;
	m->v[m->n++].param = param;
}

static void
set_union(struct modeset *m, const struct modeset *o)
{
	size_t	 i;

	for (i = 0; i < o->n; i++)
		set_add(m, o->v[i].bits, o->v[i].param);
	m->unknown |= o->unknown;
}

/* m = m | o, each with each; two parameters ORed are not followed. */
static void
set_or(struct modeset *m, const struct modeset *o)
{
	struct modeset	 r;
	size_t		 i, j;

	memset(&r, 0, sizeof(r));
	r.unknown = m->unknown || o->unknown;
	for (i = 0; i < m->n; i++)
		for (j = 0; j < o->n; j++) {
			if (m->v[i].param >= 0 && o->v[j].param >= 0)
				r.unknown = 1;
			else
				set_add(&r, m->v[i].bits | o->v[j].bits,
				    m->v[i].param >= 0 ? m->v[i].param :
				    o->v[j].param);
		}
	*m = r;
}

/* PTRACE_MODE_READ_FSCREDS: each part after the prefix is a flag. */
static unsigned int
mode_constant(const struct ctok *t)
{
	char		 part[32];
	const char	*p, *e, *end = t->s + t->len;
	unsigned int	 bits = 0, v;

	if (t->len <= 12 || memcmp(t->s, "PTRACE_MODE_", 12) != 0)
		return 0;
	for (p = t->s + 12; p < end; p = e + 1) {
		for (e = p; e < end && *e != '_'; e++)
			continue;
		if ((size_t)(e - p) >= sizeof(part))
			return 0;
		memcpy(part, p, (size_t)(e - p));
		part[e - p] = '\0';
		if ((v = flag_value(part)) == 0)
			return 0;
		bits |= v;
	}
	return bits;
}

static void eval(struct modeset *, const struct cfile *, const struct cfunc *,
    size_t from, size_t to, int depth);

/* A local variable: every "name = expression;" in the function. */
static void
eval_variable(struct modeset *m, const struct cfile *f,
    const struct cfunc *fn, size_t var, int depth)
{
	const struct ctok *t = f->toks.v;
	size_t		 i, e;
	struct modeset	 one;

	memset(m, 0, sizeof(*m));
	for (i = fn->body + 1; i + 2 < fn->end; i++) {
		if (t[i].kind != TOK_IDENT || t[i].len != t[var].len ||
		    memcmp(t[i].s, t[var].s, t[var].len) != 0 ||
		    ctok_punct(&t[i - 1], '.') || ctok_punct(&t[i - 1], '>'))
			continue;
		/* "mode |= X", "mode &= ~X": not followed. */
		if (t[i + 1].kind == TOK_PUNCT &&
		    strchr("|&^+-*/%", t[i + 1].s[0]) != NULL &&
		    ctok_punct(&t[i + 2], '='))
			m->unknown = 1;
		if (!ctok_punct(&t[i + 1], '=') || ctok_punct(&t[i + 2], '='))
			continue;
		for (e = i + 2; e < fn->end && !ctok_punct(&t[e], ';'); e++)
			continue;
		eval(&one, f, fn, i + 2, e, depth + 1);
		set_union(m, &one);
	}
	if (m->n == 0)
		m->unknown = 1;
}

/* Constants, parameters and variables ORed, in parentheses or not. */
static void
eval(struct modeset *m, const struct cfile *f, const struct cfunc *fn,
    size_t from, size_t to, int depth)
{
	const struct ctok *t = f->toks.v;
	struct modeset	 term;
	size_t		 i;
	unsigned int	 bits;
	int		 param;

	memset(m, 0, sizeof(*m));
	set_add(m, 0, -1);
	if (depth > EVAL_DEPTH || from >= to)
		m->unknown = 1;
	for (i = from; i < to && !m->unknown; i++) {
		if (ctok_punct(&t[i], '|') || ctok_punct(&t[i], '(') ||
		    ctok_punct(&t[i], ')'))
			continue;
		memset(&term, 0, sizeof(term));
		if (t[i].kind != TOK_IDENT)
			term.unknown = 1;
		else if ((bits = mode_constant(&t[i])) != 0)
			set_add(&term, bits, -1);
		else if ((param = cfile_param(f, fn, i)) >= 0)
			set_add(&term, 0, param);
		else
			eval_variable(&term, f, fn, i, depth);
		set_or(m, &term);
	}
}

/* Mode argument n of call c, in terms of its function's parameters. */
static void
eval_arg(struct modeset *m, const struct cfile *f, const struct ccall *c,
    size_t n)
{
	size_t	 from = cfile_arg(f, c, n);

	if (from == 0) {
		memset(m, 0, sizeof(*m));
		m->unknown = 1;
		return;
	}
	eval(m, f, &f->funcs[c->func], from,
	    cfile_arg_end(f, from - 1, c->close), 0);
}

static struct checker *
find_checker(const struct sites *ss, const struct ctok *t)
{
	size_t	 i;

	for (i = 0; i < ss->nchecker; i++)
		if (same(t->s, t->len, ss->checkers[i].name))
			return &ss->checkers[i];
	return NULL;
}

/*
 * The mode that reaches the check through call c of checker k.
 * Returns -1 while k is not yet resolved.
 */
static int
call_mode(struct modeset *m, const struct cfile *f, const struct ccall *c,
    const struct checker *k)
{
	struct modeset	 arg, one;
	size_t		 i;

	memset(m, 0, sizeof(*m));
	if (!k->resolved)
		return -1;
	m->unknown = k->how.unknown;
	for (i = 0; i < k->how.n; i++) {
		memset(&one, 0, sizeof(one));
		set_add(&one, k->how.v[i].bits, -1);
		if (k->how.v[i].param >= 0) {
			eval_arg(&arg, f, c, (size_t)k->how.v[i].param);
			set_or(&one, &arg);
		}
		set_union(m, &one);
	}
	return 0;
}

/* Resolve helper k from every definition of it: 1 if it is now. */
static int
resolve(struct sites *ss, const struct ktree *t, struct checker *k)
{
	struct modeset	 how, m;
	const struct cfile *f;
	size_t		 i, j;

	memset(&how, 0, sizeof(how));
	k->ndefs = 0;
	for (i = 0; i < t->nfiles; i++) {
		f = &t->files[i];
		for (j = 0; j < f->ncalls; j++) {
			if (strcmp(f->funcs[f->calls[j].func].name, k->name) != 0)
				continue;
			if (call_mode(&m, f, &f->calls[j],
			    find_checker(ss, &f->toks.v[f->calls[j].callee]))
			    == -1)
				return 0;
			set_union(&how, &m);
			k->ndefs++;
		}
	}
	if (k->ndefs == 0)
		how.unknown = 1;
	k->how = how;
	k->resolved = 1;
	return 1;
}

static void
make_checkers(struct sites *ss, const struct spec *s)
{
	size_t	 i, n = 0;

	ss->checkers = xcalloc(NPRIMITIVES + s->nhelpers,
	    sizeof(*ss->checkers));
	for (i = 0; i < NPRIMITIVES; i++, n++) {
		ss->checkers[n].name = primitives[i];
		ss->checkers[n].resolved = 1;
		set_add(&ss->checkers[n].how, 0, PRIMITIVE_MODE_ARG);
	}
	for (i = 0; i < s->nhelpers; i++, n++) {
		ss->checkers[n].name = s->helpers[i].func;
		ss->checkers[n].ref = &s->helpers[i];
	}
	ss->nchecker = n;
}

/* Resolve the helpers; those left (a cycle) check an unknown mode. */
static void
resolve_all(struct sites *ss, const struct ktree *t)
{
	size_t	 i;
	int	 progress = 1;

	while (progress)
		for (progress = 0, i = 0; i < ss->nchecker; i++)
			if (!ss->checkers[i].resolved &&
			    resolve(ss, t, &ss->checkers[i]))
				progress = 1;
	for (i = 0; i < ss->nchecker; i++)
		if (!ss->checkers[i].resolved) {
			ss->checkers[i].resolved = 1;
			ss->checkers[i].how.unknown = 1;
		}
}

static void
add_site(struct sites *ss, const struct cfile *f, const struct ccall *c,
    const struct modeset *m)
{
	struct site	*st;
	size_t		 i;

	ss->v = cfile_grow(ss->v, ss->n, sizeof(*ss->v));
	st = &ss->v[ss->n++];
	st->file = f;
	st->func = &f->funcs[c->func];
	st->line = f->toks.v[c->callee].line;
	st->callee = find_checker(ss, &f->toks.v[c->callee])->name;
	st->mode = *m;
	st->wrapper = 0;
	for (i = 0; i < m->n; i++)
		if (m->v[i].param >= 0)
			st->wrapper = 1;
}

void
sites_find(struct sites *ss, const struct ktree *t, const struct spec *s)
{
	const struct cfile *f;
	const struct ccall *c;
	struct modeset	 m;
	size_t		 i, j;

	memset(ss, 0, sizeof(*ss));
	make_checkers(ss, s);
	resolve_all(ss, t);
	for (i = 0; i < t->nfiles; i++) {
		f = &t->files[i];
		for (j = 0; j < f->ncalls; j++) {
			c = &f->calls[j];
			/* The checkers' own bodies are not sites. */
			if (checker_name(s, f->funcs[c->func].name,
			    strlen(f->funcs[c->func].name)))
				continue;
			call_mode(&m, f, c,
			    find_checker(ss, &f->toks.v[c->callee]));
			add_site(ss, f, c, &m);
		}
	}
}

void
sites_free(struct sites *ss)
{
	free(ss->checkers);
	free(ss->v);
	memset(ss, 0, sizeof(*ss));
}

const char *
modeset_name(const struct modeset *m, char *buf, size_t bufsz)
{
	char	 one[96], bits[64];
	size_t	 i;

	buf[0] = '\0';
	for (i = 0; i < m->n; i++) {
		if (m->v[i].param >= 0)
			snprintf(one, sizeof(one), "argument %d%s%s",
			    m->v[i].param + 1, m->v[i].bits ? " | " : "",
			    m->v[i].bits ? mode_name(m->v[i].bits, bits,
			    sizeof(bits)) : "");
		else
			mode_name(m->v[i].bits, one, sizeof(one));
		if (i > 0)
			strncat(buf, " or ", bufsz - strlen(buf) - 1);
		strncat(buf, one, bufsz - strlen(buf) - 1);
	}
	if (m->unknown)
		strncat(buf, m->n ? " or unknown" : "unknown",
		    bufsz - strlen(buf) - 1);
	return buf;
}
