#!/bin/sh
# make check-kselftest: the kselftest export judged by the kernel's own
# selftest build and runner.
#   KSRC=DIR sh check/kselftest/check-kselftest.sh
# Without KSRC, Debian's linux-source 6.12 (check/debian.sh kernel-tree).
# The kernel tree is only read: the export goes into a copy of its
# tools/testing/selftests/ top level (symbolic links to lib.mk,
# kselftest.h, the runner, ...) under build/kselftest, is built there
# with -Werror, and run through lib.mk's run_tests (kselftest/runner.sh)
# as root.  Any warning, "not ok" or missing result fails.
set -u

GEN=${GEN:-gen/ptrace-access}
. check/steps.sh

if [ -z "${KSRC:-}" ]; then
	KSRC=$(sh check/debian.sh kernel-tree 6.12) || {
		step 1 "a kernel tree (KSRC=DIR, or check/debian.sh kernel-tree 6.12)"
		finish
	}
fi
ksrc=$(cd "$KSRC" && pwd)
selftests=$ksrc/tools/testing/selftests
[ -f "$selftests/lib.mk" ] && [ -f "$selftests/kselftest.h" ]
step $? "kernel tree $ksrc has tools/testing/selftests"
[ "$nfail" -eq 0 ] || finish

scratch=build/kselftest/${ksrc##*/}/selftests
rm -rf "$scratch"
mkdir -p "$scratch/ptrace_access"
for f in "$selftests"/*; do
	[ -d "$f" ] && [ "${f##*/}" != kselftest ] && continue
	ln -s "$f" "$scratch/"
done
t0=$(now)
"$GEN" tests --format kselftest --out "$scratch/ptrace_access" &&
    CFLAGS=-Werror make -C "$scratch/ptrace_access" -j2 \
    KHDR_INCLUDES="-isystem $ksrc/usr/include" \
    >"$scratch/build.log" 2>&1 && ! grep -q 'warning:' "$scratch/build.log"
rc=$?
[ $rc -eq 0 ] || grep -E 'error|warning' "$scratch/build.log" | head -20
n=$(ls "$scratch"/ptrace_access/ptrace_access[0-9]*.c | wc -l)
step $rc "$n tests built with kselftest's lib.mk, -Werror ($(($(now) - t0)) s)"
[ $rc -eq 0 ] || finish

if [ "$(id -u)" -ne 0 ]; then
	echo "# the tests need root to set up credentials: run as root" >&2
	step 1 "tests run as root"
	finish
fi
t0=$(now)
make -C "$scratch/ptrace_access" run_tests \
    KHDR_INCLUDES="-isystem $ksrc/usr/include" >"$scratch/run.log" 2>&1
ran=$(grep -c '^ok [0-9]* selftests: ptrace_access' "$scratch/run.log")
bad=$(grep -c '^not ok [0-9]* selftests: ptrace_access' "$scratch/run.log")
skipped=$(grep -c '^ok [0-9]* selftests: ptrace_access.* # SKIP' \
    "$scratch/run.log")
grep '^# # Totals' "$scratch/run.log" | awk -F'[: ]+' '
    { for (i = 4; i < NF; i += 2) sum[$i] += $(i + 1) }
    END { printf "# cases: %d pass, %d fail, %d skip, %d error\n",
	sum["pass"], sum["fail"], sum["skip"], sum["error"] }'
grep -E '^not ok|^# 1\.\.0 # SKIP|^# not ok' "$scratch/run.log"
[ "$bad" -eq 0 ] && [ "$ran" -eq "$n" ]
step $? "$ran of $n tests ok ($skipped skipped whole), $bad not ok ($(($(now) - t0)) s)"
finish
