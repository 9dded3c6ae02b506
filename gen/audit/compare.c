/*
 * The sites of a tree against the spec as of the tree's version.
 *
 * An interface names its check by source.file and source.function
 * (and source.also): the function whose body calls a checker.  Every
 * site must be named by an interface that exists in that version,
 * with the mode the interface has in that version; every function an
 * interface names must make a check; and every function that passes
 * its own parameter as the mode must be a listed helper.
 *
 * "Exists" is range_holds() on the interface's since and until.  Where
 * the tree's version falls in an unconfirmed window, a site the
 * interface names is still checked against it, but its function need
 * not make a check: the spec does not know whether it is there.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "audit/audit.h"
#include "ranges/ranges.h"
#include "xalloc.h"

static const struct version	 open_bound;	/* absent: still in force */

/*
 * Whether the interface exists at the tree's version.  HOLDS_UNKNOWN
 * when a bound of its range is an unconfirmed window the version falls
 * in: its check sites count as named, but a missing one is no finding.
 */
static enum holds
exists_in(const struct iface *f, const char *version)
{
	struct kver	 x = { version, 0 };

	return range_holds(&f->since, &f->until, x);
}

/*
 * The mode in force at version: before each change not yet made, the
 * mode it replaced.  A change whose release is unknown at version
 * counts as made when unknown_made is set, so that both of the modes
 * the spec allows there can be tried.
 */
static unsigned int
mode_in(const struct iface *f, const char *version, int unknown_made)
{
	struct kver	 x = { version, 0 };
	unsigned int	 mode = f->mode;
	enum holds	 made;
	size_t		 i;

	for (i = f->nhistory; i-- > 0; ) {
		made = range_holds(&f->history[i].version, &open_bound, x);
		if (made == HOLDS_NO ||
		    (made == HOLDS_UNKNOWN && !unknown_made))
			mode = f->history[i].before;
	}
	return mode;
}

static int
ref_is(const char *file, const char *func, const struct site *st)
{
	return file != NULL && func != NULL &&
	    strcmp(file, st->file->path) == 0 &&
	    strcmp(func, st->func->name) == 0;
}

static int
iface_names(const struct iface *f, const struct site *st)
{
	size_t	 i;

	if (ref_is(f->src_file, f->src_func, st))
		return 1;
	for (i = 0; i < f->nalso; i++)
		if (ref_is(f->also[i].file, f->also[i].func, st))
			return 1;
	return 0;
}

static void
add(struct findings *fs, enum finding_kind kind, const char *file,
    size_t line, size_t col, const char *fmt, ...)
{
	struct finding	*x;
	va_list		 ap;
	int		 n;

	fs->v = cfile_grow(fs->v, fs->n, sizeof(*fs->v));
	x = &fs->v[fs->n++];
	x->kind = kind;
	x->file = file;
	x->line = line;
	x->col = col;
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	x->msg = xcalloc(1, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(x->msg, (size_t)n + 1, fmt, ap);
	va_end(ap);
}

static int
mode_known(const struct modeset *m, unsigned int mode)
{
	size_t	 i;

	for (i = 0; i < m->n; i++)
		if (m->v[i].bits == mode)
			return 1;
	return 0;
}

static void
compare_site(struct findings *fs, const struct site *st,
    const struct spec *s, const char *version)
{
	const struct iface *f;
	char		 got[256], want[96], alt[96];
	size_t		 i;
	int		 named = 0;

	modeset_name(&st->mode, got, sizeof(got));
	if (st->wrapper) {
		add(fs, FIND_HELPER, st->file->path, st->line, 0,
		    "%s() passes its parameter as the mode to %s() (%s) but "
		    "is not in the spec's helpers", st->func->name,
		    st->callee, got);
		return;
	}
	if (st->mode.unknown || st->mode.n == 0)
		add(fs, FIND_UNKNOWN_MODE, st->file->path, st->line, 0,
		    "%s(): cannot tell the mode of this call of %s() (%s)",
		    st->func->name, st->callee, got);
	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		if (exists_in(f, version) == HOLDS_NO || !iface_names(f, st))
			continue;
		named = 1;
		if (st->mode.unknown ||
		    mode_known(&st->mode, mode_in(f, version, 0)) ||
		    mode_known(&st->mode, mode_in(f, version, 1)))
			continue;
		mode_name(mode_in(f, version, 0), want, sizeof(want));
		mode_name(mode_in(f, version, 1), alt, sizeof(alt));
		add(fs, FIND_MODE, st->file->path, st->line, 0,
		    "%s(): %s() checks %s; the spec says %s%s%s for %s "
		    "(%s:%zu)", st->func->name, st->callee, got, want,
		    strcmp(want, alt) != 0 ? " or " : "",
		    strcmp(want, alt) != 0 ? alt : "", f->name, s->file,
		    f->pos.line + 1);
	}
	if (!named)
		add(fs, FIND_UNKNOWN_SITE, st->file->path, st->line, 0,
		    "%s(): %s() checks %s, and no interface of the spec "
		    "names %s %s", st->func->name, st->callee, got,
		    st->file->path, st->func->name);
}

static void
compare_ref(struct findings *fs, const struct sites *ss,
    const struct spec *s, const struct iface *f, const char *file,
    const char *func, const struct pos *pos)
{
	size_t	 i;

	if (file == NULL || func == NULL)
		return;
	for (i = 0; i < ss->n; i++)
		if (!ss->v[i].wrapper && ref_is(file, func, &ss->v[i]))
			return;
	add(fs, FIND_NO_SITE, s->file, pos->line + 1, pos->col + 1,
	    "interface \"%s\": %s %s() makes no ptrace access mode check "
	    "in this tree", f->name, file, func);
}

void
compare(struct findings *fs, const struct sites *ss, const struct spec *s,
    const char *version)
{
	const struct iface *f;
	size_t		 i, j;

	memset(fs, 0, sizeof(*fs));
	for (i = 0; i < ss->n; i++)
		compare_site(fs, &ss->v[i], s, version);
	for (i = 0; i < s->nifaces; i++) {
		f = &s->ifaces[i];
		if (exists_in(f, version) != HOLDS_YES)
			continue;	/* unknown: not required */
		compare_ref(fs, ss, s, f, f->src_file, f->src_func, &f->pos);
		for (j = 0; j < f->nalso; j++)
			compare_ref(fs, ss, s, f, f->also[j].file,
			    f->also[j].func, &f->also[j].pos);
	}
}

void
findings_free(struct findings *fs)
{
	size_t	 i;

	for (i = 0; i < fs->n; i++)
		free(fs->v[i].msg);
	free(fs->v);
	memset(fs, 0, sizeof(*fs));
}
