/*
 * Findings of a lint run (lint/report.c): every claim judged, every
 * interface that no page of the run documents, each with a message id
 * and a severity (error: the page contradicts the kernel; warning:
 * silent, outdated, or about an interface the spec lacks; note:
 * agrees), printed at the end as text or JSON.
 */
#ifndef LINT_REPORT_H
#define LINT_REPORT_H

#include <stddef.h>

#include "lint/page.h"
#include "model/model.h"

enum rformat { RF_TEXT, RF_JSON, RF_CLAIMS };

struct finding;

struct report {
	enum rformat	 format;
	struct finding	*v;
	size_t		 n;
	size_t		 errors, warnings;
};

/* Judge every claim of the page (its added lines, for a patch). */
void	 judge_claims(struct report *, const struct lpage *);
/*
 * An interface that pages of the run should document and none does;
 * home is the page it is reported against.
 */
void	 judge_missing(struct report *, const struct lpage *home,
	    const struct iface *);
/* Print everything; free it.  Returns -1 on a write error. */
int	 report_print(struct report *);

#endif /* !LINT_REPORT_H */
