/*
 * libFuzzer target: load a spec from the fuzz input and, when it is
 * valid, run every emitter (pages in both layouts, tests in both
 * formats, JSON) into memory.  Any crash, leak, hang or sanitizer
 * report is a finding.
 */
#include <stdint.h>
#include <stdio.h>

#include "model/model.h"
#include "msg.h"
#include "emit/out.h"
#include "outfile.h"
#include "emit/export.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static FILE	*devnull;
	struct spec	*s;

	if (devnull == NULL) {
		devnull = fopen("/dev/null", "w");
		outfile_in_memory(1);
		msg_quiet(1);
	}
	msg_reset();
	s = spec_parse("fuzz", data, size);
	if (msg_errors() == 0) {
		out_roff(s, "mem", 1);
		out_tests(s, "mem");
		out_ltp(s, "mem");
		out_kselftest(s, "mem");
		out_json(s, devnull);
		outfile_commit_all();
	} else
		outfile_abort_all();
	spec_free(s);
	return 0;
}
