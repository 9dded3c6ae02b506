/*
 * The files the tool reads besides its input: the spec and the page
 * template that splice takes its subsection from.  They are found
 * beside the binary in a built source tree (gen/ptrace-access finds
 * gen/../spec/...), else in the data directory compiled in (make install
 * puts them in $(datadir)/ptrace-access), so that every command works
 * from any directory.
 */
#ifndef CLI_DATADIR_H
#define CLI_DATADIR_H

enum datafile {
	DATA_SPEC,		/* spec/ptrace-access.yaml */
	DATA_PTRACE_TEMPLATE,	/* man2/ptrace.2.m4 */
};

/* Where the binary was started from: main()'s argv[0]. */
void	 data_init(const char *argv0);

/* The path of the file (the caller frees it), or NULL after a message. */
char	*data_path(enum datafile);

#endif /* !CLI_DATADIR_H */
