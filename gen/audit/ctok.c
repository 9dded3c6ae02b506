/*
 * Tokenizer for kernel C (see ctok.h).  It never fails: text it does
 * not understand becomes punctuation, and an unterminated comment or
 * literal ends at the end of the buffer (or of its line).
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "audit/ctok.h"
#include "xalloc.h"

#define COND_MAX	64	/* nested #if kept track of */

struct cond {
	int	 depth_at_if;
	int	 end_depth;	/* where the first branch ended, or -1 */
};

struct scan {
	const char	*p, *end;
	size_t		 line;
	int		 depth;
	int		 bol;		/* only blanks since the newline */
	struct cond	 conds[COND_MAX];
	size_t		 nconds;	/* may exceed COND_MAX: not kept */
	struct ctoks	*out;
};

static void
push(struct scan *sc, enum ctok_kind kind, const char *s, size_t len)
{
	struct ctoks	*t = sc->out;

	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 1024;
		t->v = xreallocarray(t->v, t->cap, sizeof(*t->v));
	}
	t->v[t->n].kind = kind;
	t->v[t->n].s = s;
	t->v[t->n].len = len;
	t->v[t->n].line = sc->line;
	t->v[t->n].depth = sc->depth;
	t->n++;
}

static void
skip_block_comment(struct scan *sc)
{
	for (sc->p += 2; sc->p < sc->end; sc->p++) {
		if (*sc->p == '\n')
			sc->line++;
		else if (*sc->p == '*' && sc->p + 1 < sc->end &&
		    sc->p[1] == '/') {
			sc->p += 2;
			return;
		}
	}
}

/* A string or character literal; q is its quote.  Ends at its line. */
static void
skip_literal(struct scan *sc, char q)
{
	for (sc->p++; sc->p < sc->end && *sc->p != q && *sc->p != '\n';
	    sc->p++)
		if (*sc->p == '\\' && sc->p + 1 < sc->end) {
			if (*++sc->p == '\n')
				sc->line++;
		}
	if (sc->p < sc->end && *sc->p == q)
		sc->p++;
}

/* A // comment, to the end of its line. */
static void
skip_line_comment(struct scan *sc)
{
	while (sc->p < sc->end && *sc->p != '\n')
		sc->p++;
}

/* To the end of a logical line: backslash-newlines and comments. */
static void
skip_directive_rest(struct scan *sc)
{
	while (sc->p < sc->end && *sc->p != '\n') {
		if (*sc->p == '\\' && sc->p + 1 < sc->end &&
		    sc->p[1] == '\n') {
			sc->p += 2;
			sc->line++;
		} else if (*sc->p == '/' && sc->p + 1 < sc->end &&
		    sc->p[1] == '*')
			skip_block_comment(sc);
		else
			sc->p++;
	}
}

/* The directive's name after '#' and blanks: "if", "ifdef", ... */
static size_t
directive_name(struct scan *sc, const char **name)
{
	const char	*s;

	sc->p++;
	while (sc->p < sc->end && (*sc->p == ' ' || *sc->p == '\t'))
		sc->p++;
	for (s = sc->p; sc->p < sc->end && isalpha((unsigned char)*sc->p);
	    sc->p++)
		continue;
	*name = s;
	return (size_t)(sc->p - s);
}

static int
is_word(const char *s, size_t len, const char *w)
{
	return len == strlen(w) && memcmp(s, w, len) == 0;
}

/* "#if 0": the rest of the line is a lone 0. */
static int
is_if_zero(const struct scan *sc)
{
	const char	*q = sc->p;

	while (q < sc->end && (*q == ' ' || *q == '\t'))
		q++;
	if (q >= sc->end || *q != '0')
		return 0;
	for (q++; q < sc->end && (*q == ' ' || *q == '\t'); q++)
		continue;
	return q >= sc->end || *q == '\n' || *q == '/';
}

static void
cond_push(struct scan *sc)
{
	if (sc->nconds < COND_MAX) {
		sc->conds[sc->nconds].depth_at_if = sc->depth;
		sc->conds[sc->nconds].end_depth = -1;
	}
	sc->nconds++;
}

static void
cond_branch(struct scan *sc)
{
	struct cond	*c;

	if (sc->nconds == 0 || sc->nconds > COND_MAX)
		return;
	c = &sc->conds[sc->nconds - 1];
	if (c->end_depth == -1)
		c->end_depth = sc->depth;
	sc->depth = c->depth_at_if;
}

static void
cond_pop(struct scan *sc)
{
	struct cond	*c;

	if (sc->nconds == 0)
		return;
	if (sc->nconds <= COND_MAX) {
		c = &sc->conds[sc->nconds - 1];
		if (c->end_depth != -1)
			sc->depth = c->end_depth;
	}
	sc->nconds--;
}

/*
 * Skip the lines of an "#if 0" up to its #else, #elif or #endif.
 * Returns 1 if a branch to scan follows (#else or #elif).
 */
static int
skip_if_zero(struct scan *sc)
{
	const char	*name;
	size_t		 len;
	int		 nest = 0;

	skip_directive_rest(sc);
	while (sc->p < sc->end) {
		if (*sc->p == '\n') {
			sc->line++;
			sc->bol = 1;
		} else if (*sc->p == '#' && sc->bol) {
			len = directive_name(sc, &name);
			if (is_word(name, len, "if") ||
			    is_word(name, len, "ifdef") ||
			    is_word(name, len, "ifndef"))
				nest++;
			else if (is_word(name, len, "endif") && nest-- == 0) {
				skip_directive_rest(sc);
				return 0;
			} else if (nest == 0 && (is_word(name, len, "else") ||
			    is_word(name, len, "elif"))) {
				skip_directive_rest(sc);
				return 1;
			}
			skip_directive_rest(sc);
			continue;
		} else if (*sc->p == '/' && sc->p + 1 < sc->end &&
		    sc->p[1] == '*') {
			skip_block_comment(sc);
			continue;
		} else if (*sc->p != ' ' && *sc->p != '\t')
			sc->bol = 0;
		sc->p++;
	}
	return 0;
}

static void
directive(struct scan *sc)
{
	const char	*name;
	size_t		 len;

	len = directive_name(sc, &name);
	if (is_word(name, len, "if") && is_if_zero(sc)) {
		if (skip_if_zero(sc))
			cond_push(sc);
		return;
	}
	if (is_word(name, len, "if") || is_word(name, len, "ifdef") ||
	    is_word(name, len, "ifndef"))
		cond_push(sc);
	else if (is_word(name, len, "else") || is_word(name, len, "elif"))
		cond_branch(sc);
	else if (is_word(name, len, "endif"))
		cond_pop(sc);
	skip_directive_rest(sc);
}

static int
ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

static void
word(struct scan *sc, enum ctok_kind kind)
{
	const char	*s = sc->p;

	while (sc->p < sc->end && (ident_char(*sc->p) ||
	    (kind == TOK_NUMBER && *sc->p == '.')))
		sc->p++;
	push(sc, kind, s, (size_t)(sc->p - s));
}

static void
punct(struct scan *sc)
{
	char	 c = *sc->p;

	if (c == '}' && sc->depth > 0)
		sc->depth--;
	push(sc, TOK_PUNCT, sc->p, 1);
	if (c == '{')
		sc->depth++;
	sc->p++;
}

static int
starts(const struct scan *sc, char a, char b)
{
	return sc->p[0] == a && sc->p + 1 < sc->end && sc->p[1] == b;
}

void
ctok_scan(struct ctoks *out, const char *buf, size_t len)
{
	struct scan	 sc;
	char		 c;

	memset(&sc, 0, sizeof(sc));
	sc.p = buf;
	sc.end = buf + len;
	sc.line = 1;
	sc.bol = 1;
	sc.out = out;
	while (sc.p < sc.end) {
		c = *sc.p;
		if (c == '\n') {
			sc.line++;
			sc.bol = 1;
			sc.p++;
			continue;
		}
		if (c == ' ' || c == '\t' || c == '\r' || c == '\f' ||
		    c == '\v' || starts(&sc, '\\', '\n')) {
			if (c == '\\') {
				sc.line++;
				sc.p++;
			}
			sc.p++;
			continue;
		}
		if (c == '#' && sc.bol) {
			directive(&sc);
			continue;
		}
		sc.bol = 0;
		if (starts(&sc, '/', '*'))
			skip_block_comment(&sc);
		else if (starts(&sc, '/', '/'))
			skip_line_comment(&sc);
		else if (c == '"' || c == '\'')
			skip_literal(&sc, c);
		else if (isalpha((unsigned char)c) || c == '_')
			word(&sc, TOK_IDENT);
		else if (isdigit((unsigned char)c))
			word(&sc, TOK_NUMBER);
		else
			punct(&sc);
	}
}

void
ctok_free(struct ctoks *t)
{
	free(t->v);
	memset(t, 0, sizeof(*t));
}

int
ctok_is(const struct ctok *t, const char *s)
{
	return t->len == strlen(s) && memcmp(t->s, s, t->len) == 0;
}

int
ctok_punct(const struct ctok *t, char c)
{
	return t->kind == TOK_PUNCT && t->s[0] == c;
}
