/*
 * Reading manual pages the way a reviewer does: which interface does
 * each sentence tie to which ptrace access mode?
 *
 * lint.c reads a page (or the new side of a patch) into paragraphs of
 * plain text, finds the claims in them and ties each claim to an
 * interface of the spec; the lint command judges the claims and
 * splice.c uses the same paragraphs to find what it replaces.
 */
#ifndef LINT_H
#define LINT_H

#include <stddef.h>

#include "model.h"

#define LINT_DEPTH	8	/* .RS levels whose .TP tags are kept */

/* One line of roff source. */
struct lline {
	const char	*s;		/* into the page's buffer, no newline */
	size_t		 len;
	size_t		 no;		/* 1-based line number to report */
	int		 added;		/* judged: every line of a page */
	int		 gap;		/* first line after skipped lines */
};

enum lsect {
	LSECT_BODY,
	LSECT_ERRORS,
	LSECT_SKIP		/* NAME, SYNOPSIS, SEE ALSO */
};

/* Consecutive text lines between two paragraph requests. */
struct lpara {
	size_t		 first;		/* index of its first line */
	size_t		 last;		/* index of its last line */
	char		*text;		/* roff made plain, one space apart */
	size_t		*at;		/* line index of each byte of text */
	size_t		 len;
	enum lsect	 sect;
	int		 indented;	/* inside a .TP or .IP item */
	char		*tags[LINT_DEPTH];	/* .TP tags, outermost first */
	size_t		 ntags;
	char		*ss;		/* the .SS heading, or NULL */
};

/* One statement that ties one interface to a mode. */
struct lclaim {
	size_t		 para;
	size_t		 line;		/* index into lines */
	size_t		 from;		/* the line its sentence starts on */
	unsigned int	 bits;		/* the mode bits the page names */
	unsigned int	 mask;		/* which parts it names */
	int		 bad;		/* names a flag that does not exist */
	int		 before;	/* about the mode before a change */
	char		*says;		/* the page's own spelling */
	const struct iface *f;		/* NULL: an interface not in spec */
	char		*unknown;	/* its name then */
};

struct lpage {
	char		*file;		/* as reported */
	char		*title;		/* from .TH, or the file name */
	int		 section;
	int		 patch;		/* the new side of a patch */
	struct lline	*lines;
	size_t		 nlines;
	struct lpara	*paras;
	size_t		 nparas;
	struct lclaim	*claims;
	size_t		 nclaims;
};

/* Parse roff; buf must outlive the page.  Claims are found too. */
struct lpage	*lpage_parse(const struct spec *, const char *file,
		    const char *buf, size_t len);
void		 lpage_free(struct lpage *);

/* Does the interface's page (or split proc page) name this page? */
int		 lpage_expects(const struct lpage *, const struct iface *);

/* Does the claim agree with the spec? */
int		 lclaim_agrees(const struct lclaim *);

/* Read a whole file; NULL after reporting why. */
char		*lint_slurp(const char *file, size_t *len);

#endif /* !LINT_H */
