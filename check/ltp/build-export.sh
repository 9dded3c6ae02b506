#!/bin/sh
# Build an LTP export in an LTP tree that build-ltp.sh prepared, as a
# leaf directory of LTP's own: with LTP's Makefiles and flags, plus
# -Wextra -Werror.
#   check/ltp/build-export.sh LTPTREE EXPORTDIR
# Leaves the binaries in LTPTREE/testcases/kernel/security/ptrace_access
# and prints that directory.  Fails on any warning.
set -eu

tree=$1
export=$2
leaf=$tree/testcases/kernel/security/ptrace_access

rm -rf "$leaf"
mkdir -p "$leaf"
cp -r "$export"/. "$leaf"/
log=$leaf/.build.log
if ! make -C "$leaf" -j2 \
    WCFLAGS='-Wall -Wextra -Werror -Wold-style-definition' >"$log" 2>&1; then
	grep -E 'error|warning' "$log" | head -40 >&2
	echo "build-export: the LTP export does not build" >&2
	exit 1
fi
if grep -q 'warning:' "$log"; then
	grep 'warning:' "$log" >&2
	echo "build-export: warnings" >&2
	exit 1
fi
echo "$leaf"
