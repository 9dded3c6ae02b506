/*
 * The subset of m4 that the templates use, so that splice needs
 * neither m4 nor files on disk.  Anything else that m4 -P would act on
 * (an m4_ macro, the quotes [[[ and ]]]) is an error, never copied: a
 * template that needs more must make splice learn it first.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "model/model.h"
#include "msg.h"
#include "splice/template.h"
#include "xalloc.h"

#define CHANGEQUOTE	"m4_changequote([[[,]]])m4_dnl"
#define UNDIVERT	"m4_undivert([[[", "]]])m4_dnl"

static const struct memfile *
find_frag(const struct memfile *v, size_t n, const char *name, size_t len)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (strlen(v[i].name) == len &&
		    strncmp(v[i].name, name, len) == 0)
			return &v[i];
	return NULL;
}

/* m4_undivert([[[NAME]]])m4_dnl: the fragment NAME, or NULL. */
static const struct memfile *
undivert(const char *s, size_t len, const struct memfile *v, size_t n)
{
	static const char *const open_close[2] = { UNDIVERT };
	size_t	 o = strlen(open_close[0]), c = strlen(open_close[1]);

	if (len <= o + c || strncmp(s, open_close[0], o) != 0 ||
	    strncmp(s + len - c, open_close[1], c) != 0)
		return NULL;
	return find_frag(v, n, s + o, len - o - c);
}

/* Where m4 would see something in a line, or NULL. */
static const char *
m4_token(const char *s, size_t len)
{
	const char	*hit = NULL, *p;
	static const char *const tokens[] = { "m4_", "[[[", "]]]" };
	size_t		 k;

	for (k = 0; k < sizeof(tokens) / sizeof(tokens[0]); k++)
		if ((p = memmem(s, len, tokens[k], strlen(tokens[k]))) !=
		    NULL && (hit == NULL || p < hit))
			hit = p;
	return hit;
}

char *
template_expand(const char *file, const char *buf, size_t len,
    const struct memfile *frags, size_t nfrags, size_t *outlen)
{
	const struct memfile *f;
	const char	*p = buf, *e = buf + len, *nl, *tok;
	struct pos	 at = { 0, 0 };
	char		*out = NULL;
	FILE		*fp = xopen_memstream(&out, outlen);

	msg_file(file);
	for (; p < e; p = nl + 1, at.line++) {
		if ((nl = memchr(p, '\n', e - p)) == NULL)
			nl = e;
		if (at.line == 0 && (size_t)(nl - p) == strlen(CHANGEQUOTE) &&
		    strncmp(p, CHANGEQUOTE, nl - p) == 0)
			continue;
		if ((f = undivert(p, nl - p, frags, nfrags)) != NULL) {
			fwrite(f->buf, 1, f->len, fp);
			continue;
		}
		if ((tok = m4_token(p, nl - p)) != NULL) {
			at.col = tok - p;
			msg_error(&at, "splice reads only m4_undivert of a "
			    "fragment the generator makes, on a line of "
			    "its own");
			break;
		}
		fwrite(p, 1, nl < e ? nl - p + 1 : nl - p, fp);
	}
	if (fclose(fp) == EOF || p < e) {
		free(out);
		return NULL;
	}
	return out;
}
