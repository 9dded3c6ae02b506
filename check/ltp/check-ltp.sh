#!/bin/sh
# make check-ltp: the LTP export judged by LTP itself.
#  1. an LTP tree: the snapshot in ../shared/ltp, configured and its
#     library built once (cached in build/ltp), or LTPROOT=DIR;
#  2. the export (gen/ptrace-access tests --format ltp) built there as a
#     leaf directory with -Wall -Wextra -Werror: any warning fails;
#  3. LTP's static checks: scripts/checkpatch.pl as `make check` runs
#     it, and the metadata parser: any finding fails; check/t/77-ltp.t,
#     which make check skips without an LTP tree;
#  4. every test run as root, LTP_ROUNDS times (default 1): any TFAIL,
#     TBROK or TWARN fails.
# Ends with "N passed, N failed" over the steps.
set -u

GEN=${GEN:-gen/ptrace-access}
rounds=${LTP_ROUNDS:-1}
. check/steps.sh

t0=$(now)
tree=$(sh check/ltp/build-ltp.sh build/ltp)
rc=$?
step $rc "LTP tree ready: ${tree:-none} ($(($(now) - t0)) s)"
[ $rc -eq 0 ] || finish

export=build/ltp-export
rm -rf "$export" && mkdir -p "$export"
t0=$(now)
"$GEN" tests --format ltp --out "$export" &&
    leaf=$(sh check/ltp/build-export.sh "$tree" "$export")
rc=$?
ntests=$(ls "$export"/ptrace_access[0-9]*.c 2>/dev/null | wc -l)
step $rc "$ntests tests built with -Wall -Wextra -Werror ($(($(now) - t0)) s)"
[ $rc -eq 0 ] || finish

t0=$(now)
sh check/ltp/static-checks.sh "$tree" "$leaf"
step $? "checkpatch.pl and metaparse find nothing ($(($(now) - t0)) s)"

# make check's suite, which skips without an LTP tree: here there is one.
LTPROOT=$tree prove -v -e bash check/t/77-ltp.t >build/ltp-77.log 2>&1
rc=$?
[ $rc -eq 0 ] || cat build/ltp-77.log
grep -q "# SKIP" build/ltp-77.log && rc=1
step $rc "check/t/77-ltp.t with the LTP tree, nothing skipped"

if [ "$(id -u)" -ne 0 ]; then
	echo "# the tests need root to set up credentials: run as root" >&2
	step 1 "tests run as root"
	finish
fi
t0=$(now)
sh check/ltp/run-export.sh "$leaf" "$rounds" | tee build/ltp-run.log |
    grep -v '^ok \|^# ' | grep -v 'passed, .* failed$'
grep '^# results' build/ltp-run.log
tail -1 build/ltp-run.log | grep -q ' 0 failed$'
step $? "$(tail -1 build/ltp-run.log) test runs, $rounds round(s) ($(($(now) - t0)) s)"
finish
