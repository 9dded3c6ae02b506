/*
 * The vocabularies: every enumerated value of the spec, once.
 *
 * One table per concept (mode flags, flag kinds, errnos, interface
 * kinds, operations, denials, gate kinds and orders), each with every
 * spelling the project uses: the YAML word the loader accepts and the
 * JSON writer prints, and the phrases pages and tests use.  The result
 * kinds a probe observes are in check/harness/pa_result.h, which the
 * harness shares; a denial names its result kind here.  The scenarios
 * and the steps of the check are the model's (algo.c); probe methods
 * are in probe.c.  To add a value: add its enumerator in model.h and
 * its row here; the loader's messages list the words from these tables.
 */
#ifndef NAMES_H
#define NAMES_H

#include "model/model.h"

#include "../check/harness/pa_result.h"

/* The vocabularies whose values are their enumerators, 0, 1, ... */
enum vocab {
	V_FLAG_KIND,		/* enum flag_kind: level, creds, modifier */
	V_IFACE_KIND,		/* enum iface_kind: syscall, proc, ... */
	V_OPERATION,		/* enum operation: open, read, ... */
	V_DENIAL,		/* enum denial_kind: zeroed, ... (not errnos) */
	V_GATE_KIND,		/* enum gate_kind: capability, ... */
	V_GATE_ORDER		/* enum gate_order: before, after, bypass */
};

int		 vocab_value(enum vocab, const char *word); /* -1 if unknown */
const char	*vocab_word(enum vocab, int value);
/* The words for a message, "open, read, ... or ioctl". */
const char	*vocab_expected(enum vocab);

/* The phrases the pages use for an operation. */
struct op_words {
	const char	*word;		/* YAML: "open" */
	const char	*doing;		/* "Opening this file" */
	const char	*failing;	/* "the open" */
};
const struct op_words *operation_words(enum operation);

/* A denial kind: its word, the result a test sees, a page phrase. */
struct denial_words {
	const char	*word;		/* YAML: "zeroed"; NULL for an errno */
	enum pa_result	 result;	/* what a probe observes */
	const char	*phrase;	/* ptrace(2)'s table: "masked" */
};
const struct denial_words *denial_words(enum denial_kind);

/* A gate order: its word and how pages and tests say it. */
struct gate_order_words {
	const char	*word;		/* YAML: "before" */
	const char	*page;		/* "before the check" */
	const char	*test;		/* "checked before the ptrace check" */
};
const struct gate_order_words *gate_order_words(enum gate_order);

/* Result kinds (check/harness/pa_result.h). */
const char	*result_enum_name(enum pa_result);	/* "PA_ZEROED" */
const char	*result_expect(enum pa_result);	/* "denied, fields zeroed" */

/* Mode flags: the PTRACE_MODE_ suffixes, their bits and kinds. */
unsigned int	 flag_value(const char *name);	/* 0 if unknown */
const char	*flag_name(unsigned int bit);	/* "READ" */
enum flag_kind	 flag_kind_of(unsigned int bit);
const char	*flag_expected(void);	/* "READ, ATTACH, ... or NOAUDIT" */

int		 errno_value(const char *name);	/* 0 if unknown */
const char	*errno_name(int);

/* The older names: vocab_value() and vocab_word() of one vocabulary. */
enum denial_kind denial_kind_value(const char *name);
int		 iface_kind_value(const char *name);	/* -1 if unknown */
int		 operation_value(const char *name);	/* -1 if unknown */
int		 gate_kind_value(const char *name);
int		 gate_order_value(const char *name);
const char	*gate_order_name(enum gate_order);
const char	*gate_kind_name(enum gate_kind);

#endif /* !NAMES_H */
