/* A growing string, for sentences built before they are rendered. */
#ifndef SBUF_H
#define SBUF_H

#include <stddef.h>

struct sbuf {
	char	*s;
	size_t	 len;
	size_t	 cap;
};

void	sbuf_printf(struct sbuf *, const char *fmt, ...)
		__attribute__((format(printf, 2, 3)));
void	sbuf_reset(struct sbuf *);
void	sbuf_free(struct sbuf *);

#endif /* !SBUF_H */
