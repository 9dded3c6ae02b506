/* Judging claims against the spec and its history (lint/judge.c). */
#ifndef LINT_JUDGE_H
#define LINT_JUDGE_H

#include "lint/page.h"
#include "model/model.h"

enum verdict {
	V_AGREES,
	V_MISMATCH,	/* the page contradicts the kernel now */
	V_HISTORY,	/* ... at the time the sentence is about */
	V_OUTDATED,	/* states as current a mode from before a change */
	V_UNKNOWN,	/* an interface the spec does not have */
	V_UNCHECKED	/* the same, in a sentence about the past */
};

/* The verdict; *change is the change an outdated claim predates. */
enum verdict	 lclaim_verdict(const struct lclaim *,
		    const struct change **change);

/* The mode the claim was compared with (of an interface it names). */
unsigned int	 lclaim_spec_mode(const struct lclaim *);

#endif /* !LINT_JUDGE_H */
