#!/bin/bash
# valgrind: the generator over the real spec (every output) and over
# every bad input: no memory error and no leak.
. check/lib.sh
tmpdir
cases=(check/bad/*.yaml)
if ! command -v valgrind >/dev/null; then
	echo "1..0 # SKIP valgrind is not installed"; exit 0
fi
if gen_has_asan; then
	echo "1..0 # SKIP the generator is built with AddressSanitizer"; exit 0
fi
plan $((${#cases[@]} + 4))
vg() {
	valgrind -q --leak-check=full --show-leak-kinds=all \
	    --errors-for-leak-kinds=all --error-exitcode=99 "$GEN" "$@" \
	    >/dev/null 2>"$tap_tmp/vg"
	[ $? -ne 99 ] && ! grep -q '^==' "$tap_tmp/vg"
}
mkdir "$tap_tmp/out"
vg validate;			ok $? "validate: clean"
vg man --out "$tap_tmp/out" --layout split;	ok $? "man --layout split: clean"
vg tests --out "$tap_tmp/out";	ok $? "tests: clean"
vg json;			ok $? "json: clean"
for f in "${cases[@]}"; do
	vg --spec "$f" man --out "$tap_tmp/out"
	ok $? "$(basename "$f"): clean"
	grep -q '^==' "$tap_tmp/vg" && diag "$(head -20 "$tap_tmp/vg")"
done
