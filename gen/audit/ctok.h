/*
 * A tokenizer for kernel C, just enough to find functions and calls:
 * identifiers, numbers and punctuation with their line and brace
 * depth.  Comments, string and character literals and preprocessor
 * lines are skipped (a "#define" body is not code of the file).
 */
#ifndef CTOK_H
#define CTOK_H

#include <stddef.h>

enum ctok_kind {
	TOK_IDENT,
	TOK_NUMBER,
	TOK_PUNCT	/* one character: ( ) { } , ; = | and the rest */
};

struct ctok {
	enum ctok_kind	 kind;
	const char	*s;	/* into the file's buffer, not terminated */
	size_t		 len;
	size_t		 line;	/* 1-based */
	int		 depth;	/* braces open before this token */
};

struct ctoks {
	struct ctok	*v;
	size_t		 n;
	size_t		 cap;
};

/*
 * Tokenize buf[0..len).  Conditional compilation keeps the depth of
 * braces sane: every branch of an #if starts at the depth the #if
 * found, and the code after #endif continues from the first branch,
 * so code that opens a brace in each branch counts it once.  The
 * branches of "#if 0" are skipped.
 */
void	ctok_scan(struct ctoks *, const char *buf, size_t len);
void	ctok_free(struct ctoks *);

int	ctok_is(const struct ctok *, const char *s);	/* exact text */
int	ctok_punct(const struct ctok *, char c);

#endif /* !CTOK_H */
