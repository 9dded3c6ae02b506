/*
 * Claims: a sentence that names a ptrace access mode and a check
 * ("... is governed by a PTRACE_MODE_READ_FSCREDS check") ties that
 * mode to the interface it is about: the item's tag, the sentence,
 * the paragraph, the subsection or the page, nearest first.  A list
 * item tagged with a mode, as in ptrace(2), ties every interface it
 * names to that mode.  Whether a claim agrees with the spec is
 * decided here too.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "lint/claim.h"
#include "lint/mention.h"
#include "model/names.h"
#include "xalloc.h"

/* "PTRACE_MODE_READ_FSCREDS": its bits, or 0 with *bad set. */
unsigned int
token_bits(const char *t, size_t n, int *bad)
{
	char		 part[32];
	unsigned int	 bits = 0, v;
	size_t		 i = 12, k;

	while (i < n) {
		for (k = 0; i < n && t[i] != '_' && k + 1 < sizeof(part); i++)
			part[k++] = t[i];
		part[k] = '\0';
		i++;
		if ((v = flag_value(part)) == 0)
			*bad = 1;
		bits |= v;
	}
	return bits;
}

static unsigned int
mask_of(unsigned int bits)
{
	unsigned int	 m = 0;

	if (bits & MODE_LEVELS)
		m |= MODE_LEVELS;
	if (bits & MODE_CREDS)
		m |= MODE_CREDS;
	return m | (bits & MODE_NOAUDIT);
}

static size_t
mode_token(const char *t, size_t len, size_t i)
{
	size_t	 j = i + 12;

	if (i + 12 > len || strncmp(t + i, "PTRACE_MODE_", 12) != 0 ||
	    (i > 0 && word_char(t[i - 1])))
		return 0;
	while (j < len && (isupper((unsigned char)t[j]) || t[j] == '_' ||
	    isdigit((unsigned char)t[j])))
		j++;
	return j - i;
}

/* One expression: tokens joined by "|", "PTRACE_MODE_READ | ...". */
struct expr {
	size_t		 off, end;
	unsigned int	 bits;
	int		 bad;
};

static int
next_expr(const char *t, size_t len, size_t *i, struct expr *e)
{
	size_t	 n, j;

	for (; *i < len; (*i)++)
		if ((n = mode_token(t, len, *i)) > 0)
			break;
	if (*i >= len)
		return 0;
	memset(e, 0, sizeof(*e));
	e->off = *i;
	for (;;) {
		e->bits |= token_bits(t + *i, n, &e->bad);
		*i += n;
		e->end = *i;
		for (j = *i; j < len && t[j] == ' '; j++)
			continue;
		if (j >= len || t[j] != '|')
			break;
		for (j++; j < len && t[j] == ' '; j++)
			continue;
		if ((n = mode_token(t, len, j)) == 0)
			break;
		*i = j;
	}
	return 1;
}

static int
has_word(const char *t, size_t len, const char *w)
{
	size_t	 n = strlen(w), i;

	for (i = 0; i + n <= len; i++)
		if (strncasecmp(t + i, w, n) == 0 &&
		    (i == 0 || !isalpha((unsigned char)t[i - 1])))
			return 1;
	return 0;
}

/* Words that make a sentence about a mode a claim about a check. */
static int
has_cue(const char *t, size_t len)
{
	static const char *const cues[] = {
		"access mode", "check", "governed", "require", "permission",
	};
	size_t	 i;

	for (i = 0; i < sizeof(cues) / sizeof(cues[0]); i++)
		if (has_word(t, len, cues[i]))
			return 1;
	return 0;
}

/* Words that say when; those with a version are followed by one. */
static const struct {
	const char	*words;
	enum ltime	 when;
} time_words[] = {
	{ "before linux ", LT_BEFORE },	{ "prior to linux ", LT_BEFORE },
	{ "until linux ", LT_BEFORE },	{ "up to linux ", LT_BEFORE },
	{ "since linux ", LT_SINCE },	{ "starting with linux ", LT_SINCE },
	{ "as of linux ", LT_SINCE },	{ "from linux ", LT_SINCE },
	{ "in linux ", LT_SINCE },
	{ "initially", LT_FIRST },	{ "originally", LT_FIRST },
	{ "first appeared", LT_FIRST },	{ "first added", LT_FIRST },
	{ "first introduced", LT_FIRST },
	{ "before", LT_CHANGE },	{ "until", LT_CHANGE },
	{ "prior to", LT_CHANGE },	{ "previously", LT_CHANGE },
	{ "formerly", LT_CHANGE },	{ "earlier", LT_CHANGE },
	{ "used to", LT_CHANGE },
};

/* "5.12" after the words at t[i]: into version; 0 if there is none. */
static int
version_at(const char *t, size_t len, size_t i, char *version)
{
	size_t	 n = 0;

	while (i < len && n + 1 < LVERSION_MAX &&
	    (isdigit((unsigned char)t[i]) || (t[i] == '.' && n > 0 &&
	    i + 1 < len && isdigit((unsigned char)t[i + 1]))))
		version[n++] = t[i++];
	version[n] = '\0';
	return n > 0 && (i == len || !isdigit((unsigned char)t[i]));
}

/* The first of the time words in t[b..e), in the table's order. */
static enum ltime
time_in(const char *t, size_t b, size_t e, char *version)
{
	size_t	 k, i, n;

	for (k = 0; k < sizeof(time_words) / sizeof(time_words[0]); k++) {
		n = strlen(time_words[k].words);
		for (i = b; i + n <= e; i++) {
			if (strncasecmp(t + i, time_words[k].words, n) != 0 ||
			    (i > 0 && isalpha((unsigned char)t[i - 1])))
				continue;
			if (time_words[k].when != LT_BEFORE &&
			    time_words[k].when != LT_SINCE)
				return time_words[k].when;
			if (version_at(t, e, i + n, version))
				return time_words[k].when;
		}
	}
	return LT_NOW;
}

/*
 * When the expression at off is about: the words of its clause (the
 * part of the sentence between semicolons) come first, then those of
 * the sentence, then the section: a sentence in HISTORY is about the
 * past even when it names no time.
 */
static enum ltime
claim_time(const struct lpara *p, size_t sb, size_t se, size_t off,
    char *version)
{
	const char	*t = p->text;
	size_t		 cb = sb, ce = se, i;
	enum ltime	 when;

	for (i = sb; i < off; i++)
		if (t[i] == ';')
			cb = i + 1;
	for (i = off; i < se; i++)
		if (t[i] == ';') {
			ce = i;
			break;
		}
	version[0] = '\0';
	/* "before" and its kind count only in front of the mode. */
	if ((when = time_in(t, cb, ce, version)) != LT_NOW &&
	    (when != LT_CHANGE || time_in(t, cb, off, version) == LT_CHANGE))
		return when;
	if ((when = time_in(t, sb, se, version)) != LT_NOW &&
	    when != LT_CHANGE)
		return when;
	version[0] = '\0';
	return p->sect == LSECT_HISTORY ? LT_PAST : LT_NOW;
}

static void
add_claim(struct lpage *pg, size_t para, size_t off, const struct expr *e,
    const char *t, enum ltime when, const char *version, const struct hit *h)
{
	const struct lpara *p = &pg->paras[para];
	struct lclaim	*c;

	pg->claims = xreallocarray(pg->claims, pg->nclaims + 1, sizeof(*c));
	c = &pg->claims[pg->nclaims++];
	memset(c, 0, sizeof(*c));
	c->para = para;
	c->line = p->at[off];
	c->col = p->col[off];
	c->from = p->first;
	c->bits = e->bits;
	c->mask = e->bad ? MODE_LEVELS | MODE_CREDS : mask_of(e->bits);
	c->bad = e->bad;
	c->before = when != LT_NOW;
	c->when = when;
	snprintf(c->version, sizeof(c->version), "%s", version);
	c->says = xstrndup(t + e->off, e->end - e->off);
	c->f = h->f;
	c->unknown = h->unknown != NULL ? xstrdup(h->unknown) : NULL;
}

/* Is the tag a mode, as in ptrace(2)'s lists of levels and flags? */
static int
mode_tag(const char *tag, struct expr *e)
{
	size_t	 i = 0;

	return strncmp(tag, "PTRACE_MODE_", 12) == 0 &&
	    next_expr(tag, strlen(tag), &i, e);
}

/* The page's own interfaces, for a claim that names none. */
static void
page_hits(const struct spec *s, const struct lpage *pg, struct hits *h)
{
	size_t	 i, n = h->n;

	if (pg->title == NULL || strcmp(pg->title, "ptrace") == 0 ||
	    strcmp(pg->title, "proc") == 0)
		return;
	for (i = 0; i < s->nifaces; i++)
		if (lpage_expects(pg, &s->ifaces[i]))
			hit_add(h, &s->ifaces[i], NULL, 0);
	if (h->n == n && pg->section == 2)
		hit_add(h, NULL, pg->title, 0);
}

/*
 * On a page of its own interfaces, a name in the prose narrows the
 * claim to one of them (process_vm_writev on process_vm_readv(2)); a
 * name of another page's interface ("opened from /proc/pid/ns") is
 * context, not the subject.  ptrace(2) is about every interface.
 */
static void
own_only(const struct spec *s, const struct lpage *pg, struct hits *h)
{
	size_t	 i, k, own = 0;

	if (pg->title == NULL || strcmp(pg->title, "ptrace") == 0)
		return;
	for (i = 0; i < s->nifaces; i++)
		own += lpage_expects(pg, &s->ifaces[i]);
	if (own == 0)
		return;
	for (i = k = 0; i < h->n; i++) {
		if (h->v[i].f != NULL && lpage_expects(pg, h->v[i].f))
			h->v[k++] = h->v[i];
		else
			free(h->v[i].unknown);
	}
	h->n = k;
}

static void
prose_mentions(const struct spec *s, const struct lpage *pg, const char *t,
    size_t len, struct hits *h)
{
	mentions(s, t, len, 0, h);
	own_only(s, pg, h);
}

/*
 * Which interfaces a claim is about, nearest first: the item's tag,
 * the sentence, the paragraph, the subsection heading, the page.
 */
static void
tie(const struct spec *s, const struct lpage *pg, const struct lpara *p,
    size_t sb, size_t se, struct hits *h)
{
	struct expr	 e;
	size_t		 i;

	for (i = p->ntags; i > 0 && h->n == 0; i--)
		if (!mode_tag(p->tags[i - 1], &e))
			mentions(s, p->tags[i - 1], strlen(p->tags[i - 1]), 1,
			    h);
	if (h->n == 0)
		prose_mentions(s, pg, p->text + sb, se - sb, h);
	if (h->n == 0)
		prose_mentions(s, pg, p->text, p->len, h);
	if (h->n == 0 && p->ss != NULL)
		prose_mentions(s, pg, p->ss, strlen(p->ss), h);
	if (h->n == 0)
		page_hits(s, pg, h);
}

static void
sentence_claims(const struct spec *s, struct lpage *pg, size_t pi,
    size_t sb, size_t se)
{
	const struct lpara *p = &pg->paras[pi];
	struct hits	 h = { NULL, 0 };
	struct expr	 e;
	size_t		 i = sb, k;
	enum ltime	 when;
	char		 version[LVERSION_MAX];

	if (p->sect == LSECT_SKIP || !has_cue(p->text + sb, se - sb))
		return;
	while (next_expr(p->text, se, &i, &e)) {
		if (h.n == 0)
			tie(s, pg, p, sb, se, &h);
		when = claim_time(p, sb, se, e.off, version);
		for (k = 0; k < h.n; k++) {
			add_claim(pg, pi, e.off, &e, p->text, when, version,
			    &h.v[k]);
			/* A sentence that starts a line can be cut out. */
			if (sb == 0 || p->at[sb - 1] != p->at[sb])
				pg->claims[pg->nclaims - 1].from = p->at[sb];
		}
	}
	hits_free(&h);
}

static int
abbrev_end(const char *t, size_t i)
{
	static const char *const ab[] = { "e.g", "i.e", "etc", "cf", "vs" };
	size_t	 k, n;

	for (k = 0; k < sizeof(ab) / sizeof(ab[0]); k++) {
		n = strlen(ab[k]);
		if (i >= n && strncmp(t + i - n, ab[k], n) == 0 &&
		    (i == n || !isalpha((unsigned char)t[i - n - 1])))
			return 1;
	}
	return 0;
}

/* The end of the sentence that starts at i. */
static size_t
sentence_end(const char *t, size_t len, size_t i)
{
	for (; i < len; i++)
		if (strchr(".!?", t[i]) != NULL && (i + 1 == len ||
		    (t[i + 1] == ' ' && i + 2 < len &&
		    !islower((unsigned char)t[i + 2]))) && !abbrev_end(t, i))
			return i + 1;
	return len;
}

/* An item tagged with a mode: each interface it lists has that mode. */
static void
tag_claims(const struct spec *s, struct lpage *pg, size_t pi)
{
	const struct lpara *p = &pg->paras[pi];
	struct hits	 h = { NULL, 0 };
	struct expr	 e;
	size_t		 k;

	if (p->ntags == 0 || !mode_tag(p->tags[p->ntags - 1], &e))
		return;
	mentions(s, p->text, p->len, 1, &h);
	e.off = 0;
	for (k = 0; k < h.n; k++)
		add_claim(pg, pi, h.v[k].off, &e,
		    p->tags[p->ntags - 1], LT_NOW, "", &h.v[k]);
	hits_free(&h);
}

void
find_claims(const struct spec *s, struct lpage *pg)
{
	const struct lpara *p;
	size_t		 pi, i, e;

	for (pi = 0; pi < pg->nparas; pi++) {
		p = &pg->paras[pi];
		for (i = 0; i < p->len; i = e) {
			e = sentence_end(p->text, p->len, i);
			sentence_claims(s, pg, pi, i, e);
			while (e < p->len && p->text[e] == ' ')
				e++;
		}
		tag_claims(s, pg, pi);
	}
}


/* "man/man2/kcmp.2" gives kcmp and 2. */
