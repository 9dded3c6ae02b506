/*
 * Judging a claim against the spec: the mode now, or the mode at the
 * time the sentence is about, from the interface's history (the mode
 * before each change, and the release of the change where known).  A
 * claim about the present that names a mode the interface had before
 * a change is outdated, not wrong.  When the history cannot say which
 * mode held at a time (a change whose release is not confirmed), any
 * mode the interface ever had is accepted: lint does not guess.
 */
#include <stdlib.h>
#include <string.h>

#include "lint/claim.h"
#include "lint/judge.h"

/* Does the spec's prose name this mode, {b:PTRACE_MODE_...}? */
static int
text_names(const char *src, unsigned int bits, unsigned int mask)
{
	const char	*p = src, *e;
	int		 bad = 0;

	while (p != NULL && (p = strstr(p, "{b:PTRACE_MODE_")) != NULL) {
		p += 3;
		if ((e = strchr(p, '}')) == NULL)
			break;
		if (((token_bits(p, e - p, &bad) ^ bits) & mask) == 0 && !bad)
			return 1;
	}
	return 0;
}

/*
 * A mode the spec itself names for a variant of the interface
 * ("an event that sends SIGTRAP is checked with ... instead") is
 * what the spec says too.
 */
static int
spec_names(const struct iface *f, unsigned int bits, unsigned int mask)
{
	size_t	 i;

	if (text_names(f->text.src, bits, mask))
		return 1;
	for (i = 0; i < f->ngates; i++)
		if (text_names(f->gates[i].text.src, bits, mask))
			return 1;
	return 0;
}

static int
same_mode(const struct lclaim *c, unsigned int mode)
{
	return ((c->bits ^ mode) & c->mask) == 0;
}

/* "5.10" < "5.12" < "5.12.1"; negative, zero or positive. */
static int
vercmp(const char *a, const char *b)
{
	char		*ea, *eb;
	unsigned long	 x, y;

	for (;;) {
		x = strtoul(a, &ea, 10);
		y = strtoul(b, &eb, 10);
		if (x != y)
			return x < y ? -1 : 1;
		if (*ea != '.' || *eb != '.')
			return (*ea == '.') - (*eb == '.');
		a = ea + 1;
		b = eb + 1;
	}
}

/* Is every change in the history dated by a confirmed release? */
static int
history_dated(const struct iface *f)
{
	size_t	 i;

	for (i = 0; i < f->nhistory; i++)
		if (f->history[i].version.name == NULL)
			return 0;
	return 1;
}

/*
 * The mode in force at a release: the mode before the earliest change
 * after it (at or after it, for "before Linux V"), else today's.
 */
static unsigned int
mode_at(const struct iface *f, const char *v, int before_v)
{
	const struct change *h, *first = NULL;
	size_t		 i;
	int		 c;

	for (i = 0; i < f->nhistory; i++) {
		h = &f->history[i];
		c = vercmp(h->version.name, v);
		if ((c > 0 || (before_v && c == 0)) && (first == NULL ||
		    vercmp(h->version.name, first->version.name) < 0))
			first = h;
	}
	return first != NULL ? first->before : f->mode;
}

/* The change of the history that had this mode before it, or NULL. */
static const struct change *
change_from(const struct lclaim *c)
{
	size_t	 i;

	for (i = 0; i < c->f->nhistory; i++)
		if (same_mode(c, c->f->history[i].before))
			return &c->f->history[i];
	return NULL;
}

/* The mode when the interface came, before all of its changes. */
static unsigned int
first_mode(const struct iface *f)
{
	return mode_at(f, "0", 0);
}

enum verdict
lclaim_verdict(const struct lclaim *c, const struct change **change)
{
	const struct iface *f = c->f;
	int		 dated;

	*change = NULL;
	if (f == NULL)
		return c->when == LT_NOW ? V_UNKNOWN : V_UNCHECKED;
	if (c->bad)
		return c->when == LT_NOW ? V_MISMATCH : V_HISTORY;
	dated = history_dated(f);
	switch (c->when) {
	case LT_NOW:
		if (same_mode(c, f->mode) || spec_names(f, c->bits, c->mask))
			return V_AGREES;
		*change = change_from(c);
		return *change != NULL ? V_OUTDATED : V_MISMATCH;
	case LT_CHANGE:
		return change_from(c) != NULL ? V_AGREES : V_HISTORY;
	case LT_BEFORE:
	case LT_SINCE:
		if (dated)
			return same_mode(c, mode_at(f, c->version,
			    c->when == LT_BEFORE)) ? V_AGREES : V_HISTORY;
		break;
	case LT_FIRST:
		if (dated)
			return same_mode(c, first_mode(f)) ? V_AGREES :
			    V_HISTORY;
		break;
	case LT_PAST:
		break;
	}
	return same_mode(c, f->mode) || change_from(c) != NULL ? V_AGREES :
	    V_HISTORY;
}

/* The mode the verdict compared the claim with, for messages. */
unsigned int
lclaim_spec_mode(const struct lclaim *c)
{
	switch (c->when) {
	case LT_BEFORE:
	case LT_SINCE:
		if (history_dated(c->f))
			return mode_at(c->f, c->version, c->when == LT_BEFORE);
		break;
	case LT_FIRST:
		if (history_dated(c->f))
			return first_mode(c->f);
		break;
	default:
		break;
	}
	return c->f->mode;
}
