#!/bin/bash
# ptrace-access splice on check/splice/tree, pages written for these
# tests in the style of the upstream man-pages tree (man/manN/): it only
# adds and corrects.  It keeps every version tag, commit comment,
# reviewer comment and legend; corrects a wrong mode word for word;
# adds a paragraph where a page of its own says nothing, with its
# history under HISTORY; leaves a page whose DESCRIPTION and ERRORS
# agree alone; warns "not spliced" only where it is true; exits 0; a
# second run changes nothing; --format-patch writes a series that
# git am applies and that two runs write alike.
. check/lib.sh
tmpdir
plan 24

splice() { "$GEN" splice "$@"; }
top=$PWD
fixture=check/splice/tree
t="$tap_tmp/tree"
cp -r "$fixture" "$t"

splice --tree "$t" --write >"$tap_tmp/diff" 2>"$tap_tmp/err"
rc=$?
check "--write: exit status 0" [ $rc -eq 0 ] || diag "$(cat "$tap_tmp/err")"

# What was deleted: one line, the wrong mode, and nothing else.
deleted=$(diff -r "$fixture" "$t" | grep '^<')
check_same "the only line deleted is the wrong mode" "$deleted" \
    "< .B PTRACE_MODE_ATTACH_REALCREDS"
check_same "it is corrected word for word" \
    "$(diff "$fixture/man/man2/get_robust_list.2" "$t/man/man2/get_robust_list.2" | grep '^>')" \
    "> .B PTRACE_MODE_READ_REALCREDS"
for p in kcmp.2 process_madvise.2 ptrace.2; do
	check "man2/$p: agrees already, left as it was" \
	    cmp -s "$fixture/man/man2/$p" "$t/man/man2/$p"
done
kept() { grep -rhE 'since Linux|Since Linux|commit|Review' "$1" | sort; }
missing=$(comm -23 <(kept "$fixture") <(kept "$t"))
check_empty "every version tag, commit and reviewer comment kept" "$missing"
ids() { grep -rhoE "commit [0-9a-f]{40}" "$1" | sort -u; }
check_empty "full commit ids kept at 40 characters" \
    "$(comm -23 <(ids "$fixture") <(ids "$t"))"
check "proc_pid_stat.5: the [PT] legend kept" \
    grep -q 'Fields marked \[PT\]' "$t/man/man5/proc_pid_stat.5"
check "proc_pid_stat.5: its check added" \
    grep -q 'PTRACE_MODE_READ_FSCREDS' "$t/man/man5/proc_pid_stat.5"

# migrate_pages(2): the check in DESCRIPTION, its history in HISTORY.
sect() { awk -v s="$2" '/^\.SH /{on=($2==s)} on' "$1"; }
mp="$t/man/man2/migrate_pages.2"
check "migrate_pages.2: DESCRIPTION states the check" \
    grep -q PTRACE_MODE_READ_REALCREDS <(sect "$mp" DESCRIPTION)
check "migrate_pages.2: DESCRIPTION tells no history" \
    [ -z "$(sect "$mp" DESCRIPTION | grep -E 'since Linux|Since Linux|commit')" ]
check "migrate_pages.2: HISTORY gets it" \
    grep -q 'since Linux 4.15' <(sect "$mp" HISTORY)

# "not spliced" only for proc.5, which has no place of its own for the
# /proc files this tree has no page for.
check_empty "'not spliced' only where the page has no place for it" \
    "$(grep 'not spliced' "$tap_tmp/err" | grep -v '^man/man5/proc.5: warning: .*has no place of its own')"
check "'not spliced' for the hidepid checks" \
    grep -q 'hidepid lookup).*not spliced' "$tap_tmp/err"

out=$(splice --tree "$t" 2>/dev/null)
rc=$?
check_empty "a second run changes nothing" "$([ $rc -eq 0 ] || echo "status $rc")$out"

# (process_madvise.2 tells of 5.10 in words lint takes for the present.)
out=$(cd "$t/man" && "$top/$GEN" lint man2/get_robust_list.2 \
    man2/migrate_pages.2 man2/kcmp.2 man5/proc_pid_stat.5 2>&1)
check_empty "changed pages: ptrace-access lint agrees" "$out"
out=$(for p in "$t"/man/man2/*.2 "$t"/man/man5/*.5; do
	mandoc -Tlint -W warning "$p"; done 2>&1)
check_empty "spliced pages: mandoc -Tlint is silent" "$out"

# The series: git am applies it to a copy of the fixture.
g="$tap_tmp/git"
cp -r "$fixture" "$g"
gitq() { git -C "$g" -c user.name=t -c user.email=t@t "$@" >/dev/null 2>&1; }
gitq init -q && gitq add -A && gitq commit -qm fixture
splice --tree "$g" --format-patch "$tap_tmp/s1" 2>/dev/null
splice --tree "$g" --format-patch "$tap_tmp/s2" 2>/dev/null
check_same "one patch per changed page" "$(ls "$tap_tmp/s1")" \
    "0001-man-man2-get_robust_list.2.patch
0002-man-man2-migrate_pages.2.patch
0003-man-man5-proc_pid_stat.5.patch"
check "two runs write the same series" diff -r "$tap_tmp/s1" "$tap_tmp/s2"
gitq am "$tap_tmp"/s1/*.patch
check "git am applies the series" [ $? -eq 0 ]
check_same "the series gives what --write gives" "$(diff -r -x .git "$t" "$g")" ""
check_same "man-pages subjects" \
    "$(git -C "$g" log --format=%s -3 | sort)" \
    "man/man2/get_robust_list.2: Fix the ptrace access mode
man/man2/migrate_pages.2: Document the ptrace access mode check
man/man5/proc_pid_stat.5: Document the ptrace access mode check"
check "each body cites the kernel file and function" \
    grep -q 'mm/mempolicy.c, kernel_migrate_pages()' "$tap_tmp/s1/0002-man-man2-migrate_pages.2.patch"
