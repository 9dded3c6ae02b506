/*
 * The loader's building blocks (load.h): the generic mapping and list
 * readers, and the scalars every part of the schema is made of (words,
 * texts in markup, versions, modes, denials).  The parts themselves
 * are in spec/; the top level is spec/top.c.
 */
#include <ctype.h>
#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "spec/load.h"
#include "spec/markup.h"
#include "model/model.h"
#include "msg.h"
#include "model/names.h"
#include "ranges/ranges.h"
#include "xalloc.h"
#include "spec/ytree.h"

/* The input, kept to find positions inside block scalars. */
static const unsigned char	*in_buf;
static size_t			 in_len;

/* The bytes being parsed, or NULL, 0 once the parse is over. */
void
load_input(const unsigned char *buf, size_t len)
{
	in_buf = buf;
	in_len = len;
}

/*
 * Generic mapping reader.
 */

int
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

	/* The tables are ours, not the spec's: a longer one is a bug here. */
	if (nf > NELEM(seen)) {
		fputs("load.c: a field table outgrew seen[]\n", stderr);
		abort();
	}
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

int
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

void
ver_name(const struct ynode *n, void *obj)
{
	struct version	*v = obj;

	v->name = get_str(n);
	if (!version_ok(v->name))
		msg_error(&n->pos, "invalid version \"%s\": expected "
		    "numbers and dots, such as 4.5", v->name);
}

void
ver_commit(const struct ynode *n, void *obj)
{
	struct version	*v = obj;

	v->commit = get_str(n);
	if (!commit_ok(v->commit))
		msg_error(&n->pos, "invalid commit \"%s\": expected 12 to "
		    "40 lowercase hexadecimal digits", v->commit);
}

void
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
	load_map(n, what, version_fields, NELEM(version_fields), v);
	if ((v->name == NULL) == (v->unconfirmed == NULL))
		msg_error(&n->pos, "%s: give either \"version\" or "
		    "\"unconfirmed\" with the reason", what);
}

/*
 * Modes: a sequence of flag names, exactly one level and exactly one
 * of FSCREDS and REALCREDS, as __ptrace_may_access() demands.
 */

unsigned int
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

void
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
