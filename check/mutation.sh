#!/bin/sh
# Mutation check: do the generated tests notice a wrong mode?
#
# Copy the spec, give /proc/[pid]/environ REALCREDS instead of FSCREDS
# and kcmp FSCREDS instead of REALCREDS, regenerate the tests and run
# them.  The two mutated tests must fail, each in exactly the scenarios
# whose expectation the mutation changed (the model says where the two
# credential sets disagree); every untouched test must pass.  A probe
# pointed at a missing file must fail every case of its test, not skip
# them.  Needs root, like the tests themselves.  Run from the top
# directory, after make gen/ptrace-access build/obj/harness.o.
. check/lib.sh

if [ "$(id -u)" != 0 ]; then
	echo "1..0 # SKIP the generated tests need root"
	exit 0
fi
tmpdir
CC=${CC:-cc}
HARNESS=build/obj/harness.o
# The build's own flags (make passes them), so that a harness built
# with the sanitizers links.
TESTCFLAGS="${PA_CFLAGS:--std=c11 -D_GNU_SOURCE -Wall -Wextra -Werror -O0} -Icheck"
MUTATED="proc_pid_environ kcmp"
# wants FILE: "SCENARIO WANT [ERRNO]", one line per case of a generated
# test, as the model expects it.
wants() {
	awk '/^\t\t\.scenario = / { s = $3 }
	    /^\t\t\.want = / { w[s] = $3 }
	    /^\t\t\.want_err = / { w[s] = w[s] " " $3 }
	    END { for (s in w) print s, w[s] }' "$1" | tr -d '",' | sort
}

# result STATUS DESCRIPTION [DIAGNOSTIC...]: ok, with why when not.
result() {
	r_status=$1
	r_what=$2
	shift 2
	ok "$r_status" "$r_what"
	[ "$r_status" -eq 0 ] || [ $# -eq 0 ] || diag "$@"
}

# flip NAME-REGEX FROM TO: change the mode of one interface.  The
# range runs from its "- name:" line to the next interface's.
flip() {
	sed "\\|^  - name: $1\$|,/^  - name:/{
	    s/^    mode: \\[$2\\]\$/    mode: [$3]/
	    }" \
	    "$tap_tmp/spec.yaml" > "$tap_tmp/spec.new" &&
	    ! cmp -s "$tap_tmp/spec.yaml" "$tap_tmp/spec.new" &&
	    mv "$tap_tmp/spec.new" "$tap_tmp/spec.yaml"
}

# run ID: build and run one test; its TAP goes to $tap_tmp/ID.tap.
run() {
	$CC $TESTCFLAGS -o "$tap_tmp/bin/$1" "$tap_tmp/gen/$1.c" $HARNESS \
	    ${PA_LDFLAGS:-} -pthread 2> "$tap_tmp/$1.err" || return 2
	"$tap_tmp/bin/$1" > "$tap_tmp/$1.tap"
}

cp "$SPEC" "$tap_tmp/spec.yaml"
flip '/proc/\[pid\]/environ' 'READ, FSCREDS' 'READ, REALCREDS'
result $? "mutation: /proc/[pid]/environ READ_FSCREDS to READ_REALCREDS"
flip 'kcmp' 'READ, REALCREDS' 'READ, FSCREDS'
result $? "mutation: kcmp READ_REALCREDS to READ_FSCREDS"

mkdir "$tap_tmp/orig"
$GEN --spec "$SPEC" tests --out "$tap_tmp/orig" 2> "$tap_tmp/orig.err"
result $? "tests generated from the spec" "$(cat "$tap_tmp/orig.err")"
mkdir "$tap_tmp/gen" "$tap_tmp/bin"
$GEN --spec "$tap_tmp/spec.yaml" tests --out "$tap_tmp/gen" \
    2> "$tap_tmp/gen.err"
result $? "tests generated from the mutated spec" "$(cat "$tap_tmp/gen.err")"

for id in $MUTATED; do
	# The scenarios whose expectation the mutation changed: where the
	# model says FSCREDS and REALCREDS disagree.
	wants "$tap_tmp/orig/$id.c" > "$tap_tmp/$id.before"
	wants "$tap_tmp/gen/$id.c" > "$tap_tmp/$id.after"
	split=$(comm -13 "$tap_tmp/$id.before" "$tap_tmp/$id.after" |
	    cut -d ' ' -f 1)
	[ -n "$split" ]
	result $? "$id (mutated): the model expects another result somewhere"
	run "$id"
	status=$?
	[ "$status" -eq 1 ]
	result $? "$id (mutated) fails" "exit status $status" \
	    "$(cat "$tap_tmp/$id.err")"
	for scenario in $split; do
		grep -q "^not ok [0-9]* - [^:]*: $scenario: " "$tap_tmp/$id.tap"
		result $? "$id (mutated) fails in $scenario"
	done
	# Where the expectation is unchanged, the mutation changes nothing.
	printf '%s\n' $split | sort > "$tap_tmp/$id.split"
	sed -n 's/^not ok [0-9]* - [^:]*: \([^:]*\): .*/\1/p' \
	    "$tap_tmp/$id.tap" | sort -u | comm -23 - "$tap_tmp/$id.split" \
	    > "$tap_tmp/$id.other"
	[ ! -s "$tap_tmp/$id.other" ]
	result $? "$id (mutated) passes every other scenario" \
	    "$(cat "$tap_tmp/$id.other")"
done

for file in "$tap_tmp"/gen/*.c; do
	id=$(basename "$file" .c)
	case " $MUTATED " in *" $id "*) continue ;; esac
	run "$id"
	status=$?
	[ "$status" -eq 0 ] || [ "$status" -eq 4 ]
	result $? "$id (untouched) passes" "exit status $status" \
	    "$(cat "$tap_tmp/$id.err"; grep -A1 '^not ok' "$tap_tmp/$id.tap")"
done

# A probe that cannot run fails; it never passes by skipping.  Point
# /proc/[pid]/environ's probe at a file that does not exist: the control
# probe fails, and so must every case of the test.
sed 's/^    probe: {method: open_read, arg: environ}$/    probe: {method: open_read, arg: no-such-file}/' \
    "$SPEC" > "$tap_tmp/missing.yaml"
! cmp -s "$SPEC" "$tap_tmp/missing.yaml"
result $? "mutation: the probe of /proc/[pid]/environ reads no-such-file"
mkdir "$tap_tmp/missing"
$GEN --spec "$tap_tmp/missing.yaml" tests --out "$tap_tmp/missing" \
    2> "$tap_tmp/missing.err"
result $? "tests generated with the missing file" \
    "$(cat "$tap_tmp/missing.err")"
cp "$tap_tmp/missing/proc_pid_environ.c" "$tap_tmp/gen/missing.c"
run missing
status=$?
[ "$status" -eq 1 ]
result $? "a probe of a missing file fails its test" "exit status $status" \
    "$(cat "$tap_tmp/missing.err"; head -5 "$tap_tmp/missing.tap")"
cases=$(grep -c '^ok\|^not ok' "$tap_tmp/missing.tap")
failed=$(grep -c '^not ok' "$tap_tmp/missing.tap")
[ "$cases" -gt 0 ] && [ "$failed" -eq "$cases" ] &&
    ! grep -q '# SKIP' "$tap_tmp/missing.tap"
result $? "every case fails, none is skipped" \
    "$failed of $cases cases failed" "$(grep '# SKIP' "$tap_tmp/missing.tap")"

plan "$tap_n"
[ "$tap_failed" -eq 0 ]
