/*
 * ptrace-access audit: the checks a kernel source tree makes,
 * compared with the spec.
 *
 *	tree.c		walk the tree, read its version, parse the files
 *			that name a check function (cfunc.c, ctok.c)
 *	sites.c		the check sites and their modes, through helpers
 *	compare.c	sites against the spec: the findings
 *	report.c	findings as text or JSON
 *	audit.c		the command
 */
#ifndef AUDIT_H
#define AUDIT_H

#include <stddef.h>
#include <stdio.h>

#include "audit/cfunc.h"
#include "model/model.h"

#define MODESET_MAX	8

/*
 * A mode as the code computes it: constant bits, ORed with the value
 * of a parameter of the enclosing function (param >= 0) or not (-1).
 */
struct modeval {
	unsigned int	 bits;
	int		 param;
};

/* The modes an expression may have; unknown when it cannot tell. */
struct modeset {
	struct modeval	 v[MODESET_MAX];
	size_t		 n;
	int		 unknown;
};

struct ktree {
	char		*dir;
	char		 version[48];	/* "7.3.4", from the Makefile */
	struct cfile	*files;		/* those that name a check function */
	size_t		 nfiles;
	size_t		 scanned;	/* C files read */
};

/* A function that makes the check: ptrace_may_access() or a helper. */
struct checker {
	const char	*name;
	const struct srcref *ref;	/* in the spec's helpers; NULL: primitive */
	int		 resolved;
	struct modeset	 how;		/* in terms of its own parameters */
	size_t		 ndefs;		/* definitions found in the tree */
};

/* One call of a checker from a function that is not one. */
struct site {
	const struct cfile *file;
	const struct cfunc *func;
	size_t		 line;
	const char	*callee;
	struct modeset	 mode;
	int		 wrapper;	/* its mode is its function's parameter */
};

struct sites {
	struct checker	*checkers;
	size_t		 nchecker;
	struct site	*v;
	size_t		 n;
};

enum finding_kind {
	FIND_UNKNOWN_SITE,	/* a check no interface names */
	FIND_NO_SITE,		/* an interface whose function makes none */
	FIND_MODE,		/* a check with another mode */
	FIND_HELPER,		/* a wrapper missing from the helpers */
	FIND_UNKNOWN_MODE	/* a check whose mode audit cannot tell */
};

struct finding {
	enum finding_kind kind;
	const char	*file;		/* a kernel file, or the spec */
	size_t		 line;
	size_t		 col;		/* 0 for kernel files */
	char		*msg;
};

struct findings {
	struct finding	*v;
	size_t		 n;
};

int	 ktree_open(struct ktree *, const char *dir);
void	 ktree_scan(struct ktree *, const struct spec *);
void	 ktree_free(struct ktree *);
int	 checker_name(const struct spec *, const char *name, size_t len);

void	 sites_find(struct sites *, const struct ktree *, const struct spec *);
void	 sites_free(struct sites *);
const char *modeset_name(const struct modeset *, char *buf, size_t bufsz);

void	 compare(struct findings *, const struct sites *,
	    const struct spec *, const char *version);
void	 findings_free(struct findings *);

void	 report_text(FILE *, const struct findings *);
void	 report_json(FILE *, const struct ktree *, const struct spec *,
	    const struct sites *, const struct findings *);

#endif /* !AUDIT_H */
