/* The JSON writer; see emit/jsonw.h. */
#include <string.h>

#include "emit/jsonw.h"
#include "emit/escape.h"

void
jw_begin(struct jsonw *w, FILE *fp)
{
	memset(w, 0, sizeof(*w));
	w->fp = fp;
}

/* The comma, the line break and the key before a value. */
static void
value(struct jsonw *w, const char *key)
{
	if (w->depth > 0) {
		if (w->count[w->depth]++ > 0)
			fputc(',', w->fp);
		if (w->lines[w->depth] && w->count[w->depth] > 1)
			fputc('\n', w->fp);
	}
	if (key != NULL) {
		fputc('"', w->fp);
		esc_json(w->fp, key, strlen(key));
		fputs("\":", w->fp);
	}
}

static void
open_level(struct jsonw *w, const char *key, char c, int lines)
{
	value(w, key);
	fputc(c, w->fp);
	if (lines)
		fputc('\n', w->fp);
	if (w->depth + 1 < JSONW_DEPTH)
		w->depth++;
	w->count[w->depth] = 0;
	w->lines[w->depth] = lines;
	w->close[w->depth] = c == '{' ? '}' : ']';
}

void
jw_object(struct jsonw *w, const char *key)
{
	open_level(w, key, '{', 0);
}

void
jw_array(struct jsonw *w, const char *key, int one_per_line)
{
	open_level(w, key, '[', one_per_line);
}

void
jw_end(struct jsonw *w)
{
	if (w->lines[w->depth] && w->count[w->depth] > 0)
		fputc('\n', w->fp);
	fputc(w->close[w->depth], w->fp);
	if (w->depth > 0)
		w->depth--;
}

void
jw_string(struct jsonw *w, const char *key, const char *s)
{
	value(w, key);
	if (s == NULL) {
		fputs("null", w->fp);
		return;
	}
	fputc('"', w->fp);
	esc_json(w->fp, s, strlen(s));
	fputc('"', w->fp);
}

void
jw_string_by(struct jsonw *w, const char *key,
    void (*put)(FILE *, const void *), const void *arg)
{
	value(w, key);
	fputc('"', w->fp);
	put(w->fp, arg);
	fputc('"', w->fp);
}

void
jw_number(struct jsonw *w, const char *key, size_t n)
{
	value(w, key);
	fprintf(w->fp, "%zu", n);
}

void
jw_null(struct jsonw *w, const char *key)
{
	value(w, key);
	fputs("null", w->fp);
}
