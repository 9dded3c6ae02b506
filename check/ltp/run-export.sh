#!/bin/sh
# Run the tests of an LTP export that build-export.sh built, as root.
#   check/ltp/run-export.sh LEAFDIR [ROUNDS]
# A test fails on TFAIL, TBROK or TWARN, or when its exit status says
# so; TCONF is not a failure (each names its reason, printed here).
# Prints a line per test and run, the counts of LTP's results, and
# "N passed, N failed" (tests x rounds) at the end.
set -u

leaf=$1
rounds=${2:-1}
out=$(mktemp)
trap 'rm -f "$out"' EXIT

tests=$(awk '!/^#/ && NF { print $2 }' "$leaf/ptrace_access.runtest")
npass=0 nfail=0 tpass=0 tfail=0 tbrok=0 tconf=0 twarn=0
round=1
while [ "$round" -le "$rounds" ]; do
	for t in $tests; do
		(cd "$leaf" && exec "./$t") >"$out" 2>&1
		rc=$?
		count() { awk -v k="$1" '$1 == k { print $2 }' "$out"; }
		p=$(count passed) f=$(count failed) b=$(count broken)
		s=$(count skipped) w=$(count warnings)
		tpass=$((tpass + ${p:-0})) tfail=$((tfail + ${f:-0}))
		tbrok=$((tbrok + ${b:-0})) tconf=$((tconf + ${s:-0}))
		twarn=$((twarn + ${w:-0}))
		# Exit status 32 is TCONF alone: nothing ran, nothing failed.
		if [ "$rc" -ne 0 ] && [ "$rc" -ne 32 ] || [ -z "$p" ]; then
			nfail=$((nfail + 1))
			echo "not ok $t (round $round, exit $rc)"
			grep -E 'TFAIL|TBROK|TWARN' "$out" | sed 's/^/#   /'
			[ -n "$p" ] || tail -5 "$out" | sed 's/^/#   /'
		else
			npass=$((npass + 1))
			echo "ok $t (round $round): ${p:-0} TPASS, ${s:-0} TCONF"
			grep 'TCONF' "$out" | sed 's/^/#   /'
		fi
	done
	round=$((round + 1))
done
echo "# results: $tpass TPASS, $tfail TFAIL, $tbrok TBROK, $tconf TCONF, $twarn TWARN"
echo "$npass passed, $nfail failed"
[ "$nfail" -eq 0 ]
