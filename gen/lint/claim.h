/* Claims about modes in a page's paragraphs (lint/claim.c). */
#ifndef LINT_CLAIM_H
#define LINT_CLAIM_H

#include <stddef.h>

#include "lint/page.h"
#include "model/model.h"

/* Find the claims of every paragraph of the page. */
void	 find_claims(const struct spec *, struct lpage *);

/* "PTRACE_MODE_READ_FSCREDS" (n bytes): its bits; *bad for a typo. */
unsigned int	 token_bits(const char *t, size_t n, int *bad);

#endif /* !LINT_CLAIM_H */
