/*
 * Rules across entries of the spec, checked once all of it is read:
 * no name, id, flag or step id defined twice.
 */
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "msg.h"
#include "model/names.h"
#include "spec/parts.h"
#include "xalloc.h"

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

void
check_unique_ifaces(const struct spec *s)
{
	check_unique(s, "name");
	check_unique(s, "id");
}

void
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

void
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
