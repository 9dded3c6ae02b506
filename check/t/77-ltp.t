#!/bin/bash
# The LTP export (tests --format ltp, check/ltp/): a directory to drop
# into LTP's tree.  Its C is compiled against LTP's own headers and read
# by LTP's metadata parser when an LTP tree is there: LTPROOT, or the
# one `make check-ltp` prepares in build/ltp.  `make check-ltp` builds
# it with LTP's Makefiles, runs LTP's checkpatch and runs every test.
. check/lib.sh
tmpdir
plan 6

skip() {
	tap_n=$((tap_n + 1))
	echo "ok $tap_n # SKIP $1"
}

out=$tap_tmp/ptrace_access
mkdir "$out"
"$GEN" tests --out "$out" --format ltp 2>"$tap_tmp/err"
ok $? "tests --format ltp"
[ -s "$tap_tmp/err" ] && diag "$(cat "$tap_tmp/err")"

n=$(ls "$out"/ptrace_access[0-9][0-9].c | wc -l)
want=$("$GEN" json | grep -c '"name"')
check "one numbered test per interface ($n of $want)" [ "$n" -eq "$want" ]

# The runtest file and .gitignore name exactly the tests there are.
tests=$(cd "$out" && ls ptrace_access[0-9][0-9].c | sed 's/\.c$//')
check_same "the runtest file lists every test" \
    "$(awk '!/^#/ { print $2 }' "$out/ptrace_access.runtest")" "$tests"

# The 16 scenarios are written once, in ptrace_access_scenarios.c.
check_same "the scenarios' credentials are in one file" \
    "$(grep -l '\.uid = {' "$out"/*.c | sed 's|.*/||')" \
    ptrace_access_scenarios.c

tree=${LTPROOT:-build/ltp}
if [ ! -f "$tree/include/config.h" ] ||
    [ ! -f "$tree/include/lapi/syscalls.h" ]; then
	why="no configured LTP tree in $tree (make check-ltp, or LTPROOT=DIR)"
	skip "compiling against LTP's headers: $why"
	skip "LTP's metadata parser: $why"
	exit
fi

# As LTP's Makefiles build them (include/mk/config.mk), but -Werror;
# two compilers at a time, a dozen files each.
ls "$out"/*.c | xargs -P 2 -n 12 ${CC:-cc} -fsyntax-only -std=gnu99 \
    -Wall -Wextra -Werror -Wold-style-definition -I"$tree/include" \
    -I"$tree/include/old" -I"$out" 2>"$tap_tmp/cc"
ok $? "the export compiles against LTP's headers with -Wall -Wextra -Werror"
[ -s "$tap_tmp/cc" ] && diag "$(head -20 "$tap_tmp/cc")"

if [ ! -x "$tree/metadata/metaparse" ]; then
	skip "LTP's metadata parser: $tree/metadata/metaparse is not built"
	exit
fi
complaints=
for t in $tests; do
	"$tree/metadata/metaparse" -I"$tree/include" -I"$out" "$out/$t.c" \
	    >"$tap_tmp/meta.json" 2>"$tap_tmp/meta.err" &&
	    grep -q '"needs_root": true' "$tap_tmp/meta.json" ||
	    complaints="$complaints$t: metaparse failed "
	[ -s "$tap_tmp/meta.err" ] &&
	    complaints="$complaints$t: $(cat "$tap_tmp/meta.err") "
done
check_empty "LTP's metadata parser reads every test and has nothing to say" \
    "$complaints"
