/* The unit tests' shared pieces: check/unit.c runs every test_*(). */
#ifndef UNIT_H
#define UNIT_H

/* One TAP line; a failed one counts against the exit status. */
void	ok(int cond, const char *what);

void	test_algo(void);	/* unit/algo.c: the model of the check */
void	test_probes(void);	/* unit/algo.c: methods and their files */
void	test_vocab(void);	/* unit/names.c: the vocabularies */

#endif /* !UNIT_H */
