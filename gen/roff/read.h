/*
 * Reading man(7) source into a small page tree, for lint and splice:
 * every line is a text line, a comment or a macro with its arguments
 * (quoted or not), its text with the escapes decoded and each byte's
 * column kept; headings (.SH, .SS) carry their titles, and every line
 * knows the heading it is under.  Macros are known from one table.
 */
#ifndef ROFF_READ_H
#define ROFF_READ_H

#include <stddef.h>

#define RNONE	((size_t)-1)

/* What a line is; macros of one class are handled alike. */
enum rmac {
	RM_TEXT,	/* a text line */
	RM_BLANK,	/* an empty line */
	RM_COMMENT,	/* .\" and the like */
	RM_TH,
	RM_SH,
	RM_SS,
	RM_TP,
	RM_TQ,
	RM_IP,
	RM_PARA,	/* .P, .PP, .LP */
	RM_RS,
	RM_RE,
	RM_FONT,	/* .B, .I, .SM, .SB: arguments joined by spaces */
	RM_ALT,		/* .BR, .IR, ...: arguments joined by nothing */
	RM_BREAK,	/* .EX, .EE, .nf, .fi, .sp, .TS */
	RM_SO,		/* .so: the page is a link */
	RM_OTHER,	/* any other request or macro */
	RM__MAX
};

/* Decoded text; col[i] is the source column (0-based) of s[i]. */
struct rtext {
	char		*s;
	size_t		*col;
	size_t		 len;
	size_t		 cap;
};

struct rline {
	const char	*s;		/* the source, no newline */
	size_t		 len;
	size_t		 no;		/* 1-based line number to report */
	int		 added;		/* judged: every line of a page */
	int		 gap;		/* first line after skipped lines */
	enum rmac	 mac;
	struct rtext	*args;
	size_t		 nargs;
	/*
	 * A text line's text, or a macro's arguments joined (by nothing
	 * for RM_ALT, else by a space).
	 */
	struct rtext	 text;
	char		*title;		/* .SH, .SS: the heading, or NULL */
	int		 is_title;	/* the line that gives the heading above */
	size_t		 sh, ss;	/* the heading lines it is under */
};

struct rpage {
	struct rline	*lines;
	size_t		 nlines;
	size_t		 cap;		/* lines allocated */
};

/* Add one line (s must outlive the page); then rpage_finish(). */
void	 rpage_add(struct rpage *, const char *s, size_t len, size_t no,
	    int added, int gap);
/* Every line of buf, added; finished. */
void	 rpage_read(struct rpage *, const char *buf, size_t len);
/* Headings: their titles, and the heading lines above each line. */
void	 rpage_finish(struct rpage *);
void	 rpage_free(struct rpage *);

/* Is the line prose: a text line, or a font macro's arguments? */
int	 rline_prose(const struct rline *);
/* The text with white space folded to single spaces, trimmed. */
char	*rtext_folded(const struct rtext *);

#endif /* !ROFF_READ_H */
