/*
 * The parts of the schema, each loaded by its own file in spec/ with
 * the building blocks of load.h; spec/top.c puts them together.
 */
#ifndef SPEC_PARTS_H
#define SPEC_PARTS_H

#include "model/model.h"
#include "spec/ytree.h"

/* Elements of lists (load_list) and mappings: obj is what they fill. */
void	 load_flag(const struct ynode *, void *);		/* flags.c */
void	 load_algorithm(const struct ynode *, void *);	/* algorithm.c */
void	 load_gate(const struct ynode *, void *);		/* gates.c */
void	 load_change(const struct ynode *, void *);		/* gates.c */
void	 load_probe(const struct ynode *, struct probe *);	/* gates.c */
void	 load_iface(const struct ynode *, void *);		/* iface.c */
void	 load_ref(const struct ynode *, void *);		/* iface.c */

/* Rules across entries, once the whole spec is read (rules.c). */
void	 check_flags(const struct spec *, const struct pos *top);
void	 check_steps(const struct spec *);
void	 check_unique_ifaces(const struct spec *);

#endif /* !SPEC_PARTS_H */
