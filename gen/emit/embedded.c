/*
 * Look up a file embedded at build time: see embedded.h.
 */
#include <string.h>

#include "embedded.h"

const char *
embedded(const char *name)
{
	size_t	 i;

	for (i = 0; i < nembedded_files; i++)
		if (strcmp(embedded_files[i].name, name) == 0)
			return embedded_files[i].text;
	return NULL;
}
