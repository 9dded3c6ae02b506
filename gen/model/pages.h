/*
 * The pages an interface can be described in: those with a template
 * (man2/NAME.2.m4, man5/proc.5.m4).  The loader refuses a page: that
 * has none, since make man would then build a page with no .TH line
 * or no paragraph; check/t/30-pages.t checks the table against the
 * templates.
 */
#ifndef PAGES_H
#define PAGES_H

/* Is there a template for NAME(SECTION)? */
int		 page_has_template(const char *name, int section);
/* "get_robust_list(2), ... or proc(5)", for a message. */
const char	*pages_expected(void);

#endif /* !PAGES_H */
