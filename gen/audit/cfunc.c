/*
 * Functions and calls in a tokenized C file (see cfunc.h).
 */
#include <stdlib.h>
#include <string.h>

#include "audit/cfunc.h"
#include "xalloc.h"

size_t
cfile_match(const struct cfile *f, size_t open)
{
	const struct ctok *t = f->toks.v;
	char		 o = t[open].s[0], c = o == '(' ? ')' : '}';
	size_t		 i;
	int		 nest = 0;

	for (i = open; i < f->toks.n; i++) {
		if (t[i].kind != TOK_PUNCT)
			continue;
		if (t[i].s[0] == o)
			nest++;
		else if (t[i].s[0] == c && --nest == 0)
			return i;
	}
	return f->toks.n - 1;
}

/* Room for element n of an array grown by doubling. */
void *
cfile_grow(void *v, size_t n, size_t size)
{
	if ((n & (n - 1)) != 0)
		return v;
	return xreallocarray(v, n ? n * 2 : 1, size);
}

/* The name a definition gives: sys_kcmp for SYSCALL_DEFINE5(kcmp, ...). */
static char *
func_name(const struct cfile *f, size_t name, size_t open)
{
	static const struct {
		const char	*macro;
		const char	*prefix;
	} defines[] = {
		{ "SYSCALL_DEFINE", "sys_" },
		{ "COMPAT_SYSCALL_DEFINE", "compat_sys_" },
	};
	const struct ctok *t = &f->toks.v[name], *arg = &f->toks.v[open + 1];
	size_t		 i, n, plen;
	char		*s;

	for (i = 0; i < sizeof(defines) / sizeof(defines[0]); i++) {
		n = strlen(defines[i].macro);
		if (t->len <= n || memcmp(t->s, defines[i].macro, n) != 0 ||
		    strspn(t->s + n, "0123456789") != t->len - n ||
		    arg->kind != TOK_IDENT)
			continue;
		plen = strlen(defines[i].prefix);
		s = xcalloc(1, plen + arg->len + 1);
		memcpy(s, defines[i].prefix, plen);
		memcpy(s + plen, arg->s, arg->len);
		return s;
	}
	return xstrndup(t->s, t->len);
}

static int
call_at(const struct cfile *f, size_t i)
{
	const struct ctok *t = f->toks.v;

	return t[i].kind == TOK_IDENT && i + 1 < f->toks.n &&
	    ctok_punct(&t[i + 1], '(');
}

static void
add_func(struct cfile *f, size_t name, size_t open, size_t close,
    size_t body)
{
	struct cfunc	*fn;

	f->funcs = cfile_grow(f->funcs, f->nfuncs, sizeof(*f->funcs));
	fn = &f->funcs[f->nfuncs++];
	fn->name = func_name(f, name, open);
	fn->line = f->toks.v[name].line;
	fn->popen = open;
	fn->pclose = close;
	fn->body = body;
	fn->end = cfile_match(f, body);
}

/*
 * File level: a name and its parameter list, then any function-like
 * attribute macros, then "{".  Anything else in between (";", "=",
 * a type name of the next declaration) drops the candidate.
 */
static void
find_funcs(struct cfile *f)
{
	const struct ctok *t = f->toks.v;
	size_t		 i, name = 0, open = 0, close = 0;
	int		 pending = 0;

	for (i = 0; i < f->toks.n; i++) {
		if (t[i].depth != 0)
			continue;
		if (call_at(f, i)) {
			if (!pending) {
				name = i;
				open = i + 1;
				close = cfile_match(f, open);
				pending = 1;
			}
			i = cfile_match(f, i + 1);
		} else if (ctok_punct(&t[i], '{') && pending) {
			add_func(f, name, open, close, i);
			i = f->funcs[f->nfuncs - 1].end;
			pending = 0;
		} else
			pending = 0;
	}
}

static void
add_call(struct cfile *f, size_t fn, size_t i)
{
	struct ccall	*c;

	f->calls = cfile_grow(f->calls, f->ncalls, sizeof(*f->calls));
	c = &f->calls[f->ncalls++];
	c->func = fn;
	c->callee = i;
	c->open = i + 1;
	c->close = cfile_match(f, i + 1);
}

/* A call of a wanted name, not a member such as ops->name(...). */
static void
find_calls(struct cfile *f, size_t fn,
    int (*wanted)(const char *, size_t, void *), void *arg)
{
	const struct ctok *t = f->toks.v;
	size_t		 i;

	for (i = f->funcs[fn].body; i < f->funcs[fn].end; i++) {
		if (!call_at(f, i) || !wanted(t[i].s, t[i].len, arg))
			continue;
		if (ctok_punct(&t[i - 1], '.') ||
		    (ctok_punct(&t[i - 1], '>') && ctok_punct(&t[i - 2], '-')))
			continue;
		add_call(f, fn, i);
	}
}

void
cfile_parse(struct cfile *f, int (*wanted)(const char *, size_t, void *),
    void *arg)
{
	size_t	 i;

	ctok_scan(&f->toks, f->buf, f->len);
	if (f->toks.n == 0)
		return;
	find_funcs(f);
	for (i = 0; i < f->nfuncs; i++)
		find_calls(f, i, wanted, arg);
}

void
cfile_free(struct cfile *f)
{
	size_t	 i;

	for (i = 0; i < f->nfuncs; i++)
		free(f->funcs[i].name);
	free(f->funcs);
	free(f->calls);
	ctok_free(&f->toks);
	free(f->buf);
	free(f->path);
	memset(f, 0, sizeof(*f));
}

size_t
cfile_arg_end(const struct cfile *f, size_t tok, size_t close)
{
	const struct ctok *t = f->toks.v;
	size_t		 i;

	for (i = tok + 1; i < close; i++) {
		if (ctok_punct(&t[i], '('))
			i = cfile_match(f, i);
		else if (ctok_punct(&t[i], ','))
			break;
	}
	return i;
}

size_t
cfile_arg(const struct cfile *f, const struct ccall *c, size_t n)
{
	size_t	 tok = c->open;

	while (n-- > 0 && tok < c->close)
		tok = cfile_arg_end(f, tok, c->close);
	return tok + 1 < c->close ? tok + 1 : 0;
}

int
cfile_param(const struct cfile *f, const struct cfunc *fn, size_t tok)
{
	const struct ctok *t = f->toks.v;
	size_t		 p = fn->popen, e, i, last;
	int		 n;

	for (n = 0; p < fn->pclose; n++, p = e) {
		e = cfile_arg_end(f, p, fn->pclose);
		for (last = 0, i = p + 1; i < e; i++)
			if (t[i].kind == TOK_IDENT)
				last = i;
		if (last != 0 && t[last].len == t[tok].len &&
		    memcmp(t[last].s, t[tok].s, t[tok].len) == 0)
			return n;
	}
	return -1;
}
