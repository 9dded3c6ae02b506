/*
 * The validated model of spec/ptrace-access.yaml.
 *
 * load.c builds it from the YAML document and validates every rule;
 * the emitters (out_roff.c, out_json.c, out_tests.c) only read it and
 * never see libyaml.  The model owns every string in it; spec_free()
 * releases all of it.
 */
#ifndef MODEL_H
#define MODEL_H

#include <stddef.h>

/* A position in the spec, 0-based as libyaml gives it; msg.c adds 1. */
struct pos {
	size_t	 line;
	size_t	 col;
};

/*
 * The longest word (an id, a gate or flag name, a probe method): ids
 * become file names and names parts of messages, in buffers sized by it.
 */
#define WORD_MAX	64

/* The kernel's PTRACE_MODE_* bits (include/linux/ptrace.h). */
enum mode_bit {
	MODE_READ = 0x01,
	MODE_ATTACH = 0x02,
	MODE_NOAUDIT = 0x04,
	MODE_FSCREDS = 0x08,
	MODE_REALCREDS = 0x10
};

#define MODE_LEVELS	(MODE_READ | MODE_ATTACH)
#define MODE_CREDS	(MODE_FSCREDS | MODE_REALCREDS)

enum flag_kind {
	FLAG_LEVEL,		/* READ, ATTACH */
	FLAG_CREDS,		/* FSCREDS, REALCREDS */
	FLAG_MODIFIER		/* NOAUDIT */
};

/*
 * Prose in the spec's inline markup (see ptrace-access(5)).
 * The source keeps its line breaks: one sentence per line.
 * An empty text has src == NULL.
 */
struct text {
	char		*src;
	struct pos	 pos;
};

/*
 * A kernel version where something changed: "4.5", or unknown with the
 * reason why.  An unknown one may still be pinned between two releases
 * that were read or observed: the change is absent from `after' and
 * present in `seen_in' (see ranges.h).
 */
struct version {
	char		*name;		/* "4.5", or NULL when unknown */
	char		*unconfirmed;	/* why it is not known, or NULL */
	char		*commit;	/* 12 to 40 hex digits, or NULL */
	char		*seen_in;	/* oldest release seen with the change */
	char		*after;		/* newest release seen without it */
	struct pos	 pos;
};

/*
 * Schema 2: a fact holds from `since' up to, not including, `until'.
 * A bound that is absent (every field NULL) is open.
 */
struct range {
	struct version	 since;
	struct version	 until;
};

/* A release the spec was checked against: a tree read, or a kernel run. */
struct release {
	char		*name;		/* "6.12.117" */
	char		*read;		/* the source tree read, or NULL */
	char		*observed;	/* how it was observed running, or NULL */
	struct pos	 pos;
};

/* A sentence or two that hold only in a range of releases. */
struct note {
	struct range	 range;
	struct text	 text;
	struct pos	 pos;
};

/* A form of an algorithm step that holds only in a range of releases. */
struct variant {
	char		*id;		/* "exec-state" */
	struct range	 range;
	struct text	 text;		/* follows the step's text */
	struct text	 after;		/* follows its follow-on paragraph */
	struct pos	 pos;
};

struct flag {
	char		*name;		/* "READ": the suffix of PTRACE_MODE_ */
	unsigned int	 value;
	enum flag_kind	 kind;
	struct version	 since;
	struct text	 text;
	struct pos	 pos;
};

struct step {
	char		*id;		/* stable name tests refer to */
	char		*label;		/* short words for TAP lines */
	struct text	 text;
	struct text	*bullets;
	size_t		 nbullets;
	struct text	 after;		/* a follow-on paragraph */
	struct step	*sub;
	size_t		 nsub;
	struct variant	*variants;	/* schema 2 */
	size_t		 nvariants;
	const char	*variant;	/* the one in force, after spec_at() */
	struct pos	 pos;
};

enum iface_kind {
	IFACE_SYSCALL,
	IFACE_PROC,
	IFACE_IOCTL,
	IFACE_PRCTL
};

enum operation {
	OP_OPEN,
	OP_READ,
	OP_READLINK,
	OP_FOLLOW,
	OP_READDIR,
	OP_LOOKUP,
	OP_GETATTR,
	OP_PERMISSION,
	OP_SYSCALL,
	OP_IOCTL
};

enum denial_kind {
	DENY_ERRNO,		/* the call fails with errnum */
	DENY_ZEROED,		/* fields are shown as 0 */
	DENY_PRINTS_ZERO,	/* the file reads "0" */
	DENY_OMITTED,		/* the entry is left out of a listing */
	DENY_NONE		/* the check never denies */
};

struct denial {
	enum denial_kind kind;
	int		 errnum;	/* with DENY_ERRNO */
	const char	*errname;	/* "EPERM": static, from errno table */
	struct pos	 pos;
};

enum gate_order {
	GATE_BEFORE,		/* checked first; its denial wins */
	GATE_AFTER,		/* checked after the ptrace check */
	GATE_BYPASS		/* lets the caller through a failed check */
};

enum gate_kind {
	GATE_CAPABILITY,
	GATE_SYSCTL,
	GATE_MOUNT
};

struct gate {
	enum gate_kind	 kind;
	enum gate_order	 order;
	char		*name;		/* CAP_SYS_ADMIN, perf_event_paranoid */
	struct denial	 denial;	/* what it gives when it denies */
	struct version	 since;		/* name NULL and unconfirmed NULL: always */
	struct version	 until;		/* absent: still in force */
	struct text	 text;
	struct pos	 pos;
};

/* One change of mode: before `version' the interface used `before'. */
struct change {
	struct version	 version;
	unsigned int	 before;	/* mode bits before the change */
	struct text	 text;
};

/* A function in the kernel source: a check site or a helper. */
struct srcref {
	char		*file;		/* fs/proc/base.c */
	char		*func;		/* lock_trace */
	struct pos	 pos;
};

struct probe {
	char		*method;	/* a name from the probe table */
	char		*arg;		/* e.g. the /proc file, or NULL */
	char		*needs;		/* kernel feature, or NULL */
	struct pos	 pos;
};

struct iface {
	char		*name;		/* "kcmp", "/proc/[pid]/environ" */
	char		*id;		/* file-name-safe: "kcmp", "proc_pid_environ" */
	enum iface_kind	 kind;
	unsigned int	 mode;		/* enum mode_bit, validated */
	enum operation	 op;
	char		*page;		/* "kcmp" */
	int		 section;	/* 2 */
	struct denial	 denial;
	struct version	 since;
	struct version	 until;		/* absent: still in force */
	char		*src_file;	/* kernel/kcmp.c */
	char		*src_func;	/* sys_kcmp */
	struct srcref	*also;		/* more sites making the same check */
	size_t		 nalso;
	struct text	 summary;	/* what the interface is, one line */
	struct text	 text;		/* more, for its paragraph */
	struct gate	*gates;
	size_t		 ngates;
	size_t		 ngates_all;	/* spec_at() hides the rest */
	struct note	*notes;
	size_t		 nnotes;
	size_t		 nnotes_all;
	struct change	*history;
	size_t		 nhistory;
	struct probe	 probe;
	int		 example;	/* listed in ptrace(2)'s examples */
	struct pos	 pos;
};

struct spec {
	char		*file;		/* as given on the command line */
	int		 schema;
	char		*date;		/* YYYY-MM-DD for .TH */
	char		*kernel;	/* the newest release described */
	const char	*at;		/* the release spec_at() chose, or NULL */
	struct release	*releases;	/* schema 2; oldest first */
	size_t		 nreleases;
	char		*copyright;
	char		*license;	/* SPDX id */
	struct text	 intro;
	struct flag	*flags;
	size_t		 nflags;
	struct text	 algorithm_intro;
	struct step	*steps;
	size_t		 nsteps;
	struct iface	*ifaces;
	size_t		 nifaces;
	size_t		 nifaces_all;	/* spec_at() hides the rest */
	struct srcref	*helpers;	/* functions that check for their callers */
	size_t		 nhelpers;
};

struct spec	*spec_load(const char *file);
struct spec	*spec_parse(const char *file, const unsigned char *buf,
		    size_t len);
void		 spec_free(struct spec *);

const char	*mode_name(unsigned int mode, char *buf, size_t bufsz);
const char	*mode_level_name(unsigned int mode);
const char	*operation_name(enum operation);
const char	*iface_kind_name(enum iface_kind);
const char	*denial_name(const struct denial *);
const struct flag *spec_flag(const struct spec *, unsigned int value);
const struct step *spec_step(const struct spec *, const char *id);
const char	*step_number(const struct spec *, const char *id, char *buf,
		    size_t bufsz);

struct sbuf;
void		 iface_markup(struct sbuf *, const struct iface *);

#endif /* !MODEL_H */
