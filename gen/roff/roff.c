/*
 * Markup to roff.  A line of markup is cut into clusters at spaces; a
 * cluster holding a span becomes an alternating-font macro line such
 * as ".BR kcmp (2),", and plain clusters gather into text lines.
 */
#include <string.h>

#include "emit/escape.h"
#include "spec/markup.h"
#include "roff/roff.h"
#include "sbuf.h"

#define MAX_PIECES	16

struct piece {
	enum font	 font;
	size_t		 off;		/* into line_state.text */
	size_t		 len;
};

struct line_state {
	FILE		*fp;
	struct piece	 p[MAX_PIECES];
	size_t		 np;
	int		 span;		/* the cluster holds a span */
	int		 text_open;	/* a text line has been started */
	struct sbuf	 text;		/* the cluster's characters */
};

static const char font_letter[] = { 'R', 'B', 'I' };

#define PIECE(ls, i)	((ls)->text.s + (ls)->p[(i)].off)

/* A text line must not start with a control character. */
static void
text_word(struct line_state *ls, const char *s, size_t len)
{
	if (ls->text_open)
		fputc(' ', ls->fp);
	else if (s[0] == '.')
		fputs("\\&", ls->fp);
	esc_roff(ls->fp, s, len);
	ls->text_open = 1;
}

static void
end_text_line(struct line_state *ls)
{
	if (ls->text_open)
		fputc('\n', ls->fp);
	ls->text_open = 0;
}

/* Do the pieces alternate between two fonts, as .BR and friends need? */
static int
alternates(const struct piece *p, size_t n)
{
	size_t	 i;

	if (n < 2)
		return 0;
	for (i = 2; i < n; i++)
		if (p[i].font != p[i % 2].font)
			return 0;
	return p[0].font != p[1].font;
}

/*
 * Bold and italic pieces are identifiers, paths and page names: "\%"
 * keeps roff from hyphenating them (man-pages(7)).  A piece with a
 * space is quoted, and the escape cannot precede the quote.
 */
static void
no_hyphen(const struct line_state *ls, size_t i)
{
	if (ls->p[i].font != FONT_R &&
	    memchr(PIECE(ls, i), ' ', ls->p[i].len) == NULL)
		fputs("\\%", ls->fp);
}

/* Three fonts in one word: no macro fits, so use inline escapes. */
static void
inline_fonts(struct line_state *ls)
{
	size_t	 i;

	for (i = 0; i < ls->np; i++) {
		fprintf(ls->fp, "\\f[%c]", font_letter[ls->p[i].font]);
		no_hyphen(ls, i);
		esc_roff(ls->fp, PIECE(ls, i), ls->p[i].len);
	}
	fputs("\\f[R]\n", ls->fp);
}

static void
macro_line(struct line_state *ls)
{
	size_t	 i;

	end_text_line(ls);
	if (ls->np == 1) {
		fprintf(ls->fp, ".%c ", font_letter[ls->p[0].font]);
		no_hyphen(ls, 0);
		esc_roff_arg(ls->fp, PIECE(ls, 0), ls->p[0].len);
		fputc('\n', ls->fp);
		return;
	}
	if (!alternates(ls->p, ls->np)) {
		inline_fonts(ls);
		return;
	}
	fprintf(ls->fp, ".%c%c", font_letter[ls->p[0].font],
	    font_letter[ls->p[1].font]);
	for (i = 0; i < ls->np; i++) {
		fputc(' ', ls->fp);
		no_hyphen(ls, i);
		esc_roff_arg(ls->fp, PIECE(ls, i), ls->p[i].len);
	}
	fputc('\n', ls->fp);
}

static void
end_cluster(struct line_state *ls)
{
	size_t	 i;

	if (ls->np == 0)
		return;
	if (ls->span)
		macro_line(ls);
	else
		for (i = 0; i < ls->np; i++)
			text_word(ls, PIECE(ls, i), ls->p[i].len);
	ls->np = 0;
	ls->span = 0;
	sbuf_reset(&ls->text);
}

/*
 * Add a piece, merging it into the last one when the font is the same:
 * "{man:kcmp(2)}," is bold "kcmp", then roman "(2)" and ",".
 */
static void
add_piece(struct line_state *ls, enum font f, const char *s, size_t len)
{
	if (len == 0)
		return;
	if (ls->np > 0 && ls->p[ls->np - 1].font == f) {
		sbuf_printf(&ls->text, "%.*s", (int)len, s);
		ls->p[ls->np - 1].len += len;
		return;
	}
	if (ls->np == MAX_PIECES)
		end_cluster(ls);
	ls->p[ls->np].font = f;
	ls->p[ls->np].off = ls->text.len;
	ls->p[ls->np].len = len;
	sbuf_printf(&ls->text, "%.*s", (int)len, s);
	ls->np++;
}

/* Plain text splits into words; a span stays whole, spaces and all. */
static void
on_run(const struct run *r, void *arg)
{
	struct line_state *ls = arg;
	const char	*p = r->s, *end = r->s + r->len, *sp;

	if (r->span) {
		add_piece(ls, r->font, r->s, r->len);
		ls->span = 1;
		return;
	}
	while (p < end) {
		sp = memchr(p, ' ', (size_t)(end - p));
		if (sp == NULL)
			sp = end;
		add_piece(ls, FONT_R, p, (size_t)(sp - p));
		if (sp < end)
			end_cluster(ls);
		p = sp < end ? sp + 1 : end;
	}
}

void
roff_markup(FILE *fp, const char *src, const char *para)
{
	struct line_state ls;
	const char	*nl;
	size_t		 len;

	memset(&ls, 0, sizeof(ls));
	ls.fp = fp;
	for (;;) {
		nl = strchr(src, '\n');
		len = nl == NULL ? strlen(src) : (size_t)(nl - src);
		if (len == 0)
			fprintf(fp, "%s\n", para);
		else {
			markup_line(src, len, on_run, &ls);
			end_cluster(&ls);
			end_text_line(&ls);
		}
		if (nl == NULL)
			break;
		src = nl + 1;
	}
	sbuf_free(&ls.text);
}
