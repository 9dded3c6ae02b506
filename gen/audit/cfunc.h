/*
 * Function definitions and calls in one tokenized C file.
 *
 * A definition is a name with a parameter list at file level followed
 * by a body; function-like macros between the two (__acquires(x),
 * __must_hold(x)) are taken as attributes.  SYSCALL_DEFINEn(name, ...)
 * defines sys_name and COMPAT_SYSCALL_DEFINEn(name, ...)
 * compat_sys_name, as the kernel's own symbols are named.  Braces of
 * statement macros inside a body (scoped_guard (...) { }) are only
 * braces: the enclosing function stays the same.
 */
#ifndef CFUNC_H
#define CFUNC_H

#include <stddef.h>

#include "audit/ctok.h"

struct cfunc {
	char	*name;
	size_t	 line;		/* of the name */
	size_t	 popen, pclose;	/* tokens of its parameter list's ( ) */
	size_t	 body, end;	/* tokens of its body's { } */
};

struct ccall {
	size_t	 func;		/* index in the file's functions */
	size_t	 callee;	/* token of the called name */
	size_t	 open, close;	/* tokens of its ( ) */
};

struct cfile {
	char		*path;		/* relative to the tree */
	char		*buf;
	size_t		 len;
	struct ctoks	 toks;
	struct cfunc	*funcs;
	size_t		 nfuncs;
	struct ccall	*calls;
	size_t		 ncalls;
};

/*
 * Tokenize f->buf and find its functions and the calls, inside them,
 * of the names for which wanted() returns non-zero.
 */
void	cfile_parse(struct cfile *f,
	    int (*wanted)(const char *name, size_t len, void *), void *arg);
void	cfile_free(struct cfile *f);

/* The token after the ( or , at tok that ends its argument. */
size_t	cfile_arg_end(const struct cfile *, size_t tok, size_t close);
/* Start token of argument n (0-based) of a call, or 0 if it has none. */
size_t	cfile_arg(const struct cfile *, const struct ccall *, size_t n);
/* Which parameter of function fn the identifier at tok names, or -1. */
int	cfile_param(const struct cfile *, const struct cfunc *, size_t tok);
/* Room for element n of an array that grows by doubling. */
void	*cfile_grow(void *, size_t n, size_t size);
/* Token index of the matching ) or }, or the last token. */
size_t	cfile_match(const struct cfile *, size_t open);

#endif /* !CFUNC_H */
