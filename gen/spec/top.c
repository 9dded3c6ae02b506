/*
 * The spec's top level: the document and its fields, and the entry
 * points that read a file into a struct spec.
 *
 * Each mapping in the schema is a table of fields (key, expected YAML
 * type, required or not, handler), so "unknown key", "duplicate key",
 * "missing field" and "wrong type" are one generic loop (load.c).
 * Loading goes on after an error so that every error is reported in
 * one run; the caller emits nothing when msg_errors() is not zero.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "spec/load.h"
#include "model/model.h"
#include "msg.h"
#include "model/names.h"
#include "ranges/ranges.h"
#include "readall.h"
#include "spec/parts.h"
#include "xalloc.h"
#include "spec/ytree.h"

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
	{ "algorithm", Y_MAP, 1, load_algorithm },
	{ "interfaces", Y_SEQ, 1, top_interfaces },
	{ "helpers", Y_SEQ, 0, top_helpers },
};

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
	load_input(buf, len);
	if ((root = ytree_parse(buf, len)) == NULL)
		return s;
	load_map(root, "spec", top_fields, NELEM(top_fields), s);
	check_flags(s, &root->pos);
	check_steps(s);
	check_unique_ifaces(s);
	load_ranges_finish(s, &root->pos);
	date_from_epoch(s);
	ytree_free(root);
	load_input(NULL, 0);
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
