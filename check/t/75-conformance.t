#!/bin/bash
# The conformance matrix: every generated test (check/generated), built
# with the harness, run on this kernel as one TAP stream.  The
# interface-by-scenario table follows on standard error.
. check/lib.sh
tmpdir
export PA_RESULTS="$tap_tmp/matrix.tsv"
sh check/matrix.sh
status=$?
[ -s "$PA_RESULTS" ] && sh check/matrix-table.sh "$PA_RESULTS" >&2
# The TAP above is check/matrix.sh's own; its status is the verdict.
tap_failed=$status

# Every target and caller is reaped: nothing of the tests is left.
left=$(ps -eo pid=,args= | grep '[c]heck/bin/matrix/')
if [ -n "$left" ]; then
	echo "# left running after the matrix:" >&2
	echo "$left" | sed 's/^/# /' >&2
	tap_failed=1
fi
