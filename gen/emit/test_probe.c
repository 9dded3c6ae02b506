/*
 * The probe of an interface as a test holds it: see tests.h and
 * check/probes/README.  The code is fixed C text, one file per method;
 * what varies with the spec's probe argument is written before it as
 * #define lines, so every generated probe reads like hand-written code.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/embedded.h"
#include "emit/tests.h"
#include "emit/escape.h"
#include "model/probe.h"
#include "msg.h"
#include "sbuf.h"

struct method {
	const char	*name;		/* a method of model/probe.c */
	/* The #define lines the probe file uses. */
	void		 (*params)(FILE *, const char *arg);
};


static void
define_str(FILE *fp, const char *name, const char *value)
{
	fprintf(fp, "#define %s\t\"", name);
	esc_c_string(fp, value, strlen(value));
	fputs("\"\n", fp);
}

static void
params_open(FILE *fp, const char *arg)
{
	define_str(fp, "PROC_FILE", arg);
	if (strncmp(arg, "ns/", 3) == 0)
		fputs("/* An nsfs file cannot be read: opening it is all. */\n"
		    "#define READ_AT\t\t-1\n", fp);
	else if (strcmp(arg, "mem") == 0)
		fputs("/* mem is read at an address: the cookie's is valid "
		    "in every fork. */\n"
		    "#define READ_AT\t\t((off_t)(uintptr_t)&pa_cookie)\n", fp);
	else
		fputs("#define READ_AT\t\t0\n", fp);
}

static void
params_link(FILE *fp, const char *arg)
{
	define_str(fp, "PROC_LINK", arg);
}

static void
params_stat(FILE *fp, const char *arg)
{
	const char	*p;

	/*
	 * startstack, start_data, arg_start, env_start: never 0 for a
	 * live process when allowed, always 0 when denied.
	 */
	if (arg == NULL)
		arg = "28,45,48,50";
	fputs("/*\n"
	    " * Fields (numbered as in proc(5)) never 0 for a live process\n"
	    " * when shown, and always 0 when the check fails.\n"
	    " */\n"
	    "#define STAT_FIELDS\t{ ", fp);
	for (p = arg; *p != '\0'; p++)
		if (*p == ',')
			fputs(", ", fp);
		else
			fputc(*p, fp);
	fputs(" }\n", fp);
}

static void
params_kcmp(FILE *fp, const char *arg)
{
	fprintf(fp, "#define KCMP_TYPE\t%s\n", arg == NULL ? "KCMP_VM" : arg);
}

static void
params_ns_ioctl(FILE *fp, const char *arg)
{
	fprintf(fp, "#define NS_IOCTL\t%s\n", probe_ns(arg)->ioctl);
}

static void
params_setns(FILE *fp, const char *arg)
{
	fprintf(fp, "#define NS_FLAG\t\t%s\n",
	    probe_ns(arg == NULL ? "uts" : arg)->clone);
}

static void
params_attach(FILE *fp, const char *arg)
{
	fprintf(fp, "#define SEIZE\t\t%d\n", arg != NULL);
}

/*
 * The parameters of the probe methods that take the spec's argument.
 * The code of every method is check/probes/METHOD.c, embedded into the
 * generator (emit/embedded.h).
 */
static const struct method methods[] = {
	{ "open_read", params_open },
	{ "readlink", params_link },
	{ "stat_fields", params_stat },
	{ "ptrace_attach", params_attach },
	{ "kcmp", params_kcmp },
	{ "setns_pidfd", params_setns },
	{ "pidfd_ns_ioctl", params_ns_ioctl },
};

#define NMETHODS	(sizeof(methods) / sizeof(methods[0]))

/* The #define lines of a method, or NULL when it has none. */
static void
(*method_params(const char *name))(FILE *, const char *)
{
	size_t	 i;

	for (i = 0; i < NMETHODS; i++)
		if (strcmp(methods[i].name, name) == 0)
			return methods[i].params;
	return NULL;
}

/*
 * The embedded probe file of the interface's method.  Every method of
 * model/probe.c has one (check/unit.c makes sure); a file defines
 * unready() on a line of its own, as check/probes/README says.
 */
int
probe_text(const struct iface *f, struct probe_text *p)
{
	struct sbuf	 name = { NULL, 0, 0 };

	sbuf_printf(&name, "%s.c", f->probe.method);
	p->params = method_params(f->probe.method);
	p->code = embedded(name.s);
	p->includes = embedded("includes.h");
	if (p->code == NULL || p->includes == NULL)
		msg_error(&f->probe.pos, "probe: no code for method \"%s\" "
		    "in this build (check/probes/%s)", f->probe.method, name.s);
	sbuf_free(&name);
	if (p->code == NULL || p->includes == NULL)
		return -1;
	p->unready = strstr(p->code, "\nunready(void)\n") != NULL;
	return 0;
}

void
emit_probe(FILE *fp, const struct iface *f, const struct probe_text *p)
{
	if (p->params != NULL) {
		p->params(fp, f->probe.arg);
		fputc('\n', fp);
	}
	fputs(p->code, fp);
}

