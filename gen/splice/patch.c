/*
 * The series of splice --format-patch: one patch per page, the subject
 * "man/man2/kcmp.2: ..." as man-pages writes it, a body that gives for
 * every claim the kernel file and function that make the check, and
 * the diff.  From and Date do not depend on the run: the author is
 * the tool, the date the spec's (or SOURCE_DATE_EPOCH's, as load.c
 * reads it), so that two runs write the same bytes.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "msg.h"
#include "outfile.h"
#include "splice/patch.h"
#include "xalloc.h"

#define AUTHOR	"ptrace-access splice <ptrace-access@invalid>"

struct patch {
	char	*rel;
	char	*subject;
	char	*body;
	char	*diff;
};

static struct patch	*patches;
static size_t		 npatches;

static void
cite(FILE *fp, const struct iface *f)
{
	size_t	 i;

	fprintf(fp, "the check is made in\n%s, %s()", f->src_file, f->src_func);
	for (i = 0; i < f->nalso; i++)
		fprintf(fp, ",\nand in %s, %s()", f->also[i].file,
		    f->also[i].func);
}

static char *
body_of(const struct page_edits *pe)
{
	char		*s = NULL, mode[96];
	size_t		 len, i;
	FILE		*fp = xopen_memstream(&s, &len);
	const struct lclaim *c;

	for (i = 0; i < pe->nfixed; i++) {
		c = pe->fixed[i];
		mode_name(c->f->mode & c->mask, mode, sizeof(mode));
		fprintf(fp, "%s: the page said %s;\nLinux uses %s,\n",
		    c->f->name, c->says, mode);
		cite(fp, c->f);
		fputs(".\n\n", fp);
	}
	for (i = 0; i < pe->nadded; i++) {
		mode_name(pe->added[i]->mode, mode, sizeof(mode));
		fprintf(fp, "%s makes a %s check,\nwhich the page did not state;\n",
		    pe->added[i]->name, mode);
		cite(fp, pe->added[i]);
		fputs(".\n\n", fp);
	}
	fclose(fp);
	return s;
}

void
patch_add(const struct spec *s, const char *rel,
    const struct page_edits *pe, const char *diff)
{
	struct patch	*p;
	const char	*what;

	(void)s;
	if (pe->nfixed > 0 && pe->nadded > 0)
		what = "Fix and document ptrace access mode checks";
	else if (pe->nfixed > 0)
		what = "Fix the ptrace access mode";
	else
		what = "Document the ptrace access mode check";
	patches = xreallocarray(patches, npatches + 1, sizeof(*patches));
	p = &patches[npatches++];
	p->rel = xstrdup(rel);
	p->subject = xasprintf("%s: %s", rel, what);
	p->body = body_of(pe);
	p->diff = xstrdup(diff);
}

/* RFC 2822 in English and UTC, whatever the locale: the spec's day. */
static void
mail_date(const struct spec *s, char *buf, size_t sz)
{
	static const char *const days[] = { "Sun", "Mon", "Tue", "Wed",
	    "Thu", "Fri", "Sat" };
	static const char *const months[] = { "Jan", "Feb", "Mar", "Apr",
	    "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
	struct tm	 tm;
	time_t		 t;

	memset(&tm, 0, sizeof(tm));
	if (sscanf(s->date, "%d-%d-%d", &tm.tm_year, &tm.tm_mon,
	    &tm.tm_mday) != 3) {
		snprintf(buf, sz, "Thu, 1 Jan 1970 00:00:00 +0000");
		return;
	}
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	t = timegm(&tm);
	gmtime_r(&t, &tm);
	snprintf(buf, sz, "%s, %d %s %d 00:00:00 +0000", days[tm.tm_wday],
	    tm.tm_mday, months[tm.tm_mon], tm.tm_year + 1900);
}

/* 0001-man-man2-kcmp.2.patch */
static char *
patch_name(size_t n, const char *rel)
{
	char	*name = xasprintf("%04zu-%s.patch", n, rel), *p;

	for (p = name; *p != '\0'; p++)
		if (*p == '/')
			*p = '-';
	return name;
}

int
patch_write_all(const struct spec *s, const char *dir)
{
	char		 date[64], *name;
	size_t		 i;
	FILE		*fp;

	if (mkdir(dir, 0777) == -1 && access(dir, W_OK) == -1) {
		msg_fatal("splice: %s: cannot make the directory", dir);
		return -1;
	}
	mail_date(s, date, sizeof(date));
	for (i = 0; i < npatches; i++) {
		name = patch_name(i + 1, patches[i].rel);
		fp = outfile_open(dir, name);
		fprintf(fp, "From 0000000000000000000000000000000000000000 "
		    "Mon Sep 17 00:00:00 2001\nFrom: %s\nDate: %s\n"
		    "Subject: [PATCH %zu/%zu] %s\n\n%s---\n%s", AUTHOR, date,
		    i + 1, npatches, patches[i].subject, patches[i].body,
		    patches[i].diff);
		free(name);
		free(patches[i].rel);
		free(patches[i].subject);
		free(patches[i].body);
		free(patches[i].diff);
	}
	free(patches);
	patches = NULL;
	npatches = 0;
	return 0;
}
