/*
 * A page as lint reads it: the roff page tree (roff/read.h), made
 * into paragraphs of plain text (lint/structure.c), the claims found
 * in them (lint/claim.c), each tied to an interface of the spec.
 * splice uses the same paragraphs and claims to find what it replaces.
 */
#ifndef LINT_PAGE_H
#define LINT_PAGE_H

#include <stddef.h>

#include "model/model.h"
#include "roff/read.h"

#define LINT_DEPTH	8	/* .RS levels whose .TP tags are kept */

enum lsect {
	LSECT_BODY,
	LSECT_ERRORS,
	LSECT_HISTORY,		/* HISTORY, VERSIONS: about the past */
	LSECT_SKIP		/* NAME, SYNOPSIS, SEE ALSO */
};

/* The time a claim is about, from its words or its section. */
enum ltime {
	LT_NOW,			/* the rule as it is */
	LT_CHANGE,		/* before a change: "before that", "used to" */
	LT_BEFORE,		/* before Linux VERSION */
	LT_SINCE,		/* since (or in) Linux VERSION */
	LT_FIRST,		/* "initially", "when it first appeared" */
	LT_PAST			/* in HISTORY or VERSIONS, no time named */
};

#define LVERSION_MAX	16

/* Consecutive text lines between two paragraph requests. */
struct lpara {
	size_t		 first;		/* index of its first line */
	size_t		 last;		/* index of its last line */
	char		*text;		/* roff made plain, one space apart */
	size_t		*at;		/* line index of each byte of text */
	size_t		*col;		/* source column of each byte */
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
	size_t		 col;		/* source column of the mode */
	size_t		 from;		/* the line its sentence starts on */
	unsigned int	 bits;		/* the mode bits the page names */
	unsigned int	 mask;		/* which parts it names */
	int		 bad;		/* names a flag that does not exist */
	int		 before;	/* about the past: when != LT_NOW */
	enum ltime	 when;
	char		 version[LVERSION_MAX];	/* of LT_BEFORE, LT_SINCE */
	char		*says;		/* the page's own spelling */
	const struct iface *f;		/* NULL: an interface not in spec */
	char		*unknown;	/* its name then */
};

struct lpage {
	char		*file;		/* as reported */
	char		*title;		/* from .TH, or the file name */
	int		 section;
	int		 patch;		/* the new side of a patch */
	struct rpage	 roff;		/* the lines */
	struct lpara	*paras;
	size_t		 nparas;
	struct lclaim	*claims;
	size_t		 nclaims;
};

/* A page with a title from its file name and no lines yet. */
struct lpage	*lpage_new(const char *file);
void		 lpage_free(struct lpage *);

/*
 * The page of a /proc/[pid] file in the split layout of man-pages:
 * proc_pid_map_files for every file under /proc/[pid]/map_files; NULL
 * for others.  The caller frees it.
 */
char		*split_page(const struct iface *);

/* Does the interface's page (or split proc page) name this page? */
int		 lpage_expects(const struct lpage *, const struct iface *);

#endif /* !LINT_PAGE_H */
