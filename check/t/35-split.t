#!/bin/bash
# The split /proc layout (make man LAYOUT=split): one page per file,
# each as lint-clean as the single-page layout (check/pagecheck.sh).
. check/lib.sh
. check/pagecheck.sh
tmpdir
check/render.sh "$SPEC" "$tap_tmp" split >/dev/null 2>"$tap_tmp/err"
rc=$?
pages=("$tap_tmp"/frag/proc_pid_*.5)
procs=$("$GEN" json | grep -c '"kind":"proc"')
plan $((${#pages[@]} * PAGE_CHECKS + 2))
ok $rc "the split layout renders"
check "one page per /proc interface (${#pages[@]} of $procs)" \
    [ "${#pages[@]}" -eq "$procs" ]
set -- "${pages[@]}"
page_lint "$@"
for p; do
	page_cases "$p" "${p##*/}"
done
