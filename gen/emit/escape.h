/*
 * Escaping at the output boundary: one function per target language.
 * Each writes s[0..len) so that the target shows it literally.
 */
#ifndef ESCAPE_H
#define ESCAPE_H

#include <stddef.h>
#include <stdio.h>

/* Roff text within a line; the caller guards the line start. */
void	esc_roff(FILE *, const char *s, size_t len);
/* A roff macro argument: quoted when it holds a space. */
void	esc_roff_arg(FILE *, const char *s, size_t len);
/* Inside a C string literal (no quotes added). */
void	esc_c_string(FILE *, const char *s, size_t len);
/* Inside a C block comment: never closes it. */
void	esc_c_comment(FILE *, const char *s, size_t len);
/* Inside a JSON string (no quotes added). */
void	esc_json(FILE *, const char *s, size_t len);

/* Callbacks for markup_plain(): arg is the FILE *. */
void	put_c_comment(const char *s, size_t len, void *fp);
void	put_c_string(const char *s, size_t len, void *fp);
void	put_json(const char *s, size_t len, void *fp);

#endif /* !ESCAPE_H */
