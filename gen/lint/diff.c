/*
 * Patches: a unified diff, or git format-patch output, gives the new
 * side of each page it changes; only its added lines are judged, and
 * the context lines give them their paragraphs.
 */
#include <stdlib.h>
#include <string.h>

#include "lint/diff.h"
#include "lint/read.h"
#include "xalloc.h"

/* A man page of section 2, 5 or 7, in either tree layout. */
static int
judged_path(const char *path)
{
	const char	*dot = strrchr(path, '.');

	if (dot == NULL || strlen(dot) != 2 || strchr("257", dot[1]) == NULL)
		return 0;
	return strstr(path, "man2/") != NULL || strstr(path, "man5/") !=
	    NULL || strstr(path, "man7/") != NULL || strchr(path, '/') == NULL;
}

/* "+++ b/man/man2/kcmp.2": the path, or NULL for /dev/null. */
static char *
diff_path(const char *s, size_t len)
{
	size_t	 i = 4, e;

	for (e = i; e < len && s[e] != '\t'; e++)
		continue;
	while (e > i && s[e - 1] == ' ')
		e--;
	if (e - i >= 2 && s[i + 1] == '/' && strchr("ab", s[i]) != NULL)
		i += 2;
	if (e - i == 9 && strncmp(s + i, "/dev/null", 9) == 0)
		return NULL;
	return xstrndup(s + i, e - i);
}

static void
patch_file(struct patch *pt, const char *s, size_t len)
{
	char	*path = diff_path(s, len);

	pt->cur = NULL;
	if (path != NULL && judged_path(path)) {
		pt->cur = lpage_new(path);
		pt->cur->patch = 1;
		pt->pages = xreallocarray(pt->pages, pt->npages + 1,
		    sizeof(*pt->pages));
		pt->pages[pt->npages++] = pt->cur;
	}
	free(path);
}

static void
patch_line(struct patch *pt, const char *s, size_t len)
{
	const char	*plus;

	if (len >= 4 && strncmp(s, "+++ ", 4) == 0) {
		patch_file(pt, s, len);
		return;
	}
	if (len >= 2 && strncmp(s, "@@", 2) == 0) {
		if ((plus = memchr(s, '+', len)) != NULL)
			pt->no = strtoul(plus + 1, NULL, 10);
		pt->gap = 1;
		return;
	}
	if (pt->cur == NULL || len == 0 || (s[0] != ' ' && s[0] != '+'))
		return;
	rpage_add(&pt->cur->roff, s + 1, len - 1, pt->no++, s[0] == '+',
	    pt->gap);
	pt->gap = 0;
}

int
is_patch(const char *buf, size_t len)
{
	const char	*p = buf, *e = buf + len, *nl;

	while (p < e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		if ((nl - p >= 11 && strncmp(p, "diff --git ", 11) == 0) ||
		    (nl - p >= 4 && strncmp(p, "+++ ", 4) == 0))
			return 1;
		if (nl - p >= 3 && strncmp(p, ".TH", 3) == 0)
			return 0;
		p = nl + 1;
	}
	return 0;
}

struct patch
parse_patch(const struct spec *s, const char *buf, size_t len)
{
	struct patch	 pt;
	const char	*p = buf, *e = buf + len, *nl;
	size_t		 i;

	memset(&pt, 0, sizeof(pt));
	while (p < e) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		/*
		 * A line "-- " ends the diff in git format-patch output; a
		 * line "From " starts the next mail of a series.
		 */
		if ((nl - p == 3 && strncmp(p, "-- ", 3) == 0) ||
		    (nl - p >= 5 && strncmp(p, "From ", 5) == 0))
			pt.cur = NULL;
		else
			patch_line(&pt, p, nl - p);
		p = nl + 1;
	}
	for (i = 0; i < pt.npages; i++)
		lpage_finish(s, pt.pages[i]);
	return pt;
}

