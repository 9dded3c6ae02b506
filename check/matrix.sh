#!/bin/sh
# Run every generated test, two at a time, and print their cases as
# one TAP stream for prove: renumbered in the order of the files, with
# a failing line for a test that crashed, bailed out or broke its plan.
# One prove test instead of forty: on a small virtual machine, prove's
# own cost per file is larger than a test's.
#   check/matrix.sh [BINARY...]      (default: $MATRIX_DIR/*, and
#                                     MATRIX_DIR is check/bin/matrix)
# Each test exits 0 when no case failed, 1 when one did (4, all skipped,
# from tests built before that changed, is taken as 0).
set -u
[ $# -gt 0 ] || set -- "${MATRIX_DIR:-check/bin/matrix}"/*
[ -x "$1" ] || { echo "1..0 # SKIP no tests built: make matrix-bins"; exit 0; }
out=$(mktemp -d "${TMPDIR:-/tmp}/matrix.XXXXXX")
trap 'rm -rf "$out"' EXIT

# Two words a line, taken two at a time: busybox xargs has no -L.
i=0
for bin in "$@"; do
	i=$((i + 1))
	printf '%s %s\n' "$bin" "$out/$i"
done | xargs -P "${MATRIX_JOBS:-2}" -n 2 \
    sh -c '"$1" > "$2.tap" 2>&1; echo $? > "$2.rc"' sh

# One awk for every file: NAME <TAB> STATUS <TAB> TAP-FILE per line.
# Its cases are numbered on; a test that crashed, bailed out or broke
# its plan gets a failing line of its own.
i=0
for bin in "$@"; do
	i=$((i + 1))
	read -r status < "$out/$i.rc"
	printf '%s\t%s\t%s\n' "${bin##*/}" "$status" "$out/$i.tap"
done | awk -F '\t' '
function fail(why) { printf "not ok %d - %s: %s\n", ++n, name, why; bad++ }
{
	name = $1
	plan = -1; seen = 0; failed = 0
	while ((getline line < $3) > 0) {
		if (line ~ /^1\.\.[0-9]+/) {
			plan = substr(line, 4) + 0
		} else if (line ~ /^(not )?ok /) {
			verdict = line ~ /^not / ? "not ok" : "ok"
			sub(/^(not )?ok [0-9]*/, "", line)
			printf "%s %d%s\n", verdict, ++n, line
			seen++
			if (verdict == "not ok") { failed++; bad++ }
		} else if (line ~ /^Bail out!/) {
			fail(line); failed++
		} else if (line ~ /^#/) {
			print line
		} else if (line !~ /^TAP version/) {
			print "# " name ": " line
		}
	}
	close($3)
	if ($2 != 0 && $2 != 1 && $2 != 4)
		fail("exit status " $2)
	else if ($2 == 1 && failed == 0)
		fail("exit status 1 with no failed case")
	else if (plan != seen)
		fail("planned " plan " cases, ran " seen)
}
END {
	print "1.." n
	exit bad != 0
}'
