/*
 * The one option parser of every command, global options included:
 * long options from a table, "--name VALUE" or "--name=VALUE", a flag
 * with no value, a value from a fixed list; options first, then the
 * operands ("--" ends the options).  Errors are usage errors, reported
 * through msg.h as "COMMAND: ...".
 */
#ifndef CLI_OPTS_H
#define CLI_OPTS_H

#include <stddef.h>

struct opt {
	const char	*name;		/* "--format" */
	const char	*choices;	/* "text|json|claims", or NULL: any */
	int		 flag;		/* takes no value */
	const char	*value;		/* the default; then the one given */
	int		 given;
};

/* How many operands a command takes. */
enum operands { OPERANDS_NONE, OPERANDS_SOME, OPERANDS_ANY };

/*
 * Parse argv[1..] for argv[0], the command ("" for the global options).  Returns the index of the
 * first operand (argc if there is none), or -1 after a message.
 */
int	 opts_parse(int argc, char **argv, struct opt *, size_t nopts,
	    enum operands);

/* The index of the option's value in its choices (0, 1, ...). */
int	 opt_choice(const struct opt *);

#endif /* !CLI_OPTS_H */
