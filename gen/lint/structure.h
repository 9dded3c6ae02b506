/* The paragraphs of a page, from its roff lines (lint/page.h). */
#ifndef LINT_STRUCTURE_H
#define LINT_STRUCTURE_H

#include "lint/page.h"

void	 lpage_paragraphs(struct lpage *);

#endif /* !LINT_STRUCTURE_H */
