/* The emitters: each reads only a validated model. */
#ifndef OUT_H
#define OUT_H

#include <stdio.h>

#include "model/model.h"

int	out_json(const struct spec *, FILE *);
void	json_str(FILE *, const char *key, const char *val);
int	out_roff(const struct spec *, const char *outdir, int split);
int	out_tests(const struct spec *, const char *outdir);

#endif /* !OUT_H */
