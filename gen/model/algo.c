/*
 * The model of the ptrace access mode check and the scenario table:
 * see algo.h.  The model follows kernel-facts.md section 3 and 3a;
 * nothing here is copied from the kernel.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/algo.h"
#include "model/probe.h"
#include "model/yama.h"

/* Capability numbers are ABI: they never change. */
static const char *const capnames[] = {
	"CAP_CHOWN", "CAP_DAC_OVERRIDE", "CAP_DAC_READ_SEARCH",
	"CAP_FOWNER", "CAP_FSETID", "CAP_KILL", "CAP_SETGID", "CAP_SETUID",
	"CAP_SETPCAP", "CAP_LINUX_IMMUTABLE", "CAP_NET_BIND_SERVICE",
	"CAP_NET_BROADCAST", "CAP_NET_ADMIN", "CAP_NET_RAW", "CAP_IPC_LOCK",
	"CAP_IPC_OWNER", "CAP_SYS_MODULE", "CAP_SYS_RAWIO", "CAP_SYS_CHROOT",
	"CAP_SYS_PTRACE", "CAP_SYS_PACCT", "CAP_SYS_ADMIN", "CAP_SYS_BOOT",
	"CAP_SYS_NICE", "CAP_SYS_RESOURCE", "CAP_SYS_TIME",
	"CAP_SYS_TTY_CONFIG", "CAP_MKNOD", "CAP_LEASE", "CAP_AUDIT_WRITE",
	"CAP_AUDIT_CONTROL", "CAP_SETFCAP", "CAP_MAC_OVERRIDE",
	"CAP_MAC_ADMIN", "CAP_SYSLOG", "CAP_WAKE_ALARM", "CAP_BLOCK_SUSPEND",
	"CAP_AUDIT_READ", "CAP_PERFMON", "CAP_BPF", "CAP_CHECKPOINT_RESTORE"
};

#define NCAPS		(sizeof(capnames) / sizeof(capnames[0]))
#define C_DAC_OVERRIDE		1
#define C_DAC_READ_SEARCH	2
#define C_NET_RAW		13
#define C_SYS_PTRACE		19
#define C_PERFMON		38

int
cap_value(const char *name)
{
	size_t	 i;

	for (i = 0; i < NCAPS; i++)
		if (strcmp(capnames[i], name) == 0)
			return i;
	return -1;
}

const char *
cap_name(int cap)
{
	return cap >= 0 && (size_t)cap < NCAPS ? capnames[cap] : NULL;
}

/*
 * The ids: the target runs as U:G; the other ids are V and H.  None
 * of them needs to exist in /etc/passwd.  Each scenario changes one
 * thing against "same-ids", its control.
 */
#define U	40000
#define V	40001
#define G	40000
#define H	40001

#define IDS(r, e, s, fs)	{ r, e, s, fs }
#define ALL(x)			IDS(x, x, x, x)
/* A caller or target with only these capabilities. */
#define CRED(uids, gids, eff, perm)	{ uids, gids, eff, perm }
#define PLAIN(u, g)		CRED(ALL(u), ALL(g), 0, 0)

const struct scenario scenarios[] = {
	{ "same-thread-group",
	  "The target is another thread of the caller, with other ids, "
	  "and the process is not dumpable.",
	  PLAIN(U, G), PLAIN(V, H), 0, 1, REL_NONE, 0 },
	{ "same-ids",
	  "Caller and target have the same ids and no capabilities; "
	  "the target is dumpable.",
	  PLAIN(U, G), PLAIN(U, G), 1, 0, REL_NONE, 0 },
	{ "uid-differs",
	  "The caller's uids differ from the target's.",
	  PLAIN(V, G), PLAIN(U, G), 1, 0, REL_NONE, 0 },
	{ "gid-differs",
	  "The uids are equal, the caller's gids differ.",
	  PLAIN(U, H), PLAIN(U, G), 1, 0, REL_NONE, 0 },
	{ "target-suid-differs",
	  "The target kept a saved-set uid of 0: setresuid(U, U, 0).",
	  PLAIN(U, G), CRED(IDS(U, U, 0, U), ALL(G), 0, 0), 1, 0, REL_NONE, 0 },
	{ "target-sgid-differs",
	  "The target kept a saved-set gid of 0: setresgid(G, G, 0).",
	  PLAIN(U, G), CRED(ALL(U), IDS(G, G, 0, G), 0, 0), 1, 0, REL_NONE, 0 },
	{ "not-dumpable",
	  "The target is not dumpable: PR_SET_DUMPABLE 0.",
	  PLAIN(U, G), PLAIN(U, G), 0, 0, REL_NONE, 0 },
	{ "not-dumpable-cap-sys-ptrace",
	  "The target is not dumpable; the caller holds CAP_SYS_PTRACE.",
	  CRED(ALL(U), ALL(G), CAPBIT(C_SYS_PTRACE), CAPBIT(C_SYS_PTRACE)),
	  PLAIN(U, G), 0, 0, REL_NONE, 0 },
	{ "uid-differs-cap-sys-ptrace",
	  "The uids differ; the caller holds CAP_SYS_PTRACE only.",
	  CRED(ALL(V), ALL(G), CAPBIT(C_SYS_PTRACE), CAPBIT(C_SYS_PTRACE)),
	  PLAIN(U, G), 1, 0, REL_NONE, 0 },
	{ "real-ids-match",
	  "The caller's real ids equal the target's, its effective, "
	  "saved and fs ids do not.",
	  CRED(IDS(U, V, V, V), IDS(G, H, H, H), 0, 0), PLAIN(U, G), 1, 0, REL_NONE, 0 },
	{ "fs-ids-match",
	  "The caller's effective, saved and fs ids equal the target's, "
	  "its real ids do not.",
	  CRED(IDS(V, U, U, U), IDS(H, G, G, G), 0, 0), PLAIN(U, G), 1, 0, REL_NONE, 0 },
	{ "euid-differs",
	  "The caller's real and fs ids equal the target's, its effective "
	  "and saved ids do not: neither is ever compared.",
	  CRED(IDS(U, V, V, U), IDS(G, H, H, G), 0, 0), PLAIN(U, G), 1, 0, REL_NONE, 0 },
	{ "target-caps-not-held",
	  "The target's permitted set holds CAP_NET_RAW; the caller has "
	  "no capabilities.",
	  PLAIN(U, G), CRED(ALL(U), ALL(G), CAPBIT(C_NET_RAW),
	  CAPBIT(C_NET_RAW)), 1, 0, REL_NONE, 0 },
	{ "caps-permitted-only",
	  "The target's permitted set holds CAP_NET_RAW; the caller holds "
	  "it in its permitted set but not in its effective set.",
	  CRED(ALL(U), ALL(G), 0, CAPBIT(C_NET_RAW)),
	  CRED(ALL(U), ALL(G), CAPBIT(C_NET_RAW), CAPBIT(C_NET_RAW)), 1, 0, REL_NONE, 0 },
	{ "caps-effective",
	  "The target's permitted set holds CAP_NET_RAW; the caller holds "
	  "it in both sets.",
	  CRED(ALL(U), ALL(G), CAPBIT(C_NET_RAW), CAPBIT(C_NET_RAW)),
	  CRED(ALL(U), ALL(G), CAPBIT(C_NET_RAW), CAPBIT(C_NET_RAW)), 1, 0, REL_NONE, 0 },
	{ "uid-differs-cap-perfmon",
	  "The uids differ; the caller holds CAP_PERFMON only, which "
	  "passes only where the interface lists it as a bypass.",
	  CRED(ALL(V), ALL(G), CAPBIT(C_PERFMON), CAPBIT(C_PERFMON)),
	  PLAIN(U, G), 1, 0, REL_NONE, 0 },
};

const size_t nscenarios = sizeof(scenarios) / sizeof(scenarios[0]);

/*
 * Capabilities the caller needs to reach the check at all.  Files
 * under /proc are mode 0400 or 0500 and owned by the target (or by
 * root when it is not dumpable): without CAP_DAC_OVERRIDE and
 * CAP_DAC_READ_SEARCH the file mode would deny first and hide the
 * check.  A gate that must pass (before or after the check) gets its
 * capability too.  Bypass gates are never added: they would let the
 * caller through another way.
 */
void
scenario_adapt(const struct iface *f, const struct scenario *in,
    struct scenario *out)
{
	const struct probe_method *m;
	uint64_t	 add;
	size_t		 i;
	int		 cap;

	*out = *in;
	add = 0;
	if (f->kind == IFACE_PROC)
		add |= CAPBIT(C_DAC_OVERRIDE) | CAPBIT(C_DAC_READ_SEARCH);
	for (i = 0; i < f->ngates; i++) {
		if (f->gates[i].kind != GATE_CAPABILITY ||
		    f->gates[i].order == GATE_BYPASS)
			continue;
		if ((cap = cap_value(f->gates[i].name)) != -1)
			add |= CAPBIT(cap);
	}
	/* What the probe itself needs, such as setns(2)'s CAP_SYS_ADMIN. */
	if ((m = probe_method_of(&f->probe)) != NULL && m->caps != NULL &&
	    (cap = cap_value(m->caps)) != -1)
		add |= CAPBIT(cap);
	out->caller.eff |= add;
	out->caller.perm |= add;
}

/*
 * The verdict and why, in words.  The words come from this file and
 * from the spec's words, which the loader bounds (WORD_MAX): a reason
 * that does not fit is a bug here, never cut short.
 */
static const char *const step_ids[] = {
	[STEP_SAME_GROUP] = "same-thread-group",
	[STEP_UID_GID] = "uid-gid-match",
	[STEP_DUMPABLE] = "dumpable",
	[STEP_CAP_SUBSET] = "cap-subset",
	[STEP_ALLOW] = "allow",
	[STEP_GATE] = "gate",
};

const char *
algo_step_id(enum algo_step s)
{
	return step_ids[s];
}

static void	decide(struct verdict *, int, const char *, const char *, ...)
		    __attribute__((format(printf, 4, 5)));

static void
decide(struct verdict *v, int allowed, const char *step, const char *fmt,
    ...)
{
	va_list	 ap;
	int	 len;

	v->allowed = allowed;
	v->step = step;
	va_start(ap, fmt);
	len = vsnprintf(v->reason, sizeof(v->reason), fmt, ap);
	va_end(ap);
	if (len < 0 || (size_t)len >= sizeof(v->reason)) {
		fprintf(stderr, "algo.c: the reason for step %s outgrew its "
		    "buffer\n", step);
		abort();
	}
}

#define allow(v, step, ...)	decide((v), 1, step_ids[step], __VA_ARGS__)
#define deny(v, step, ...)	decide((v), 0, step_ids[step], __VA_ARGS__)

/* Step 3: the first of the target's ids that differs, or -1. */
static int
mismatch(const unsigned int *caller, const unsigned int *target,
    enum id_kind chosen)
{
	static const enum id_kind order[] = { ID_REAL, ID_EFF, ID_SAVED };
	size_t	 i;

	for (i = 0; i < 3; i++)
		if (caller[chosen] != target[order[i]])
			return order[i];
	return -1;
}

/*
 * Steps 2 and 3: compare the chosen ids with the target's real,
 * effective and saved ids; CAP_SYS_PTRACE overrides a mismatch.
 */
static int
uid_gid_match(unsigned int mode, const struct scenario *s,
    struct verdict *v)
{
	static const char *const tuid[] = { "uid", "euid", "suid" };
	static const char *const tgid[] = { "gid", "egid", "sgid" };
	enum id_kind	 chosen;
	int		 bad, isgid;
	const char	*which, *mine, *theirs;

	chosen = mode & MODE_FSCREDS ? ID_FS : ID_REAL;
	isgid = 0;
	if ((bad = mismatch(s->caller.uid, s->target.uid, chosen)) == -1) {
		bad = mismatch(s->caller.gid, s->target.gid, chosen);
		isgid = 1;
	}
	if (bad == -1)
		return 1;
	which = isgid ? "gid" : "uid";
	mine = chosen == ID_FS ? (isgid ? "fsgid" : "fsuid") :
	    (isgid ? "rgid" : "ruid");
	theirs = isgid ? tgid[bad] : tuid[bad];
	if (s->caller.eff & CAPBIT(C_SYS_PTRACE)) {
		allow(v, STEP_UID_GID, "%s mismatch (%s vs %s), but "
		    "CAP_SYS_PTRACE", which, mine, theirs);
		return 1;
	}
	deny(v, STEP_UID_GID, "%s mismatch (%s vs %s)", which, mine, theirs);
	return 0;
}

/* Step 4. */
static int
dumpable(const struct scenario *s, struct verdict *v)
{
	if (s->dumpable == 1)
		return 1;
	if (s->caller.eff & CAPBIT(C_SYS_PTRACE)) {
		allow(v, STEP_DUMPABLE, "not dumpable, but CAP_SYS_PTRACE");
		return 1;
	}
	deny(v, STEP_DUMPABLE, "target not dumpable");
	return 0;
}

/* Step 5, commoncap only: no other security module is modelled. */
static int
cap_subset(unsigned int mode, const struct scenario *s, struct verdict *v)
{
	uint64_t	 have;

	/* Step 5.1: the set the caller is judged by. */
	have = mode & MODE_FSCREDS ? s->caller.eff : s->caller.perm;
	if ((s->target.perm & ~have) == 0)
		return 1;
	if (s->caller.eff & CAPBIT(C_SYS_PTRACE)) {
		allow(v, STEP_CAP_SUBSET,
		    "caps not a subset, but CAP_SYS_PTRACE");
		return 1;
	}
	deny(v, STEP_CAP_SUBSET, "%s", mode & MODE_FSCREDS ?
	    "target caps exceed caller's effective set" :
	    "target caps exceed caller's permitted set");
	return 0;
}

/* The check itself: steps 1 to 6 of the spec's algorithm. */
static void
ptrace_check(const struct iface *f, const struct scenario *s,
    struct verdict *v)
{
	const struct probe_method *m;

	v->step = NULL;
	if (s->same_group) {
		if ((m = probe_method_of(&f->probe)) != NULL &&
		    m->own_group_refused)
			deny(v, STEP_SAME_GROUP,
			    "own thread group, refused before the check");
		else
			allow(v, STEP_SAME_GROUP, "same thread group");
		return;
	}
	if (!uid_gid_match(f->mode, s, v) || !dumpable(s, v) ||
	    !cap_subset(f->mode, s, v) || !yama_allows(f->mode, s, v))
		return;
	if (v->step == NULL)
		allow(v, STEP_ALLOW, "%s", f->mode & MODE_FSCREDS ?
		    "fs ids match" : "real ids match");
}

/* A gate whose capability the caller has, or NULL. */
static const struct gate *
gate_held(const struct iface *f, const struct scenario *s,
    enum gate_order order, int held)
{
	size_t	 i;
	int	 cap, has;

	for (i = 0; i < f->ngates; i++) {
		if (f->gates[i].kind != GATE_CAPABILITY ||
		    f->gates[i].order != order ||
		    (cap = cap_value(f->gates[i].name)) == -1)
			continue;
		has = (s->caller.eff & CAPBIT(cap)) != 0;
		if (has == held)
			return &f->gates[i];
	}
	return NULL;
}

static void
result_of(const struct denial *d, struct verdict *v)
{
	v->result = denial_words(d->kind)->result;
	v->errnum = d->kind == DENY_ERRNO ? d->errnum : 0;
	v->errname = d->kind == DENY_ERRNO ? d->errname : NULL;
}

void
algo_decide(const struct iface *f, const struct scenario *s,
    struct verdict *v)
{
	const struct gate	*g;
	char			 why[sizeof(v->reason)];

	memset(v, 0, sizeof(*v));
	if ((g = gate_held(f, s, GATE_BEFORE, 0)) != NULL) {
		deny(v, STEP_GATE, "no %s", g->name);
		result_of(&g->denial, v);
		return;
	}
	ptrace_check(f, s, v);
	if (!v->allowed && !s->same_group &&
	    (g = gate_held(f, s, GATE_BYPASS, 1)) != NULL) {
		snprintf(why, sizeof(why), "%s", v->reason);
		decide(v, 1, v->step, "%s; %s bypasses it", why, g->name);
	}
	if (!v->allowed) {
		if (f->denial.kind == DENY_NONE)
			v->allowed = 1;
		result_of(&f->denial, v);
		if (v->allowed)
			v->result = PA_ALLOWED;
		return;
	}
	v->result = PA_ALLOWED;
	if ((g = gate_held(f, s, GATE_AFTER, 0)) != NULL) {
		deny(v, STEP_GATE, "no %s", g->name);
		result_of(&g->denial, v);
	}
}
