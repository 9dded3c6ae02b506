#!/bin/bash
# ptrace-access --version prints its version and exits 0, and
# ptrace-access(1) documents the option.
. check/lib.sh
plan 3
out=$("$GEN" --version 2>&1)
rc=$?
check "--version exits 0" [ $rc -eq 0 ]
check "--version prints \"ptrace-access VERSION\"" \
    eval '[[ "$out" =~ ^ptrace-access\ [0-9]+(\.[0-9]+)+$ ]]' || diag "$out"
check "ptrace-access(1) documents --version" \
    grep -q '^\.B \\-\\-version$' man1/ptrace-access.1
