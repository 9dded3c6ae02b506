#!/bin/bash
# The Makefile in a scratch copy of the tree: a second make man does
# nothing, and make install puts everything under DESTDIR, with the
# companion pages where they cannot shadow the system's own.
. check/lib.sh
tmpdir
plan 8
top=$PWD
src="$tap_tmp/src"
mkdir "$src"
git ls-files -z | (cd "$top" && xargs -0 cp --parents -t "$src")
make -C "$src" -s man >/dev/null 2>"$tap_tmp/err"
ok $? "make man builds in a fresh copy"
[ -s "$tap_tmp/err" ] && diag "$(head -5 "$tap_tmp/err")"
out=$(make -C "$src" -n man 2>&1 | grep -v '^make')
check_empty "a second make man has nothing to do" "$out"
touch "$src/spec/ptrace-access.yaml"
out=$(make -C "$src" -n man 2>&1 | grep -c 'm4 -P')
check "touching the spec makes the pages again" [ "$out" -gt 0 ]

dest="$tap_tmp/dest"
make -C "$src" -s install DESTDIR="$dest" prefix=/usr >/dev/null 2>&1
ok $? "make install DESTDIR=... prefix=/usr"
[ -x "$dest/usr/bin/ptrace-access" ] &&
    [ -f "$dest/usr/share/man/man1/ptrace-access.1" ] &&
    [ -f "$dest/usr/share/man/man5/ptrace-access.5" ]
ok $? "the tool and its own pages are in the standard places"
[ -f "$dest/usr/share/ptrace-access/man/man2/ptrace.2" ] &&
    [ -f "$dest/usr/share/ptrace-access/man/man5/proc.5" ] &&
    [ ! -e "$dest/usr/share/man/man2/ptrace.2" ] &&
    [ ! -e "$dest/usr/share/man/man5/proc.5" ]
ok $? "companion pages are under share/ptrace-access/man, not share/man"
MANWIDTH=80 man -M "$dest/usr/share/ptrace-access/man" 2 ptrace 2>/dev/null |
    grep -q 'ptrace-access companion page'
ok $? "man -M finds the companion ptrace(2)"

# Installed, the tool finds its spec and template in the data
# directory compiled in, whatever the current directory.
inst="$tap_tmp/inst"
make -C "$src" -s install prefix="$inst" >/dev/null 2>&1 &&
    (cd / && "$inst/bin/ptrace-access" lint "$top/man2/kcmp.2" &&
    mkdir "$tap_tmp/tree" && cp -r "$top/man2" "$tap_tmp/tree/" &&
    "$inst/bin/ptrace-access" splice --tree "$tap_tmp/tree" &&
    [ -f "$inst/share/ptrace-access/templates/ptrace.2.m4" ]) \
    >"$tap_tmp/out" 2>&1
ok $? "make install prefix=DIR: lint and splice run from / "
[ -s "$tap_tmp/out" ] && diag "$(head -5 "$tap_tmp/out")"
