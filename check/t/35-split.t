#!/bin/bash
# The split /proc layout (make man LAYOUT=split): one page per file,
# each as lint-clean as the single-page layout.
. check/lib.sh
tmpdir
check/render.sh "$SPEC" "$tap_tmp" split >/dev/null 2>"$tap_tmp/err"
rc=$?
pages=("$tap_tmp"/frag/proc_pid_*.5)
procs=$("$GEN" json | grep -c '"kind":"proc"')
plan $((${#pages[@]} * 3 + 2))
ok $rc "the split layout renders"
ok $([ "${#pages[@]}" -eq "$procs" ]; echo $?) "one page per /proc interface (${#pages[@]} of $procs)"
for p in "${pages[@]}"; do
	name=$(basename "$p")
	out=$(mandoc -Tlint -W warning "$p" 2>&1;
	    groff -man -ww -rCHECKSTYLE=3 -rLL=78n -z "$p" 2>&1)
	ok $([ -z "$out" ]; echo $?) "$name: mandoc and groff are silent"
	[ -z "$out" ] || diag "$out"
	out=$(grep -n '^$' "$p")
	ok $([ -z "$out" ]; echo $?) "$name: no blank line"
	out=$(MANWIDTH=80 man -l "$p" 2>&1 |
	    perl -CS -ne 'print "$.: $_" if length($_) > 81')
	ok $([ -z "$out" ]; echo $?) "$name: renders no line wider than 80"
	[ -z "$out" ] || diag "$out"
done
