/*
 * The inline markup of the spec's prose; see markup.h.
 * Checking and splitting share one scanner so that what the checker
 * accepts is exactly what the emitters can split.
 */
#include <string.h>

#include "spec/markup.h"

enum span_tag {
	TAG_B,
	TAG_I,
	TAG_MAN,
	TAG_PATH,
	TAG__MAX
};

static const char *const tag_names[TAG__MAX] = { "b", "i", "man", "path" };

/* Where a span's parts are: "{tag:content}" starts at line[start]. */
struct span {
	enum span_tag	 tag;
	const char	*content;
	size_t		 len;
	size_t		 end;		/* offset just past the '}' */
};

/* Parse a span at line[off] == '{'; return an error message or NULL. */
static const char *
parse_span(const char *line, size_t len, size_t off, struct span *sp)
{
	size_t	 i, colon, t;

	for (colon = off + 1; colon < len && line[colon] != ':' &&
	    line[colon] != '}' && line[colon] != '{'; colon++)
		continue;
	if (colon == len || line[colon] != ':')
		return "span without a tag: write {b:...}, {i:...}, "
		    "{man:...} or {path:...}, or {{ for a brace";
	for (t = 0; t < TAG__MAX; t++)
		if (strlen(tag_names[t]) == colon - off - 1 &&
		    strncmp(tag_names[t], line + off + 1, colon - off - 1) == 0)
			break;
	if (t == TAG__MAX)
		return "unknown markup span";
	for (i = colon + 1; i < len && line[i] != '}'; i++)
		if (line[i] == '{')
			return "unbalanced markup span: a '{' comes "
			    "before the closing '}' (spans do not nest)";
	if (i == len)
		return "unbalanced markup span: no closing '}'";
	sp->tag = (enum span_tag)t;
	sp->content = line + colon + 1;
	sp->len = i - colon - 1;
	sp->end = i + 1;
	if (sp->len == 0)
		return "empty markup span";
	return NULL;
}

/* "name(2)": a page name, then a section in parentheses. */
static const char *
check_man(const struct span *sp)
{
	const char	*open;

	open = memchr(sp->content, '(', sp->len);
	if (open == NULL || open == sp->content ||
	    sp->content[sp->len - 1] != ')' ||
	    open + 2 >= sp->content + sp->len)
		return "a {man:} span is written as name(section)";
	return NULL;
}

/* Brackets mark variable parts and must pair up, unnested. */
static const char *
check_path(const struct span *sp)
{
	size_t	 i;
	int	 in = 0;

	for (i = 0; i < sp->len; i++) {
		if (sp->content[i] == '[') {
			if (in)
				return "nested '[' in a {path:} span";
			in = 1;
		} else if (sp->content[i] == ']') {
			if (!in)
				return "unbalanced ']' in a {path:} span";
			in = 0;
		}
	}
	return in ? "unbalanced '[' in a {path:} span" : NULL;
}

/* Two sentences on one line break the semantic-newline rule. */
static int
two_sentences(const char *line, size_t len)
{
	size_t	 i;

	for (i = 1; i + 2 < len; i++)
		if (strchr(".!?", line[i]) != NULL && line[i + 1] == ' ' &&
		    line[i - 1] != '.' &&
		    ((line[i + 2] >= 'A' && line[i + 2] <= 'Z') ||
		    line[i + 2] == '{'))
			return 1;
	return 0;
}

static const char *
check_line(const char *line, size_t len, size_t *col)
{
	struct span	 sp;
	const char	*err;
	size_t		 i;

	for (i = 0; i < len; i++) {
		*col = i;
		if ((unsigned char)line[i] < 0x20 || line[i] == 0x7f)
			return "control character in text";
		if (line[i] == '{' && i + 1 < len && line[i + 1] == '{') {
			i++;
			continue;
		}
		if (line[i] == '}') {
			if (i + 1 < len && line[i + 1] == '}') {
				i++;
				continue;
			}
			return "unbalanced '}': write }} for a brace";
		}
		if (line[i] != '{')
			continue;
		if ((err = parse_span(line, len, i, &sp)) != NULL)
			return err;
		if (sp.tag == TAG_MAN && (err = check_man(&sp)) != NULL)
			return err;
		if (sp.tag == TAG_PATH && (err = check_path(&sp)) != NULL)
			return err;
		i = sp.end - 1;
	}
	*col = 0;
	if (len > 0 && (line[0] == ' ' || line[len - 1] == ' '))
		return "leading or trailing space in text";
	if (two_sentences(line, len))
		return "more than one sentence on a line "
		    "(start each sentence on a line of its own)";
	return NULL;
}

const char *
markup_check(const char *src, size_t *line, size_t *col)
{
	const char	*nl, *err;
	size_t		 len;

	*line = 0;
	while (*src != '\0') {
		nl = strchr(src, '\n');
		len = nl == NULL ? strlen(src) : (size_t)(nl - src);
		if ((err = check_line(src, len, col)) != NULL)
			return err;
		if (nl == NULL)
			break;
		src = nl + 1;
		(*line)++;
	}
	return NULL;
}

static void
emit(run_fn fn, void *arg, enum font f, const char *s, size_t len, int span)
{
	struct run	 r;

	if (len == 0)
		return;
	r.font = f;
	r.s = s;
	r.len = len;
	r.span = span;
	fn(&r, arg);
}

/* A path: italic, with each [variable] part roman and unbracketed. */
static void
emit_path(const struct span *sp, run_fn fn, void *arg)
{
	const char	*p = sp->content, *end = p + sp->len, *q;

	while (p < end) {
		if (*p == '[') {
			q = memchr(p, ']', (size_t)(end - p));
			emit(fn, arg, FONT_R, p + 1, (size_t)(q - p - 1), 1);
			p = q + 1;
			continue;
		}
		q = memchr(p, '[', (size_t)(end - p));
		if (q == NULL)
			q = end;
		emit(fn, arg, FONT_I, p, (size_t)(q - p), 1);
		p = q;
	}
}

static void
emit_span(const struct span *sp, run_fn fn, void *arg)
{
	const char	*open;

	switch (sp->tag) {
	case TAG_B:
		emit(fn, arg, FONT_B, sp->content, sp->len, 1);
		break;
	case TAG_I:
		emit(fn, arg, FONT_I, sp->content, sp->len, 1);
		break;
	case TAG_MAN:
		open = memchr(sp->content, '(', sp->len);
		emit(fn, arg, FONT_B, sp->content,
		    (size_t)(open - sp->content), 1);
		emit(fn, arg, FONT_R, open,
		    sp->len - (size_t)(open - sp->content), 1);
		break;
	default:
		emit_path(sp, fn, arg);
		break;
	}
}

void
markup_line(const char *line, size_t len, run_fn fn, void *arg)
{
	struct span	 sp;
	size_t		 i, start = 0;

	for (i = 0; i < len; i++) {
		if (line[i] != '{' && line[i] != '}')
			continue;
		emit(fn, arg, FONT_R, line + start, i - start, 0);
		if (i + 1 < len && line[i + 1] == line[i]) {
			/* A doubled brace stands for one literal brace. */
			emit(fn, arg, FONT_R, line + i, 1, 0);
			start = i + 2;
			i++;
			continue;
		}
		if (parse_span(line, len, i, &sp) != NULL)
			return;		/* markup_check() rejects this */
		emit_span(&sp, fn, arg);
		start = sp.end;
		i = sp.end - 1;
	}
	emit(fn, arg, FONT_R, line + start, len - start, 0);
}

struct plain {
	put_fn	 put;
	void	*arg;
};

static void
plain_run(const struct run *r, void *arg)
{
	const struct plain *pl = arg;

	pl->put(r->s, r->len, pl->arg);
}

/*
 * Paths keep their brackets in plain text, where no font can show
 * the variable part; so they are printed from the source.
 */
void
markup_plain(const char *src, put_fn put, void *arg)
{
	struct plain	 pl = { put, arg };
	struct span	 sp;
	const char	*nl;
	size_t		 len, i, start;

	for (;;) {
		nl = strchr(src, '\n');
		len = nl == NULL ? strlen(src) : (size_t)(nl - src);
		for (i = start = 0; i < len; i++) {
			if (src[i] != '{')
				continue;
			if (i + 1 < len && src[i + 1] == '{') {
				i++;
				continue;
			}
			markup_line(src + start, i - start, plain_run, &pl);
			if (parse_span(src, len, i, &sp) != NULL)
				return;
			if (sp.tag == TAG_PATH)
				put(sp.content, sp.len, arg);
			else
				markup_line(src + i, sp.end - i, plain_run, &pl);
			start = sp.end;
			i = sp.end - 1;
		}
		markup_line(src + start, len - start, plain_run, &pl);
		if (nl == NULL)
			break;
		put("\n", 1, arg);
		src = nl + 1;
	}
}
