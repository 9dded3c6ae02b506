#!/bin/bash
# The split /proc layout (make man LAYOUT=split): one page per file,
# each as lint-clean as the single-page layout.  Each tool runs once
# over all the pages (check/lib.sh: by_page).
. check/lib.sh
tmpdir
check/render.sh "$SPEC" "$tap_tmp" split >/dev/null 2>"$tap_tmp/err"
rc=$?
pages=("$tap_tmp"/frag/proc_pid_*.5)
procs=$("$GEN" json | grep -c '"kind":"proc"')
plan $((${#pages[@]} * 3 + 2))
ok $rc "the split layout renders"
check "one page per /proc interface (${#pages[@]} of $procs)" \
    [ "${#pages[@]}" -eq "$procs" ]
set -- "${pages[@]}"
lint=$( { mandoc -Tlint -W warning "$@"; groff -man -ww -rCHECKSTYLE=3 \
    -rLL=78n -z "$@" || echo "groff: exit status $?"; } 2>&1 | by_page "$@")
blank=$(grep -n '^$' "$@" | by_page "$@")
wide=$(wide_lines "$@")
for p; do
	name=${p##*/}
	check_page "$name: mandoc and groff are silent" "$p" "$lint"
	check_page "$name: no blank line" "$p" "$blank"
	check_page "$name: renders no line wider than 80" "$p" "$wide"
done
