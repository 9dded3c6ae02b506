/*
 * The model's own helpers: the names of modes and steps, and freeing.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "model/names.h"
#include "sbuf.h"

/*
 * The kernel's spelling of a mode: the combined macro for the level
 * and credentials, then any modifier,
 * e.g. "PTRACE_MODE_READ_FSCREDS | PTRACE_MODE_NOAUDIT".
 * A mode without credentials (before Linux 4.5) is just the level.
 */
const char *
mode_name(unsigned int mode, char *buf, size_t bufsz)
{
	const char	*level, *creds;

	level = flag_name(mode & MODE_LEVELS);
	creds = flag_name(mode & MODE_CREDS);
	if (level == NULL)
		level = "?";
	if (creds != NULL)
		snprintf(buf, bufsz, "PTRACE_MODE_%s_%s", level, creds);
	else
		snprintf(buf, bufsz, "PTRACE_MODE_%s", level);
	if (mode & MODE_NOAUDIT)
		strncat(buf, " | PTRACE_MODE_NOAUDIT",
		    bufsz - strlen(buf) - 1);
	return buf;
}

const char *
mode_level_name(unsigned int mode)
{
	return flag_name(mode & MODE_LEVELS);
}

const struct flag *
spec_flag(const struct spec *s, unsigned int value)
{
	size_t	 i;

	for (i = 0; i < s->nflags; i++)
		if (s->flags[i].value == value)
			return &s->flags[i];
	return NULL;
}

/* "(3)" for a step, "(5.2)" for a substep; NULL if there is no such id. */
const char *
step_number(const struct spec *s, const char *id, char *buf, size_t bufsz)
{
	size_t	 i, j;

	for (i = 0; i < s->nsteps; i++) {
		if (s->steps[i].id != NULL && strcmp(s->steps[i].id, id) == 0) {
			snprintf(buf, bufsz, "(%zu)", i + 1);
			return buf;
		}
		for (j = 0; j < s->steps[i].nsub; j++)
			if (s->steps[i].sub[j].id != NULL &&
			    strcmp(s->steps[i].sub[j].id, id) == 0) {
				snprintf(buf, bufsz, "(%zu.%zu)", i + 1, j + 1);
				return buf;
			}
	}
	return NULL;
}

const struct step *
spec_step(const struct spec *s, const char *id)
{
	size_t	 i, j;

	for (i = 0; i < s->nsteps; i++) {
		if (s->steps[i].id != NULL && strcmp(s->steps[i].id, id) == 0)
			return &s->steps[i];
		for (j = 0; j < s->steps[i].nsub; j++)
			if (s->steps[i].sub[j].id != NULL &&
			    strcmp(s->steps[i].sub[j].id, id) == 0)
				return &s->steps[i].sub[j];
	}
	return NULL;
}

static void
free_version(struct version *v)
{
	free(v->name);
	free(v->unconfirmed);
	free(v->commit);
	free(v->seen_in);
	free(v->after);
}

static void
free_range(struct range *r)
{
	free_version(&r->since);
	free_version(&r->until);
}

static void
free_steps(struct step *steps, size_t n)
{
	size_t	 i, j;

	for (i = 0; i < n; i++) {
		free(steps[i].id);
		free(steps[i].label);
		free(steps[i].text.src);
		free(steps[i].after.src);
		for (j = 0; j < steps[i].nbullets; j++)
			free(steps[i].bullets[j].src);
		free(steps[i].bullets);
		free_steps(steps[i].sub, steps[i].nsub);
		for (j = 0; j < steps[i].nvariants; j++) {
			free(steps[i].variants[j].id);
			free_range(&steps[i].variants[j].range);
			free(steps[i].variants[j].text.src);
			free(steps[i].variants[j].after.src);
		}
		free(steps[i].variants);
	}
	free(steps);
}

static void
free_refs(struct srcref *r, size_t n)
{
	size_t	 i;

	for (i = 0; i < n; i++) {
		free(r[i].file);
		free(r[i].func);
	}
	free(r);
}

static void
free_iface(struct iface *f)
{
	size_t	 i;

	free(f->name);
	free(f->id);
	free(f->page);
	free_version(&f->since);
	free_version(&f->until);
	free(f->src_file);
	free(f->src_func);
	free_refs(f->also, f->nalso);
	free(f->summary.src);
	free(f->text.src);
	for (i = 0; i < f->ngates_all; i++) {
		free(f->gates[i].name);
		free_version(&f->gates[i].since);
		free_version(&f->gates[i].until);
		free(f->gates[i].text.src);
	}
	free(f->gates);
	for (i = 0; i < f->nnotes_all; i++) {
		free_range(&f->notes[i].range);
		free(f->notes[i].text.src);
	}
	free(f->notes);
	for (i = 0; i < f->nhistory; i++) {
		free_version(&f->history[i].version);
		free(f->history[i].text.src);
	}
	free(f->history);
	free(f->probe.method);
	free(f->probe.arg);
	free(f->probe.needs);
}

void
spec_free(struct spec *s)
{
	size_t	 i;

	if (s == NULL)
		return;
	for (i = 0; i < s->nflags; i++) {
		free(s->flags[i].name);
		free_version(&s->flags[i].since);
		free(s->flags[i].text.src);
	}
	free(s->flags);
	free_steps(s->steps, s->nsteps);
	for (i = 0; i < s->nifaces_all; i++)
		free_iface(&s->ifaces[i]);
	free(s->ifaces);
	free_refs(s->helpers, s->nhelpers);
	free(s->file);
	free(s->date);
	free(s->kernel);
	for (i = 0; i < s->nreleases; i++) {
		free(s->releases[i].name);
		free(s->releases[i].read);
		free(s->releases[i].observed);
	}
	free(s->releases);
	free(s->copyright);
	free(s->license);
	free(s->intro.src);
	free(s->algorithm_intro.src);
	free(s);
}

/*
 * How pages refer to an interface, in the spec's markup:
 * "{man:kcmp(2)}", "{path:/proc/[pid]/environ}", "{b:PR_SCHED_CORE}".
 * The loader checks that this is valid markup for every name.
 */
void
iface_markup(struct sbuf *b, const struct iface *f)
{
	switch (f->kind) {
	case IFACE_PROC:
		sbuf_printf(b, "{path:%s}", f->name);
		break;
	case IFACE_SYSCALL:
		sbuf_printf(b, "{man:%s(2)}", f->name);
		break;
	default:
		sbuf_printf(b, "{b:%s}", f->name);
		break;
	}
}
