/*
 * Unit tests of the generator's pieces: markup, escaping, the roff
 * renderer, mode names; the model of the check and the probe files
 * (unit/algo.c).  TAP output; exit status 1 on any failure.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "emit/escape.h"
#include "spec/markup.h"
#include "model/model.h"
#include "roff/roff.h"
#include "roff/decode.h"
#include "roff/read.h"
#include "unit/unit.h"

static int	 n, failed;

void
ok(int cond, const char *what)
{
	printf("%sok %d - %s\n", cond ? "" : "not ", ++n, what);
	if (!cond)
		failed++;
}

/* Run an emitter into a string; the caller frees it. */
static char *
capture(void (*fn)(FILE *, const char *, size_t), const char *in)
{
	char	*buf = NULL;
	size_t	 len = 0;
	FILE	*fp = open_memstream(&buf, &len);

	fn(fp, in, strlen(in));
	fclose(fp);
	return buf;
}

static void
roff_fn(FILE *fp, const char *s, size_t len)
{
	(void)len;
	roff_markup(fp, s, ".P");
}

static void
same(void (*fn)(FILE *, const char *, size_t), const char *in,
    const char *want, const char *what)
{
	char	*got = capture(fn, in);

	ok(strcmp(got, want) == 0, what);
	if (strcmp(got, want) != 0)
		printf("# got:  [%s]\n# want: [%s]\n", got, want);
	free(got);
}

static void
markup_rejects(const char *src, const char *what)
{
	size_t	 line, col;

	ok(markup_check(src, &line, &col) != NULL, what);
}

static void
test_markup(void)
{
	size_t	 line, col;
	const char *err;

	ok(markup_check("plain {b:X} and {man:kcmp(2)}.", &line, &col) ==
	    NULL, "markup: spans accepted");
	ok(markup_check("{{ and }} are braces", &line, &col) == NULL,
	    "markup: doubled braces accepted");
	markup_rejects("{b:open", "markup: unclosed span rejected");
	markup_rejects("{x:y}", "markup: unknown span rejected");
	markup_rejects("a } b", "markup: lone } rejected");
	markup_rejects("{b:}", "markup: empty span rejected");
	markup_rejects("{man:kcmp}", "markup: page without section rejected");
	markup_rejects("{path:/proc/[pid}", "markup: open [ in path rejected");
	markup_rejects("One. Two.", "markup: two sentences on a line rejected");
	markup_rejects("tab\there", "markup: control character rejected");
	err = markup_check("ok\nbad {q:x}", &line, &col);
	ok(err != NULL && line == 1 && col == 4,
	    "markup: error position is line 1, byte 4");
}

static void
test_roff(void)
{
	same(roff_fn, "see {man:kcmp(2)}, then", "see\n.BR \\%kcmp (2),\nthen\n",
	    "roff: page reference with trailing comma");
	same(roff_fn, "({b:EPERM})", ".RB ( \\%EPERM )\n",
	    "roff: bold inside roman parentheses");
	same(roff_fn, "reading {path:/proc/[pid]/environ}.",
	    "reading\n.IR \\%/proc/ pid \\%/environ .\n",
	    "roff: path with a variable part");
	same(roff_fn, "{b:A | B}", ".B \"A | B\"\n",
	    "roff: a span with spaces is one quoted argument");
	same(roff_fn, ".TH x", "\\&.TH x\n",
	    "roff: a leading dot is guarded");
	same(roff_fn, "'br", "\\[aq]br\n",
	    "roff: a leading quote is escaped");
	same(roff_fn, "a \\fB b", "a \\[rs]fB b\n",
	    "roff: a backslash is escaped");
	same(roff_fn, "{b:say \"x\"}", ".B \"say \\[dq]x\\[dq]\"\n",
	    "roff: a double quote in an argument is escaped");
	same(roff_fn, "pid -1 and re-use", "pid \\-1 and re-use\n",
	    "roff: leading minus escaped, hyphen kept");
	same(roff_fn, "caf\xc3\xa9", "caf\\[u00E9]\n",
	    "roff: non-ASCII as a Unicode escape");
	same(roff_fn, "a {{b}} c", "a {b} c\n", "roff: doubled braces");
	same(roff_fn, "one\n\ntwo", "one\n.P\ntwo\n",
	    "roff: an empty line starts a paragraph");
	same(roff_fn, "{b:B}{i:I}x", "\\f[B]\\%B\\f[I]\\%I\\f[R]x\\f[R]\n",
	    "roff: three fonts in one word use inline escapes");
}

static void
test_escapes(void)
{
	same(esc_c_string, "a\"b\\c?\?=%s\n", "a\\\"b\\\\c\\?\\?=%s\\n",
	    "C string: quote, backslash, trigraph, newline");
	same(esc_c_string, "\xc3\xa9", "\\303\\251", "C string: octal bytes");
	same(esc_c_comment, "a */ b /* c ?\?/", "a * / b / * c ? ?/",
	    "C comment: never closed, opened or trigraphed");
	same(esc_json, "q\"\\\n\x01", "q\\\"\\\\\\n\\u0001",
	    "JSON: quote, backslash, newline, control");
}

/* Write with esc_roff, read back with the reader: the same bytes. */
static void
roundtrip(const char *s)
{
	char		*line = capture(esc_roff, s), *arg;
	struct rtext	 t = { NULL, NULL, 0, 0 };
	struct rpage	 pg = { NULL, 0, 0 };
	FILE		*fp;
	size_t		 len;

	roff_decode(line, strlen(line), &t);
	ok(t.s != NULL && strcmp(t.s, s) == 0, "roff round trip (text)");
	if (t.s == NULL || strcmp(t.s, s) != 0)
		printf("# wrote [%s], read [%s]\n", line, t.s ? t.s : "");
	fp = open_memstream(&arg, &len);
	fputs(".B ", fp);
	esc_roff_arg(fp, s, strlen(s));
	fclose(fp);
	rpage_read(&pg, arg, len);
	ok(pg.nlines == 1 && pg.lines[0].nargs == 1 &&
	    strcmp(pg.lines[0].args[0].s, s) == 0,
	    "roff round trip (macro argument)");
	rpage_free(&pg);
	free(t.s);
	free(t.col);
	free(line);
	free(arg);
}

static void
test_roff_reader(void)
{
	static const char *const texts[] = {
		"a \\fB b \\\" c", "`tick' and 'quote' and \"dq\"",
		"-1, a-b, ^ and ~", "caf\xc3\xa9 \xe2\x80\x94 \xe2\x9c\x93",
		".TH at the start", "\\[em] \\(aq \\e",
	};
	static const char page[] =
	    ".SS \"Ptrace access mode checking\"\n"
	    ".SH\nERRORS\n"
	    ".BR \"a \"\"b\"\" c\" d \\\" comment\n"
	    "text \\fIit\\fP\\-x\\[u00E9]\\(em\n";
	struct rpage	 pg = { NULL, 0, 0 };
	size_t		 i;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		roundtrip(texts[i]);
	rpage_read(&pg, page, strlen(page));
	ok(pg.nlines == 5 && pg.lines[0].mac == RM_SS &&
	    strcmp(pg.lines[0].title, "Ptrace access mode checking") == 0,
	    "roff reader: a quoted .SS title");
	ok(pg.lines[1].mac == RM_SH && strcmp(pg.lines[1].title, "ERRORS")
	    == 0 && pg.lines[2].is_title && pg.lines[3].sh == 1 &&
	    pg.lines[3].ss == RNONE, "roff reader: a title on the next line");
	ok(pg.lines[3].mac == RM_ALT && pg.lines[3].nargs == 2 &&
	    strcmp(pg.lines[3].text.s, "a \"b\" cd") == 0 &&
	    pg.lines[3].args[1].col[0] == 16,
	    "roff reader: quoted arguments, a comment, columns");
	ok(pg.lines[4].mac == RM_TEXT &&
	    strcmp(pg.lines[4].text.s, "text it-x\xc3\xa9--") == 0,
	    "roff reader: escapes in a text line");
	rpage_free(&pg);
}

static void
test_modes(void)
{
	char	 buf[96];

	ok(strcmp(mode_name(MODE_READ | MODE_FSCREDS, buf, sizeof(buf)),
	    "PTRACE_MODE_READ_FSCREDS") == 0, "mode: READ|FSCREDS");
	ok(strcmp(mode_name(MODE_ATTACH | MODE_REALCREDS, buf, sizeof(buf)),
	    "PTRACE_MODE_ATTACH_REALCREDS") == 0, "mode: ATTACH|REALCREDS");
	ok(strcmp(mode_name(MODE_READ | MODE_FSCREDS | MODE_NOAUDIT, buf,
	    sizeof(buf)), "PTRACE_MODE_READ_FSCREDS | PTRACE_MODE_NOAUDIT")
	    == 0, "mode: NOAUDIT appended");
	ok(strcmp(mode_name(MODE_ATTACH, buf, sizeof(buf)),
	    "PTRACE_MODE_ATTACH") == 0, "mode: level alone, before 4.5");
}

/*
 * unit --c-program FILE: write a C program that prints FILE's bytes
 * back, from a string literal made by esc_c_string (check/t/55).
 */
static int
c_program(const char *file)
{
	FILE	*fp;
	char	*buf = NULL;
	size_t	 len = 0, n;
	char	 chunk[4096];
	FILE	*mem = open_memstream(&buf, &len);

	if ((fp = fopen(file, "rb")) == NULL)
		return 2;
	while ((n = fread(chunk, 1, sizeof(chunk), fp)) > 0)
		fwrite(chunk, 1, n, mem);
	fclose(fp);
	fclose(mem);
	printf("#include <stdio.h>\n\nstatic const char text[] = \"");
	esc_c_string(stdout, buf, len);
	printf("\";\n\nint\nmain(void)\n{\n"
	    "\tfwrite(text, 1, sizeof(text) - 1, stdout);\n"
	    "\treturn 0;\n}\n");
	free(buf);
	return 0;
}

int
main(int argc, char *argv[])
{
	if (argc == 3 && strcmp(argv[1], "--c-program") == 0)
		return c_program(argv[2]);
	test_markup();
	test_roff();
	test_escapes();
	test_roff_reader();
	test_modes();
	test_vocab();
	test_algo();
	test_probes();
	printf("1..%d\n", n);
	return failed != 0;
}
