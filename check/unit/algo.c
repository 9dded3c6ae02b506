/*
 * The model of the check (gen/model/algo.c), table-driven: what each
 * scenario must give for each credential set, derived by hand from
 * kernel-facts.md sections 3 and 3a, not by running the model.  Then
 * each step on its own: the gates before and after, the bypass, a
 * check that never denies, and the thread-group refusal of an attach.
 * Every step the model names (algo_step_id()) must be one of the spec's
 * steps, but "gate": the interface's own gates, outside the algorithm.
 */
#include <dirent.h>
#include <stdio.h>
#include <string.h>

#include "model/algo.h"
#include "emit/embedded.h"
#include "model/model.h"
#include "model/probe.h"
#include "model/names.h"
#include "unit.h"

/* A verdict, as the tables give it. */
struct want {
	const char	*step;		/* the deciding step's id */
	int		 allowed;
};

/*
 * Every scenario of algo.c, in its order, for a READ-level check with
 * no gates, denial EPERM and a probe that does not refuse its own
 * thread group.  fs: with FSCREDS; real: with REALCREDS.
 */
static const struct {
	const char	*scenario;
	struct want	 fs;
	struct want	 real;
} table[] = {
	{ "same-thread-group", { "same-thread-group", 1 },
	  { "same-thread-group", 1 } },
	{ "same-ids", { "allow", 1 }, { "allow", 1 } },
	{ "uid-differs", { "uid-gid-match", 0 }, { "uid-gid-match", 0 } },
	{ "gid-differs", { "uid-gid-match", 0 }, { "uid-gid-match", 0 } },
	{ "target-suid-differs", { "uid-gid-match", 0 },
	  { "uid-gid-match", 0 } },
	{ "target-sgid-differs", { "uid-gid-match", 0 },
	  { "uid-gid-match", 0 } },
	{ "not-dumpable", { "dumpable", 0 }, { "dumpable", 0 } },
	/* CAP_SYS_PTRACE overrides; the overriding step is named. */
	{ "not-dumpable-cap-sys-ptrace", { "dumpable", 1 },
	  { "dumpable", 1 } },
	{ "uid-differs-cap-sys-ptrace", { "uid-gid-match", 1 },
	  { "uid-gid-match", 1 } },
	/* FSCREDS compares the fs ids, REALCREDS the real ids. */
	{ "real-ids-match", { "uid-gid-match", 0 }, { "allow", 1 } },
	{ "fs-ids-match", { "allow", 1 }, { "uid-gid-match", 0 } },
	{ "euid-differs", { "allow", 1 }, { "allow", 1 } },
	{ "target-caps-not-held", { "cap-subset", 0 }, { "cap-subset", 0 } },
	/* FSCREDS judges the effective set, REALCREDS the permitted. */
	{ "caps-permitted-only", { "cap-subset", 0 }, { "allow", 1 } },
	{ "caps-effective", { "allow", 1 }, { "allow", 1 } },
	/* No bypass gate here: CAP_PERFMON is just another capability. */
	{ "uid-differs-cap-perfmon", { "uid-gid-match", 0 },
	  { "uid-gid-match", 0 } },
};

#define NTABLE	(sizeof(table) / sizeof(table[0]))

static struct spec	*spec;		/* the real one, for its steps */

static void
iface_init(struct iface *f, unsigned int mode, const char *method)
{
	memset(f, 0, sizeof(*f));
	f->name = f->id = "unit";
	f->kind = IFACE_SYSCALL;
	f->mode = mode;
	f->op = OP_SYSCALL;
	f->denial.kind = DENY_ERRNO;
	f->denial.errnum = errno_value("EPERM");
	f->denial.errname = "EPERM";
	f->probe.method = (char *)method;
}

static const struct scenario *
scenario(const char *id)
{
	size_t	 i;

	for (i = 0; i < nscenarios; i++)
		if (strcmp(scenarios[i].id, id) == 0)
			return &scenarios[i];
	return NULL;
}

static void
check(const struct iface *f, const struct scenario *s,
    const struct want *w, const char *what)
{
	struct verdict	 v;
	char		 line[256];

	algo_decide(f, s, &v);
	snprintf(line, sizeof(line), "algo: %s: %s: step %s, %s", what, s->id,
	    w->step, w->allowed ? "allowed" : "denied");
	ok(v.step != NULL && strcmp(v.step, w->step) == 0 &&
	    v.allowed == w->allowed &&
	    v.result == (w->allowed ? PA_ALLOWED : PA_ERRNO), line);
	if (v.step == NULL || strcmp(v.step, w->step) != 0 ||
	    v.allowed != w->allowed)
		printf("# got step %s, %s (%s)\n", v.step ? v.step : "none",
		    v.allowed ? "allowed" : "denied", v.reason);
}

/* Each scenario of the table, with each credential set. */
static void
test_scenarios(void)
{
	struct iface		 f;
	const struct scenario	*s;
	size_t			 i;

	ok(NTABLE == nscenarios, "algo: the table covers every scenario");
	for (i = 0; i < NTABLE; i++) {
		if ((s = scenario(table[i].scenario)) == NULL) {
			ok(0, table[i].scenario);
			continue;
		}
		ok(s == &scenarios[i], "algo: scenarios in the table's order");
		iface_init(&f, MODE_READ | MODE_FSCREDS, "kcmp");
		check(&f, s, &table[i].fs, "READ_FSCREDS");
		iface_init(&f, MODE_READ | MODE_REALCREDS, "kcmp");
		check(&f, s, &table[i].real, "READ_REALCREDS");
	}
}

static void
gate_init(struct gate *g, enum gate_order order, const char *cap,
    const char *denial)
{
	memset(g, 0, sizeof(*g));
	g->kind = GATE_CAPABILITY;
	g->order = order;
	g->name = (char *)cap;
	g->denial.kind = denial_kind_value(denial);
	if (g->denial.kind == DENY_ERRNO) {
		g->denial.errnum = errno_value(denial);
		g->denial.errname = errno_name(g->denial.errnum);
	}
}

/* The steps around the check, one at a time. */
static void
test_steps(void)
{
	static const struct want gate_denies = { "gate", 0 },
	    passes = { "allow", 1 }, check_denies = { "uid-gid-match", 0 },
	    refused = { "same-thread-group", 0 };
	struct iface	 f;
	struct gate	 g;
	struct scenario	 s;
	struct verdict	 v;

	iface_init(&f, MODE_READ | MODE_FSCREDS, "kcmp");
	f.gates = &g;
	f.ngates = 1;

	/* A gate before the check: without the capability, it decides. */
	gate_init(&g, GATE_BEFORE, "CAP_SYS_ADMIN", "EACCES");
	check(&f, scenario("same-ids"), &gate_denies, "gate before, not held");
	algo_decide(&f, scenario("same-ids"), &v);
	ok(v.result == PA_ERRNO && strcmp(v.errname, "EACCES") == 0,
	    "algo: a gate's denial gives the gate's errno");
	/* scenario_adapt() gives every caller the gate's capability. */
	scenario_adapt(&f, scenario("same-ids"), &s);
	check(&f, &s, &passes, "gate before, held (adapted)");
	scenario_adapt(&f, scenario("uid-differs"), &s);
	check(&f, &s, &check_denies, "gate before, held (adapted)");

	/* A gate after: only a check that passed reaches it. */
	gate_init(&g, GATE_AFTER, "CAP_SYS_NICE", "EPERM");
	check(&f, scenario("same-ids"), &gate_denies, "gate after, not held");
	check(&f, scenario("uid-differs"), &check_denies,
	    "gate after, check fails first");

	/*
	 * A bypass lets a failed check through (from which release on is
	 * for ranges/spans.c to say).
	 */
	gate_init(&g, GATE_BYPASS, "CAP_PERFMON", "none");
	algo_decide(&f, scenario("uid-differs-cap-perfmon"), &v);
	ok(v.allowed && v.result == PA_ALLOWED,
	    "algo: a bypass allows a failed check");
	check(&f, scenario("uid-differs"), &check_denies,
	    "bypass, capability not held");

	/* A check that never denies, and one whose denial zeroes fields. */
	f.ngates = 0;
	f.denial.kind = DENY_NONE;
	algo_decide(&f, scenario("uid-differs"), &v);
	ok(v.allowed && v.result == PA_ALLOWED,
	    "algo: denial none: a failed check still allows");
	f.denial.kind = DENY_ZEROED;
	algo_decide(&f, scenario("uid-differs"), &v);
	ok(!v.allowed && v.result == PA_ZEROED,
	    "algo: denial zeroed: the result is PA_ZEROED");

	/* A ptrace attach refuses its own thread group before the check. */
	iface_init(&f, MODE_ATTACH | MODE_REALCREDS, "ptrace_attach");
	check(&f, scenario("same-thread-group"), &refused,
	    "ATTACH_REALCREDS, ptrace_attach");
}

/* Every step the model decides by, but the gates, is one of the spec's. */
static void
test_step_ids(void)
{
	char	 num[16], line[128];
	int	 s;

	for (s = 0; s < NALGO_STEPS; s++) {
		if (s == STEP_GATE)
			continue;
		snprintf(line, sizeof(line), "algo: step %s is the spec's",
		    algo_step_id(s));
		ok(spec != NULL && step_number(spec, algo_step_id(s), num,
		    sizeof(num)) != NULL, line);
	}
}

void
test_algo(void)
{
	spec = spec_load("spec/ptrace-access.yaml");
	ok(spec != NULL, "algo: the spec loads, for its steps");
	test_step_ids();
	test_scenarios();
	test_steps();
	if (spec != NULL)
		spec_free(spec);
}

/*
 * Every probe method has its code in this build, and no probe file is
 * left over without a method.
 */
void
test_probes(void)
{
	DIR		*dir;
	struct dirent	*de;
	struct probe	 p;
	char		 name[sizeof(de->d_name)];
	size_t		 i;
	int		 missing = 0, orphans = 0;

	memset(&p, 0, sizeof(p));
	/* On disk: the build embeds the exports' helpers too. */
	if ((dir = opendir("check/probes")) == NULL) {
		ok(0, "probes: check/probes can be read");
		return;
	}
	while ((de = readdir(dir)) != NULL) {
		snprintf(name, sizeof(name), "%s", de->d_name);
		if (strlen(name) < 3 || strcmp(name + strlen(name) - 2, ".c") ||
		    strcmp(name, "compile-one.c") == 0)
			continue;
		name[strlen(name) - 2] = '\0';
		p.method = name;
		orphans += probe_method_of(&p) == NULL;
	}
	closedir(dir);
	ok(orphans == 0, "probes: every check/probes/*.c is a method's");
	for (i = 0; (p.method = (char *)probe_method_name(i)) != NULL; i++) {
		snprintf(name, sizeof(name), "%s.c", p.method);
		missing += embedded(name) == NULL;
	}
	ok(i > 0 && missing == 0, "probes: every method has its file");
}
