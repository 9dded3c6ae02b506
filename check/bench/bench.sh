#!/bin/bash
# make bench: the generator against a parse-only baseline on synthetic
# specs, memory at three sizes, and a no-op `make man`.  A benchmark,
# not a test: it prints figures and asserts nothing.
set -eu
B=build/bench
mkdir -p "$B/out"
for p in mkspec parse runstat; do
	cc -std=c11 -D_GNU_SOURCE -O2 -o "$B/$p" "check/bench/$p.c" -lyaml
done

# run LABEL COMMAND...: best wall time of 3 runs, and its peak memory.
run() {
	local label=$1 best= rss= out
	shift
	for i in 1 2 3; do
		out=$("$B/runstat" "$@" 2>&1 >/dev/null | tail -n 1)
		w=${out#wall_ms=}; w=${w%% *}
		r=${out#*maxrss_kb=}; r=${r%% *}
		if [ -z "$best" ] || awk "BEGIN{exit !($w < $best)}"; then
			best=$w rss=$r
		fi
	done
	printf '%-34s %9s ms %8s KiB\n' "$label" "$best" "$rss"
	last_ms=$best
}

for n in 2500 5000 10000; do
	spec=$B/spec-$n.yaml
	"$B/mkspec" check/minimal.yaml $n > "$spec"
	echo "== $n interfaces ($(wc -c < "$spec") bytes)"
	run "(a) parse only (libyaml events)" "$B/parse" "$spec"
	a=$last_ms
	run "    validate" gen/ptrace-access --spec "$spec" validate
	rm -rf "$B/out"; mkdir -p "$B/out"
	run "    man --layout split" gen/ptrace-access --spec "$spec" man \
	    --out "$B/out" --layout split
	m=$last_ms
	run "    tests" gen/ptrace-access --spec "$spec" tests --out "$B/out"
	t=$last_ms
	run "    json" gen/ptrace-access --spec "$spec" json
	j=$last_ms
	awk -v a="$a" -v m="$m" -v t="$t" -v j="$j" 'BEGIN {
	    printf "(b) every output: %.1f ms = %.1f x (a)\n", m + t + j,
		(m + t + j) / a }'
	echo "    output: $(du -sh "$B/out" | cut -f1) in $(ls "$B/out" | wc -l) files"
done

echo "== no-op make man"
make -s man >/dev/null
run "make man, nothing to do" make -s man
