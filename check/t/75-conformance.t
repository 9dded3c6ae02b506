#!/bin/bash
# The conformance matrix: every generated test (check/generated), built
# with the harness, run on this kernel as one TAP stream.  The
# interface-by-scenario table follows on standard error when a case
# fails (make matrix prints it always).
. check/lib.sh
tmpdir
export PA_RESULTS="$tap_tmp/matrix.tsv"
# A mark in the environment of this run's processes only: every target
# and caller inherits it, and nothing of another checkout has it.
run_mark="PA_RUN=$$.$(date +%s%N)"
env "$run_mark" sh check/matrix.sh
status=$?
[ $status -ne 0 ] && [ -s "$PA_RESULTS" ] &&
    sh check/matrix-table.sh "$PA_RESULTS" >&2
# The TAP above is check/matrix.sh's own; its status is the verdict.
tap_failed=$status

# Every target and caller of this run is reaped: none is left.  One
# grep reads every environment (a grep a process took seconds).
left=
for env in $(grep -lszxF "$run_mark" /proc/[0-9]*/environ); do
	pid=${env#/proc/}
	pid=${pid%/environ}
	left="$left$pid $(tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null)
"
done
if [ -n "$left" ]; then
	echo "# left running after the matrix:" >&2
	printf '%s' "$left" | sed 's/^/# /' >&2
	tap_failed=1
fi
