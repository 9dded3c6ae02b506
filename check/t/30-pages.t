#!/bin/bash
# Every committed page is lint-clean as upstream man-pages lints its
# own (its share/mk/lint and check targets; check/upstream/README)
# and in the ways man-pages(7) asks.  Each tool runs once over all the
# pages (check/lib.sh: by_page).  Link pages (.so) get upstream's
# lint-man-so instead, and every system call described in another
# call's page has one.  The generator accepts a page: for every
# template an interface can use (check/bad has the refusals).
. check/lib.sh
. check/pagecheck.sh
tmpdir
templates=($(grep -L '^\.so ' man2/*.2.m4) man5/proc.5.m4)
links=($(grep -l '^\.so ' $PAGES))
pages=($(printf '%s\n' $PAGES | grep -v -x -F "${links[@]/#/-e}"))
# "process_vm_writev process_vm_readv": a call and the page it is in.
shared=$("$GEN" json | grep -o '"name":"[^"]*","id":"[^"]*","kind":"syscall","mode":"[^"]*","page":"[^"]*"' |
    perl -ne 'print "$1 $2\n" if /"name":"([^"]*)".*"page":"([^"(]*)\(2\)"/ && $1 ne $2')
plan $((${#pages[@]} * PAGE_CHECKS + ${#links[@]} + ${#templates[@]} + 1))
set -- "${pages[@]}"
page_lint "$@"
for p; do
	page_cases "$p" "$p"
done
for l in "${links[@]}"; do
	target=$(sed -n 's/^\.so //p' "$l")
	check "$l: a link page whose target $target exists" \
	    [ "$(grep -c . "$l")" -eq 1 -a -f "$target" -a "$target" != "$l" ]
done
missing=$(printf '%s\n' "$shared" | while read -r call page; do
	[ "$(cat "man2/$call.2" 2>/dev/null)" = ".so man2/$page.2" ] ||
	    echo "man2/$call.2 should be .so man2/$page.2"
done)
check_empty "a link page for every call described in another's page" "$missing"
for t in "${templates[@]}"; do
	page=${t##*/}
	page=${page%.m4}
	page="${page%.*}(${page##*.})"
	sed "s/page: kcmp(2)/page: $page/" check/minimal.yaml > "$tap_tmp/spec.yaml"
	out=$("$GEN" --spec "$tap_tmp/spec.yaml" validate 2>&1)
	check "the generator knows the template of $page" [ -z "$out" ] ||
	    diag "$out"
done
