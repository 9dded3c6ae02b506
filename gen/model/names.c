/*
 * The vocabularies: see names.h.  Each is one table, looked up by
 * word when loading and by value when printing.
 */
#include <errno.h>
#include <stddef.h>
#include <string.h>

#include "model/model.h"
#include "model/names.h"
#include <stdio.h>
#include <stdlib.h>

#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

/* The kernel's PTRACE_MODE_* flags, in the order messages list them. */
static const struct {
	const char	*name;
	unsigned int	 bit;
	enum flag_kind	 kind;
} flags[] = {
	{ "READ", MODE_READ, FLAG_LEVEL },
	{ "ATTACH", MODE_ATTACH, FLAG_LEVEL },
	{ "FSCREDS", MODE_FSCREDS, FLAG_CREDS },
	{ "REALCREDS", MODE_REALCREDS, FLAG_CREDS },
	{ "NOAUDIT", MODE_NOAUDIT, FLAG_MODIFIER },
};

/* The errors a denial can plausibly give; extend as the kernel does. */
static const struct {
	const char	*name;
	int		 value;
} errnos[] = {
	{ "E2BIG", E2BIG }, { "EACCES", EACCES }, { "EAGAIN", EAGAIN },
	{ "EBADF", EBADF }, { "EBUSY", EBUSY }, { "ECHILD", ECHILD },
	{ "EEXIST", EEXIST }, { "EFAULT", EFAULT }, { "EINTR", EINTR },
	{ "EINVAL", EINVAL }, { "EIO", EIO }, { "ELOOP", ELOOP },
	{ "ENODEV", ENODEV }, { "ENOENT", ENOENT }, { "ENOMEM", ENOMEM },
	{ "ENOSYS", ENOSYS }, { "ENOTTY", ENOTTY }, { "ENXIO", ENXIO },
	{ "EOPNOTSUPP", EOPNOTSUPP }, { "EPERM", EPERM },
	{ "ERANGE", ERANGE }, { "ESRCH", ESRCH },
};

static const char *const flag_kinds[] = {
	[FLAG_LEVEL] = "level",
	[FLAG_CREDS] = "creds",
	[FLAG_MODIFIER] = "modifier",
};

static const char *const iface_kinds[] = {
	[IFACE_SYSCALL] = "syscall",
	[IFACE_PROC] = "proc",
	[IFACE_IOCTL] = "ioctl",
	[IFACE_PRCTL] = "prctl",
};

/* What is done, and what fails when the check fails. */
static const struct op_words operations[] = {
	[OP_OPEN] = { "open", "Opening this file", "the open" },
	[OP_READ] = { "read", "Reading this file", "the read" },
	[OP_READLINK] = { "readlink", "Reading this link",
	    "{man:readlink(2)}" },
	[OP_FOLLOW] = { "follow", "Following this link", "the path lookup" },
	[OP_READDIR] = { "readdir", "Listing this directory", "the listing" },
	[OP_LOOKUP] = { "lookup", "Looking up an entry in this directory",
	    "the lookup" },
	[OP_GETATTR] = { "getattr", "Getting the attributes of this entry",
	    "{man:stat(2)}" },
	[OP_PERMISSION] = { "permission", "Any access to this entry",
	    "the access" },
	[OP_SYSCALL] = { "syscall", "This call", "the call" },
	[OP_IOCTL] = { "ioctl", "This operation", "the operation" },
};

/*
 * An errno denial has no word: the spec gives the errno's name.  The
 * phrase is the denial column of ptrace(2)'s table.
 */
static const struct denial_words denials[] = {
	[DENY_ERRNO] = { NULL, PA_ERRNO, NULL },
	[DENY_ZEROED] = { "zeroed", PA_ZEROED, "masked" },
	[DENY_PRINTS_ZERO] = { "prints-zero", PA_PRINTS_ZERO, "reads 0" },
	[DENY_OMITTED] = { "omitted", PA_OMITTED, "left out" },
	[DENY_NONE] = { "none", PA_ALLOWED, "never" },
};

static const char *const gate_kinds[] = {
	[GATE_CAPABILITY] = "capability",
	[GATE_SYSCTL] = "sysctl",
	[GATE_MOUNT] = "mount",
};

static const struct gate_order_words gate_orders[] = {
	[GATE_BEFORE] = { "before", "before the check",
	    "checked before the ptrace check" },
	[GATE_AFTER] = { "after", "after the check",
	    "checked after the ptrace check" },
	[GATE_BYPASS] = { "bypass", "lets the caller through",
	    "lets the caller through a failed check" },
};

static const struct {
	const char	*enum_name;
	const char	*expect;
} results[] = {
#define RESULT_ROW(kind, name, letter, legend, expect) \
	[PA_##kind] = { "PA_" #kind, expect },
	PA_RESULT_LIST(RESULT_ROW)
#undef RESULT_ROW
};

/*
 * The vocabularies looked up by word: tables of structures whose first
 * member is the word, or of words, indexed by the enumerator.
 */
static const struct {
	const void	*table;
	size_t		 n;
	size_t		 stride;
} vocabs[] = {
	[V_FLAG_KIND] = { flag_kinds, NELEM(flag_kinds),
	    sizeof(flag_kinds[0]) },
	[V_IFACE_KIND] = { iface_kinds, NELEM(iface_kinds),
	    sizeof(iface_kinds[0]) },
	[V_OPERATION] = { operations, NELEM(operations),
	    sizeof(operations[0]) },
	[V_DENIAL] = { denials, NELEM(denials), sizeof(denials[0]) },
	[V_GATE_KIND] = { gate_kinds, NELEM(gate_kinds),
	    sizeof(gate_kinds[0]) },
	[V_GATE_ORDER] = { gate_orders, NELEM(gate_orders),
	    sizeof(gate_orders[0]) },
};

const char *
vocab_word(enum vocab v, int value)
{
	const char	*row;

	if (value < 0 || (size_t)value >= vocabs[v].n)
		return NULL;
	row = (const char *)vocabs[v].table + (size_t)value * vocabs[v].stride;
	return *(const char *const *)(const void *)row;
}

int
vocab_value(enum vocab v, const char *word)
{
	const char	*w;
	size_t		 i;

	for (i = 0; i < vocabs[v].n; i++)
		if ((w = vocab_word(v, (int)i)) != NULL &&
		    strcmp(w, word) == 0)
			return (int)i;
	return -1;
}

/*
 * "a, b or c" from the words of a table, built once into list.  The
 * tables are fixed: a list too long for its buffer is a bug here.
 */
#define LISTSZ	256

static const char *
expected(char *list, const char *(*word)(int, int), int arg, size_t n)
{
	const char	*w;
	size_t		 i, left, len;

	if (*list != '\0')
		return list;
	for (left = 0, i = 0; i < n; i++)
		left += word(arg, (int)i) != NULL;
	for (len = 0, i = 0; i < n; i++) {
		if ((w = word(arg, (int)i)) == NULL)
			continue;
		left--;
		len += snprintf(list + len, LISTSZ - len, "%s%s", w,
		    left == 0 ? "" : left == 1 ? " or " : ", ");
		/*
		 * An invariant, not an input error: the list holds only the
		 * words compiled into the table, never the spec's, so only a
		 * change to a table can overflow it.
		 */
		if (len >= LISTSZ) {
			fputs("names.c: a vocabulary outgrew LISTSZ\n", stderr);
			abort();
		}
	}
	return list;
}

static const char *
vocab_word_at(int v, int i)
{
	return vocab_word((enum vocab)v, i);
}

const char *
vocab_expected(enum vocab v)
{
	static char	 lists[NELEM(vocabs)][LISTSZ];

	return expected(lists[v], vocab_word_at, (int)v, vocabs[v].n);
}

static const char *
flag_word_at(int unused, int i)
{
	(void)unused;
	return flags[i].name;
}

const char *
flag_expected(void)
{
	static char	 list[LISTSZ];

	return expected(list, flag_word_at, 0, NELEM(flags));
}

const struct op_words *
operation_words(enum operation op)
{
	return &operations[op];
}

const struct denial_words *
denial_words(enum denial_kind k)
{
	return &denials[k];
}

const struct gate_order_words *
gate_order_words(enum gate_order o)
{
	return &gate_orders[o];
}

const char *
result_enum_name(enum pa_result r)
{
	return results[r].enum_name;
}

const char *
result_expect(enum pa_result r)
{
	return results[r].expect;
}

unsigned int
flag_value(const char *name)
{
	size_t	 i;

	for (i = 0; i < NELEM(flags); i++)
		if (strcmp(flags[i].name, name) == 0)
			return flags[i].bit;
	return 0;
}

const char *
flag_name(unsigned int bit)
{
	size_t	 i;

	for (i = 0; i < NELEM(flags); i++)
		if (flags[i].bit == bit)
			return flags[i].name;
	return NULL;
}

enum flag_kind
flag_kind_of(unsigned int bit)
{
	size_t	 i;

	for (i = 0; i < NELEM(flags); i++)
		if (flags[i].bit == bit)
			return flags[i].kind;
	return FLAG_MODIFIER;
}

int
errno_value(const char *name)
{
	size_t	 i;

	for (i = 0; i < NELEM(errnos); i++)
		if (strcmp(errnos[i].name, name) == 0)
			return errnos[i].value;
	return 0;
}

const char *
errno_name(int value)
{
	size_t	 i;

	for (i = 0; i < NELEM(errnos); i++)
		if (errnos[i].value == value)
			return errnos[i].name;
	return NULL;
}

enum denial_kind
denial_kind_value(const char *name)
{
	int	 i = vocab_value(V_DENIAL, name);

	return i == -1 ? DENY_ERRNO : (enum denial_kind)i;
}

const char *
denial_name(const struct denial *d)
{
	return d->kind == DENY_ERRNO ? d->errname : denials[d->kind].word;
}

int
iface_kind_value(const char *name)
{
	return vocab_value(V_IFACE_KIND, name);
}

const char *
iface_kind_name(enum iface_kind k)
{
	return iface_kinds[k];
}

int
operation_value(const char *name)
{
	return vocab_value(V_OPERATION, name);
}

const char *
operation_name(enum operation op)
{
	return operations[op].word;
}

int
gate_kind_value(const char *name)
{
	return vocab_value(V_GATE_KIND, name);
}

const char *
gate_kind_name(enum gate_kind k)
{
	return gate_kinds[k];
}

int
gate_order_value(const char *name)
{
	return vocab_value(V_GATE_ORDER, name);
}

const char *
gate_order_name(enum gate_order o)
{
	return gate_orders[o].word;
}
