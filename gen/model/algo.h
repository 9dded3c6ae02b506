/*
 * A model of the kernel's ptrace access mode check, and the scenarios
 * the generated tests run it on.
 *
 * The model follows __ptrace_may_access() and the commoncap module
 * step by step, with the interface's own gates around it, and says
 * which step of the spec's algorithm decided.  the test emitters bake its
 * verdicts into the tests, so a test fails exactly when the kernel
 * disagrees with the spec and this model together.
 */
#ifndef ALGO_H
#define ALGO_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "model/model.h"
#include "model/names.h"		/* enum pa_result */

enum id_kind {
	ID_REAL,
	ID_EFF,
	ID_SAVED,
	ID_FS
};

#define CAPBIT(n)	(UINT64_C(1) << (n))

struct creds {
	unsigned int	 uid[4];	/* indexed by enum id_kind */
	unsigned int	 gid[4];
	uint64_t	 eff;		/* CAPBIT() of each capability */
	uint64_t	 perm;
};

/*
 * How the caller is related to the target, beyond ids: what Yama's
 * scope 1 asks (model/yama.h).  Without one, both are children of
 * the test process.
 */
enum relation {
	REL_NONE,
	REL_PARENT,		/* the caller forked the target */
	REL_PTRACER_ANY,	/* PR_SET_PTRACER, PR_SET_PTRACER_ANY */
	REL_PTRACER_ANCESTOR	/* PR_SET_PTRACER naming the caller's parent */
};

struct scenario {
	const char	*id;		/* stable, printed in TAP lines */
	const char	*what;		/* a sentence, for comments */
	struct creds	 caller;
	struct creds	 target;
	int		 dumpable;	/* the target's PR_SET_DUMPABLE */
	int		 same_group;	/* a thread of the caller */
	enum relation	 relation;
	int		 yama;		/* Yama's ptrace_scope as run, 0 to 3 */
};

extern const struct scenario	 scenarios[];
extern const size_t		 nscenarios;

/*
 * The steps a verdict names: the ids of the spec's algorithm (its
 * steps: list), which pages number and TAP lines quote, and STEP_GATE,
 * the interface's own gates, which the spec describes per interface.
 */
enum algo_step {
	STEP_SAME_GROUP,	/* "same-thread-group" */
	STEP_UID_GID,		/* "uid-gid-match" */
	STEP_DUMPABLE,		/* "dumpable" */
	STEP_CAP_SUBSET,	/* "cap-subset" */
	STEP_ALLOW,		/* "allow" */
	STEP_GATE,		/* "gate" */
	NALGO_STEPS
};

const char	*algo_step_id(enum algo_step);

struct verdict {
	int		 allowed;
	const char	*step;		/* the deciding step's id: algo_step_id() */
	/* "uid mismatch (ruid vs uid)": a step's words, and gate names of at
	 * most WORD_MAX bytes, always fit */
	char		 reason[256];
	enum pa_result	 result;	/* never PA_SKIPPED or PA_BROKEN */
	int		 errnum;	/* with PA_ERRNO */
	const char	*errname;
};

/*
 * The scenario as run for this interface: the capabilities its file
 * modes, its gates and its probe need added.
 */
void		 scenario_adapt(const struct iface *,
		    const struct scenario *, struct scenario *);
/* What the kernel should do with the adapted scenario. */
void		 algo_decide(const struct iface *, const struct scenario *,
		    struct verdict *);

int		 cap_value(const char *name);	/* -1 if unknown */
const char	*cap_name(int);			/* NULL if unknown */

#endif /* !ALGO_H */
