/*
 * libFuzzer target for lint: the fuzz input is a page or a patch (a
 * diff, a format-patch mail, an mbox), read, judged and reported
 * against the real spec as `ptrace-access lint' does.  Any crash,
 * leak, hang or sanitizer report is a finding.  The spec is read once,
 * from FUZZ_LINT_SPEC or ../../spec/ptrace-access.yaml (the target
 * runs in build/fuzz).
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lint/diff.h"
#include "lint/read.h"
#include "lint/report.h"
#include "model/model.h"
#include "msg.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct spec *
the_spec(void)
{
	static struct spec *s;
	const char	*path = getenv("FUZZ_LINT_SPEC");

	if (s == NULL) {
		msg_quiet(1);
		if (freopen("/dev/null", "w", stdout) == NULL)
			exit(1);
		s = spec_load(path != NULL ? path :
		    "../../spec/ptrace-access.yaml");
		if (msg_errors() > 0) {
			fputs("fuzz_lint: the spec does not load\n", stderr);
			exit(1);
		}
	}
	return s;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const struct spec *s = the_spec();
	struct report	 r;
	struct patch	 pt;
	struct lpage	*pg;
	char		*buf = malloc(size + 1);
	size_t		 i;

	memcpy(buf, data, size);
	buf[size] = '\0';
	memset(&r, 0, sizeof(r));
	r.format = size > 0 && data[0] % 2 ? RF_JSON : RF_CLAIMS;
	if (is_patch(buf, size)) {
		pt = parse_patch(s, buf, size);
		for (i = 0; i < pt.npages; i++) {
			judge_claims(&r, pt.pages[i]);
			lpage_free(pt.pages[i]);
		}
		free(pt.pages);
	} else {
		pg = lpage_parse(s, "fuzz.5", buf, size);
		judge_claims(&r, pg);
		for (i = 0; i < s->nifaces; i++)
			if (lpage_expects(pg, &s->ifaces[i]))
				judge_missing(&r, pg, &s->ifaces[i]);
		lpage_free(pg);
	}
	report_print(&r);
	free(buf);
	return 0;
}
