/*
 * Files embedded into the generator at build time (gen/emit/embed.sh):
 * the probe code of check/probes/ and the harness's result kinds,
 * which the test emitters copy into every test they write.  Embedded
 * rather than installed, so that the generator works from any
 * directory and after make install with nothing beside it.
 */
#ifndef EMBEDDED_H
#define EMBEDDED_H

#include <stddef.h>

struct embedded_file {
	const char	*name;		/* base name: "kcmp.c" */
	const char	*text;
};

extern const struct embedded_file	 embedded_files[];
extern const size_t			 nembedded_files;

/* The text of the embedded file with this base name, or NULL. */
const char	*embedded(const char *name);

#endif /* !EMBEDDED_H */
