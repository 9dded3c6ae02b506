#!/bin/sh
# make check-all: run each make target named, one after another, and
# end with one line, "check-all: N passed, N failed".
#   check/all.sh TARGET...
# A target this tree does not define (a stage not landed yet) is left
# out with a note, not failed; a target that fails does not stop the
# ones after it.  Run from the top directory; MAKE is make's own.
set -u
MAKE=${MAKE:-make}

# Every target the Makefiles define, from make's database: the goal
# named here does not exist, so nothing is built (-n, and make stops
# at it), and the database is printed all the same.
defined=$($MAKE -rpnq check-all-no-such-goal 2>/dev/null |
    sed -n 's/^\([a-zA-Z0-9_.-]*\):.*/\1/p')

passed=0 failed=0 absent= failures=
for target; do
	case " $(echo $defined) " in
	*" $target "*) ;;
	*) absent="$absent $target"; continue ;;
	esac
	echo "check-all: make $target" >&2
	start=$(date +%s)
	if $MAKE --no-print-directory "$target"; then
		passed=$((passed + 1))
		how=passed
	else
		failed=$((failed + 1))
		failures="$failures $target"
		how=FAILED
	fi
	echo "check-all: make $target $how in $(($(date +%s) - start)) s" >&2
done
[ -z "$absent" ] || echo "check-all: not defined here, left out:$absent"
[ -z "$failures" ] || echo "check-all: failed:$failures"
# The last line, also kept in build/check-all.txt for .ci/run (make's
# own "Error 1" line would follow it).
mkdir -p build
echo "check-all: $passed passed, $failed failed" | tee build/check-all.txt
[ "$failed" -eq 0 ]
