/* Claims about modes in a page's paragraphs (lint/claim.c). */
#ifndef LINT_CLAIM_H
#define LINT_CLAIM_H

#include "lint/page.h"
#include "model.h"

/* Find the claims of every paragraph of the page. */
void	 find_claims(const struct spec *, struct lpage *);

/* Does the claim agree with the spec? */
int	 lclaim_agrees(const struct lclaim *);

#endif /* !LINT_CLAIM_H */
