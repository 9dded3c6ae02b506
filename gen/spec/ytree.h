/*
 * A YAML document as a plain tree, built from libyaml's event API so
 * that the limits are ours: no aliases, bounded depth and size, only
 * the core tags, and a position on every node.
 */
#ifndef YTREE_H
#define YTREE_H

#include <stddef.h>

#include "model/model.h"

#define YTREE_MAX_BYTES		(16u << 20)	/* a spec is far smaller */
#define YTREE_MAX_DEPTH		16
#define YTREE_MAX_NODES		(1u << 20)
#define YTREE_MAX_SCALAR	(64u << 10)

enum ytype {
	Y_SCALAR,
	Y_SEQ,
	Y_MAP
};

/* A scalar's style: positions inside it count from different places. */
enum ystyle {
	Y_PLAIN,		/* bare: at its first byte */
	Y_QUOTED,		/* after its opening quote */
	Y_BLOCK			/* | or >: on the lines after the indicator */
};

struct ynode {
	enum ytype	 type;
	struct pos	 pos;
	char		*value;		/* Y_SCALAR: NUL-terminated */
	size_t		 len;
	enum ystyle	 style;		/* Y_SCALAR: how it was written */
	struct ynode	**kids;		/* Y_MAP: key, value, key, ... */
	size_t		 nkids;
	size_t		 capkids;	/* allocated, grown geometrically */
};

/* Parse buf; on error report it and return NULL. */
struct ynode	*ytree_parse(const unsigned char *buf, size_t len);
void		 ytree_free(struct ynode *);
const char	*ytype_name(enum ytype);

#endif /* !YTREE_H */
