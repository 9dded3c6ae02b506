/*
 * The loader's building blocks, shared by the loaders of the schema's
 * parts (the files of spec/, ranges/load_ranges.c): a mapping is read
 * through a table of fields, each with its expected type and handler.
 */
#ifndef LOAD_H
#define LOAD_H

#include <stddef.h>

#include "model/model.h"
#include "spec/ytree.h"

/* The number of elements of an array: a table and its count agree. */
#define NELEM(a)	(sizeof(a) / sizeof((a)[0]))

typedef void	(*load_fn)(const struct ynode *, void *);

struct field {
	const char	*key;
	enum ytype	 type;
	int		 required;
	load_fn		 load;
};

/* The input, for positions inside block scalars (NULL, 0 to forget). */
void	 load_input(const unsigned char *, size_t);
int	 expect_type(const struct ynode *, enum ytype, const char *what);
void	 load_map(const struct ynode *, const char *what,
	    const struct field *, size_t nfields, void *obj);
void	*load_list(const struct ynode *, const char *what, size_t elsize,
	    size_t *count, void (*each)(const struct ynode *, void *));
char	*get_str(const struct ynode *);
int	 get_bool(const struct ynode *);
char	*get_word(const struct ynode *, const char *extra, const char *what);
void	 get_text(const struct ynode *, struct text *);
void	 get_version(const struct ynode *, struct version *,
	    const char *what);
/* The fields of a version mapping, for tables that share them. */
void	 ver_name(const struct ynode *, void *);
void	 ver_commit(const struct ynode *, void *);
void	 ver_unconfirmed(const struct ynode *, void *);
unsigned int get_mode(const struct ynode *, int creds_optional);
void	 get_denial(const struct ynode *, struct denial *);

/* Schema 2 (ranges/load_ranges.c). */
void	 load_after(const struct ynode *, void *);	/* a version field */
void	 load_until(const struct ynode *, struct version *);
void	 load_notes(const struct ynode *, struct note **, size_t *);
void	 load_variants(const struct ynode *, struct step *);
void	 load_releases(const struct ynode *, struct spec *);
/* After the whole spec is read: upgrade schema 1, check the ranges. */
void	 load_ranges_finish(struct spec *, const struct pos *top);

#endif /* !LOAD_H */
