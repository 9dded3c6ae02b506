/*
 * Options: see cli/opts.h.  Every command describes its options as a
 * table, so that the parsing and the messages are the same everywhere.
 */
#include <string.h>

#include "cli/opts.h"
#include "msg.h"
#include "sbuf.h"

/* Messages name the command; the global options have none (""). */
static const char *
sep(const char *cmd)
{
	return *cmd != '\0' ? ": " : "";
}

static struct opt *
find(struct opt *v, size_t n, const char *arg, size_t len)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strlen(v[i].name) == len &&
		    strncmp(v[i].name, arg, len) == 0)
			return &v[i];
	return NULL;
}

int
opt_choice(const struct opt *o)
{
	const char	*c = o->choices, *bar;
	size_t		 len = strlen(o->value);
	int		 k;

	for (k = 0; c != NULL; k++) {
		bar = strchr(c, '|');
		if ((bar != NULL ? (size_t)(bar - c) : strlen(c)) == len &&
		    strncmp(c, o->value, len) == 0)
			return k;
		c = bar != NULL ? bar + 1 : NULL;
	}
	return -1;
}

/* "--format is text, json or claims" */
static void
bad_choice(const char *cmd, const struct opt *o)
{
	struct sbuf	 b = { NULL, 0, 0 };
	const char	*c = o->choices, *bar, *last = strrchr(c, '|');

	for (; c != NULL; c = bar != NULL ? bar + 1 : NULL) {
		bar = strchr(c, '|');
		sbuf_printf(&b, "%s%.*s", c == o->choices ? "" :
		    c - 1 == last ? " or " : ", ",
		    (int)(bar != NULL ? (size_t)(bar - c) : strlen(c)), c);
	}
	msg_fatal("%s%s%s is %s", cmd, sep(cmd), o->name, b.s);
	sbuf_free(&b);
}

/* One option at argv[*i]; -1 after a message. */
static int
take(int argc, char **argv, int *i, struct opt *v, size_t n)
{
	const char	*arg = argv[*i], *eq = strchr(arg, '=');
	struct opt	*o;

	o = find(v, n, arg, eq != NULL ? (size_t)(eq - arg) : strlen(arg));
	if (o == NULL) {
		msg_fatal("%s%sunknown argument \"%s\"", argv[0], sep(argv[0]),
		    arg);
		return -1;
	}
	if (o->flag && eq != NULL) {
		msg_fatal("%s%s%s takes no value", argv[0], sep(argv[0]),
		    o->name);
		return -1;
	}
	o->given = 1;
	if (o->flag)
		o->value = "";
	else if (eq != NULL)
		o->value = eq + 1;
	else if (*i + 1 < argc)
		o->value = argv[++*i];
	else {
		msg_fatal("%s%s%s needs a value", argv[0], sep(argv[0]),
		    o->name);
		return -1;
	}
	if (o->choices != NULL && opt_choice(o) == -1) {
		bad_choice(argv[0], o);
		return -1;
	}
	return 0;
}

int
opts_parse(int argc, char **argv, struct opt *v, size_t n, enum operands ops)
{
	int	 i;

	for (i = 1; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
		if (strcmp(argv[i], "--") == 0) {
			i++;
			break;
		}
		if (take(argc, argv, &i, v, n) == -1)
			return -1;
	}
	if (ops == OPERANDS_NONE && i < argc) {
		msg_fatal("%s%sunknown argument \"%s\"", argv[0], sep(argv[0]),
		    argv[i]);
		return -1;
	}
	if (ops == OPERANDS_SOME && i == argc) {
		msg_fatal("%s%sno FILE given", argv[0], sep(argv[0]));
		return -1;
	}
	return i;
}
