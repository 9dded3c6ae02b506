/*
 * Compile one probe file as a generated test holds it, with the
 * project's warnings (-Wall -Wextra -Werror): check/tests.mk builds
 * each check/probes/METHOD.c through this file, with PROBE_FILE naming
 * it and the parameters the generator would define from a spec's probe
 * argument (PROBE_DEFS_METHOD there).  See README.
 */
#include "includes.h"

#include "harness.h"

#include PROBE_FILE

/* Used as a test uses them, so that none is an unused function. */
pa_probe	 probe_under_test = probe;
#ifdef PROBE_UNREADY
const char	*(*unready_under_test)(void) = unready;
#endif
