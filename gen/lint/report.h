/* Judging pages and printing findings (lint/report.c). */
#ifndef LINT_REPORT_H
#define LINT_REPORT_H

#include <stddef.h>

#include "lint/page.h"
#include "model.h"

struct report {
	int		 json;
	int		 all;		/* --format claims: agreeing ones too */
	size_t		 n;		/* findings printed */
	size_t		 nclaims;
};

/* Judge every claim of the page, and a whole page's silences. */
void	 judge_page(struct report *, const struct spec *,
	    const struct lpage *);

#endif /* !LINT_REPORT_H */
