/*
 * The fixed vocabularies of the spec: mode flags, errno names, kinds,
 * operations, denial results.  One table each, shared by the loader
 * and every emitter.
 */
#ifndef NAMES_H
#define NAMES_H

#include "model.h"

unsigned int	 flag_value(const char *name);	/* 0 if unknown */
int		 errno_value(const char *name);	/* 0 if unknown */
const char	*errno_name(int);
enum denial_kind denial_kind_value(const char *name);
int		 iface_kind_value(const char *name);	/* -1 if unknown */
int		 operation_value(const char *name);	/* -1 if unknown */
int		 gate_kind_value(const char *name);
int		 gate_order_value(const char *name);
const char	*gate_order_name(enum gate_order);
const char	*gate_kind_name(enum gate_kind);
const char	*flag_name(unsigned int bit);	/* "READ" */

#endif /* !NAMES_H */
