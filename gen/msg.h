/*
 * Diagnostics: one format for every message,
 *	FILE:LINE:COLUMN: error: message
 * with 1-based line and column (positions are stored 0-based).
 */
#ifndef MSG_H
#define MSG_H

#include "model/model.h"

#define EXIT_FINDINGS	1	/* the input was read; findings reported */
#define EXIT_BADINPUT	2	/* usage or input errors */

void	 msg_file(const char *file);
void	 msg_error(const struct pos *, const char *fmt, ...)
		__attribute__((format(printf, 2, 3)));
void	 msg_warning(const struct pos *, const char *fmt, ...)
		__attribute__((format(printf, 2, 3)));
void	 msg_note(const struct pos *, const char *fmt, ...)
		__attribute__((format(printf, 2, 3)));

enum msg_level { MSG_NOTE, MSG_WARNING, MSG_ERROR };

/*
 * A message about another file than the current one (a page that lint
 * or splice reads): FILE:LINE:COLUMN, or FILE alone when p is NULL.
 * Only MSG_ERROR counts as an error.
 */
void	 msg_in(const char *file, const struct pos *, enum msg_level,
	    const char *fmt, ...) __attribute__((format(printf, 4, 5)));
/* A message about the file as a whole, or about no file at all. */
void	 msg_fatal(const char *fmt, ...)
		__attribute__((format(printf, 1, 2)));
int	 msg_errors(void);
/* For the fuzzer: count errors without printing, and start again. */
void	 msg_quiet(int);
void	 msg_reset(void);

#endif /* !MSG_H */
