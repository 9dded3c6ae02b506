/* The emitters: each reads only a validated model. */
#ifndef OUT_H
#define OUT_H

#include <stdio.h>

#include "model.h"

int	out_json(const struct spec *, FILE *);
int	out_roff(const struct spec *, const char *outdir, int split);
int	out_tests(const struct spec *, const char *outdir, int ltp_format);

#endif /* !OUT_H */
