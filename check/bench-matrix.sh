#!/bin/sh
# Benchmark the generated test matrix as `make matrix` runs it:
# prove over check/matrix.sh.  It reports the wall time and the
# processes forked, read from the kernel's counter in /proc/stat,
# which counts every fork on the machine: run it on an idle machine.
# A benchmark, not a test: it fails only when it cannot run.
#   check/bench-matrix.sh [DIR]     (default check/bin/matrix; RUNS=3)
set -u
dir=${1:-check/bin/matrix}
runs=${RUNS:-3}
[ -d "$dir" ] || { echo "bench-matrix: no $dir: make matrix-bins" >&2; exit 2; }
rows=$(mktemp "${TMPDIR:-/tmp}/bench-matrix.XXXXXX")
trap 'rm -f "$rows"' EXIT

forks() { awk '$1 == "processes" { print $2 }' /proc/stat; }
now_ms() { echo $(($(date +%s%N) / 1000000)); }

[ "$(id -u)" = 0 ] || echo "bench-matrix: not root: every case skips" >&2
tests=$(ls "$dir" | wc -l)
i=1
while [ "$i" -le "$runs" ]; do
	: > "$rows"
	f0=$(forks)
	t0=$(now_ms)
	MATRIX_DIR=$dir PA_RESULTS=$rows prove -e sh check/matrix.sh \
	    > /dev/null 2>&1
	status=$?
	t1=$(now_ms)
	f1=$(forks)
	printf 'run %d: %d tests, %d cases, %d.%03d s, %d processes forked' \
	    "$i" "$tests" "$(wc -l < "$rows")" $(((t1 - t0) / 1000)) \
	    $(((t1 - t0) % 1000)) $((f1 - f0))
	[ "$status" -eq 0 ] && echo || echo " (some cases failed)"
	i=$((i + 1))
done
