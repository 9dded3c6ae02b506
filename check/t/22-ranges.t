#!/bin/bash
# Version ranges (schema 2): the table as of one release, read back
# from the JSON, and the releases the spec refuses.
. check/lib.sh
tmpdir
plan 17

# The READ-mode interfaces that reach the check through mm_access()
# (kernel/fork.c), which lets CAP_PERFMON through a failed check in
# the newer kernels, and the ATTACH-mode ones, which it never does.
MM_READ="proc_pid_environ proc_pid_auxv proc_pid_maps proc_pid_smaps
proc_pid_numa_maps proc_pid_smaps_rollup proc_pid_pagemap
proc_pid_map_files_readdir proc_pid_map_files_lookup process_madvise"
MM_ATTACH="proc_pid_mem process_vm_readv process_vm_writev"

# json_at VERSION: the JSON as of that release, into $tap_tmp/VERSION.
json_at() {
	"$GEN" --spec "$SPEC" json --kernel "$1" >"$tap_tmp/$1.json"
}

# facts FILE: one line per fact the checks below look at:
# "perfmon ID" for an interface with a CAP_PERFMON bypass gate,
# "iface ID" for each interface, "step ID VARIANT" for each step.
facts() {
	perl -MJSON::PP -0777 -ne '
		my $j = JSON::PP->new->utf8->decode($_);
		print "at ", $j->{at} // "ranges", "\n";
		for my $f (@{$j->{interfaces}}) {
			print "iface $f->{id}\n";
			print "perfmon $f->{id}\n" for grep {
			    $_->{name} eq "CAP_PERFMON" &&
			    $_->{order} eq "bypass" } @{$f->{gates}};
		}
		print "step $_->{id} ", $_->{variant} // "-", "\n"
		    for @{$j->{algorithm}};' "$1"
}

json_at 6.1.192 && json_at 6.12.117 && json_at 7.3.4
ok $? "json --kernel 6.1.192, 6.12.117 and 7.3.4 succeed"
for v in 6.1.192 6.12.117 7.3.4; do facts "$tap_tmp/$v.json" >"$tap_tmp/$v"; done

! grep -q '^iface pidfd_get_namespace$' "$tap_tmp/6.1.192" &&
    grep -q '^iface kcmp$' "$tap_tmp/6.1.192"
ok $? "6.1.192 has no PIDFD_GET_*_NAMESPACE row (added in 6.11), and kcmp"
grep -q '^iface pidfd_get_namespace$' "$tap_tmp/6.12.117"
ok $? "6.12.117 has the PIDFD_GET_*_NAMESPACE row"

missing=
for id in $MM_READ; do
	grep -q "^perfmon $id\$" "$tap_tmp/7.3.4" || missing="$missing $id"
done
check_empty "7.3.4: every READ-mode user of mm_access has the CAP_PERFMON bypass" "$missing"

extra=
for id in $MM_ATTACH $MM_READ; do
	case " $MM_ATTACH " in *" $id "*) v=7.3.4 ;; *) v=6.12.117 ;; esac
	grep -q "^perfmon $id\$" "$tap_tmp/$v" && extra="$extra $v:$id"
	grep -q "^perfmon $id\$" "$tap_tmp/6.1.192" && extra="$extra 6.1.192:$id"
done
check_empty "no CAP_PERFMON bypass in 6.1.192 or 6.12.117, nor for ATTACH-mode users" "$extra"

grep -q '^step dumpable exec-state$' "$tap_tmp/7.3.4"
ok $? "7.3.4: dumpability is read from the exec state"
grep -q '^step dumpable mm$' "$tap_tmp/6.12.117" &&
    grep -q '^step dumpable mm$' "$tap_tmp/6.1.192"
ok $? "6.12.117 and 6.1.192: dumpability is read from the memory map"

# Without --kernel: every fact, with its range.
"$GEN" --spec "$SPEC" json >"$tap_tmp/ranges.json"
got=$(perl -MJSON::PP -0777 -ne '
	my $j = JSON::PP->new->utf8->decode($_);
	my ($f) = grep { $_->{id} eq "proc_pid_environ" } @{$j->{interfaces}};
	my ($g) = grep { $_->{name} eq "CAP_PERFMON" } @{$f->{gates}};
	my ($n) = grep { $_->{id} eq "pidfd_get_namespace" } @{$j->{interfaces}};
	print join(" ", $j->{at} // "null", $g->{since}{after},
	    $g->{since}{seen_in}, $n->{since}), "\n";' "$tap_tmp/ranges.json")
check_same "json without --kernel gives the ranges" "$got" "null 6.12.117 6.18.44 6.11"

# The running kernel falls inside the ranges: the spec knows every
# fact there.  On a kernel outside the releases covered, say so.
kernel=$(uname -r)
if "$GEN" --spec "$SPEC" json --kernel "$kernel" >/dev/null 2>"$tap_tmp/err"; then
	ok 0 "the running kernel, $kernel, is inside the ranges"
elif grep -q 'the spec covers' "$tap_tmp/err"; then
	echo "ok $((tap_n += 1)) # SKIP the running kernel, $kernel, is outside the releases covered"
else
	ok 1 "the running kernel, $kernel, is inside the ranges"
	diag "$(cat "$tap_tmp/err")"
fi

"$GEN" --spec "$SPEC" json --kernel 7.4 >/dev/null 2>"$tap_tmp/err"
rc=$?
[ $rc -eq 2 ] && grep -q 'unknown release "7.4": the spec covers Linux 6.1.192 to 7.3.4' "$tap_tmp/err"
ok $? "a release newer than the spec covers: exit 2"
"$GEN" --spec "$SPEC" json --kernel 6.13 >/dev/null 2>"$tap_tmp/err"
[ $? -eq 2 ] && grep -q '^spec/ptrace-access.yaml:[0-9]*:[0-9]*: error: .*does not know whether it holds in Linux 6.13: added between 6.12.117 and 6.18.44' "$tap_tmp/err"
rc=$?
ok $rc "a release where a fact is not known: a positioned error, exit 2"
[ $rc -eq 0 ] || diag "$(head -3 "$tap_tmp/err")"
"$GEN" --spec "$SPEC" validate --kernel 7.3.4 >/dev/null 2>&1
check "validate takes no --kernel" [ $? -eq 2 ]

# The pages and tests as of an older release.
mkdir "$tap_tmp/man" "$tap_tmp/tests"
"$GEN" --spec "$SPEC" man --out "$tap_tmp/man" --kernel 6.1.192 &&
    [ ! -e "$tap_tmp/man/access.pidfd_get_namespace" ] &&
    [ -e "$tap_tmp/man/access.kcmp" ]
ok $? "man --kernel 6.1.192 has no paragraph for the pidfd namespace ioctls"
"$GEN" --spec "$SPEC" tests --out "$tap_tmp/tests" --kernel 6.1.192 &&
    [ ! -e "$tap_tmp/tests/pidfd_get_namespace.c" ] &&
    [ -e "$tap_tmp/tests/kcmp.c" ]
ok $? "tests --kernel 6.1.192 has no test for the pidfd namespace ioctls"

# The generated tests pick each case's expectation by the release they
# run on (PA_RELEASE stands for it): the CAP_PERFMON case of environ
# expects a denial up to 6.12.117, cannot be told between 6.12.117
# and 6.18.44, and expects the bypass from there on.
bin=check/bin/matrix/proc_pid_environ
perfmon_case() {
	PA_RELEASE=$1 timeout 60 "$bin" | grep -- '- /proc/\[pid\]/environ: uid-differs-cap-perfmon'
}
if [ "$(id -u)" -ne 0 ] || [ ! -x "$bin" ]; then
	for v in 6.12.117 6.13 7.3.4; do
		echo "ok $((tap_n += 1)) # SKIP needs root and $bin"
	done
else
	perfmon_case 6.12.117 | grep -q 'uid mismatch (fsuid vs uid): denied, EACCES$'
	ok $? "as of 6.12.117, the CAP_PERFMON case of environ expects EACCES"
	perfmon_case 6.13 | grep -q '# SKIP outcome unknown on this release: added between 6.12.117 and 6.18.44'
	ok $? "as of 6.13, it is skipped: the spec does not know"
	perfmon_case 7.3.4 | grep -q 'CAP_PERFMON bypasses it: allowed$'
	ok $? "as of 7.3.4, it expects the bypass"
fi
