/*
 * What a probe can observe: the one list of result kinds.
 *
 * The harness (check/harness/), the generator (gen/model/algo.c, which
 * derives the expected result, and the test emitters, which write it
 * into each case) and the exported LTP and kselftest tests all take
 * the kinds from here; the exporters copy this file as it is.
 *
 * PA_RESULT_LIST(X) calls X(KIND, name, letter, legend, expect):
 *   KIND	the enumerator is PA_KIND
 *   name	the word TAP lines and the summary rows print
 *   letter	the cell of the interface-by-scenario table
 *   legend	what the letter stands for, under that table
 *   expect	how an expectation phrases it: "denied, fields zeroed";
 *		for PA_ERRNO the errno name follows ("denied, EPERM")
 * PA_ERRNO prints the errno's name instead of its own, and has a
 * letter of its own for the errnos of PA_ERRNO_LETTERS(X), which calls
 * X(ERRNO, letter).  Kinds without an expect phrase are never
 * expected: only observed.  PA_SKIPPED is the harness's own (a skip
 * rule applied): a probe that reports it fails its case like any other
 * unexpected result.
 */
#ifndef PA_RESULT_H
#define PA_RESULT_H

#define PA_RESULT_LIST(X)						\
	X(ALLOWED, "allowed", "A", "allowed", "allowed")		\
	X(ERRNO, "errno", "?", "other errno", "denied,")		\
	X(ZEROED, "zeroed", "Z", "fields zeroed", "denied, fields zeroed") \
	X(PRINTS_ZERO, "prints-0", "0", "prints 0", "denied, prints 0") \
	X(OMITTED, "omitted", "O", "left out of a listing",		\
	    "denied, omitted")						\
	X(SKIPPED, "skipped", "-", "skipped", NULL)			\
	X(BROKEN, "broken", "?", "other errno", NULL)

#define PA_ERRNO_LETTERS(X)						\
	X(EPERM, "P")							\
	X(EACCES, "C")							\
	X(ENOENT, "N")

enum pa_result {
#define PA_RESULT_ENUM(kind, name, letter, legend, expect)	PA_##kind,
	PA_RESULT_LIST(PA_RESULT_ENUM)
#undef PA_RESULT_ENUM
	PA_NRESULTS
};

#endif /* !PA_RESULT_H */
