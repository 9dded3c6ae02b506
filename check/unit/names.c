/*
 * The vocabularies (gen/names.c, check/harness/pa_result.h): every
 * word reads back as its value, every value a test can expect has a
 * phrase, and the loader's lists name every word.
 */
#include <stdio.h>
#include <string.h>

#include "model/model.h"
#include "model/names.h"
#include "unit.h"

static const struct {
	enum vocab	 v;
	const char	*what;
	int		 n;
} vocabs[] = {
	{ V_FLAG_KIND, "flag kinds", FLAG_MODIFIER + 1 },
	{ V_IFACE_KIND, "interface kinds", IFACE_PRCTL + 1 },
	{ V_OPERATION, "operations", OP_IOCTL + 1 },
	{ V_DENIAL, "denials", DENY_NONE + 1 },
	{ V_GATE_KIND, "gate kinds", GATE_MOUNT + 1 },
	{ V_GATE_ORDER, "gate orders", GATE_BYPASS + 1 },
};

static void
test_round_trips(void)
{
	const char	*w;
	char		 what[96];
	size_t		 i;
	int		 k, bad;

	for (i = 0; i < sizeof(vocabs) / sizeof(vocabs[0]); i++) {
		for (bad = 0, k = 0; k < vocabs[i].n; k++) {
			w = vocab_word(vocabs[i].v, k);
			/* Only an errno denial has no word of its own. */
			if (w == NULL)
				bad += !(vocabs[i].v == V_DENIAL &&
				    k == DENY_ERRNO);
			else
				bad += vocab_value(vocabs[i].v, w) != k ||
				    strstr(vocab_expected(vocabs[i].v), w) ==
				    NULL;
		}
		bad += vocab_word(vocabs[i].v, vocabs[i].n) != NULL;
		snprintf(what, sizeof(what), "names: %s read back, and the "
		    "loader lists them", vocabs[i].what);
		ok(bad == 0, what);
	}
}

static void
test_results(void)
{
	int	 k, bad;

	for (bad = 0, k = 0; k <= DENY_NONE; k++)
		bad += result_expect(denial_words(k)->result) == NULL;
	ok(bad == 0, "names: every denial gives a result tests can expect");
	ok(strcmp(result_enum_name(PA_PRINTS_ZERO), "PA_PRINTS_ZERO") == 0 &&
	    strcmp(result_expect(PA_ZEROED), "denied, fields zeroed") == 0,
	    "names: a result's C name and phrase come from pa_result.h");
	ok(result_expect(PA_SKIPPED) == NULL && result_expect(PA_BROKEN) ==
	    NULL, "names: skipped and broken are never expected");
	ok(flag_value(flag_name(MODE_NOAUDIT)) == MODE_NOAUDIT &&
	    flag_kind_of(MODE_ATTACH) == FLAG_LEVEL &&
	    flag_kind_of(MODE_REALCREDS) == FLAG_CREDS &&
	    strcmp(flag_expected(),
	    "READ, ATTACH, FSCREDS, REALCREDS or NOAUDIT") == 0,
	    "names: mode flags, their kinds and the loader's list");
}

void
test_vocab(void)
{
	test_round_trips();
	test_results();
}
