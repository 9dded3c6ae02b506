# The step counter of the scripts behind make check-ltp and make
# check-kselftest (sourced with `.`): `step RC WHAT` prints ok or not ok
# and counts it; `finish` prints "N passed, N failed" and exits.
#
# Their builds are builds of their own: the jobserver of a calling make
# is not theirs, and make warns when -j meets it (a warning fails the
# export build).
unset MAKEFLAGS MFLAGS MAKELEVEL

npass=0 nfail=0
step() {
	if [ "$1" -eq 0 ]; then
		npass=$((npass + 1)); echo "ok - $2"
	else
		nfail=$((nfail + 1)); echo "not ok - $2"
	fi
}
finish() {
	echo "$npass passed, $nfail failed"
	[ "$nfail" -eq 0 ]
	exit $?
}
now() { date +%s; }
