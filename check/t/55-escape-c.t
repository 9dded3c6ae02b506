#!/bin/bash
# Escaping for C and JSON, proved by round trip: hostile text compiles
# in generated tests' comments, comes back byte for byte from a C
# string literal, and decodes from the JSON unchanged.
. check/lib.sh
tmpdir
lines=(
	'a */ comment end /* and start, a "quote", a \ backslash'
	'??= ??/ ??( trigraphs, %s %n %% formats, a '"'"'q'"'"' and `tick`'
	'#define X 1 and #include <stdio.h> at the start of a line'
	'café — naïve, ünïcödé ✓'
)
plan 5
spec_with_text "${lines[@]}" > "$tap_tmp/spec.yaml"
mkdir "$tap_tmp/tests"
"$GEN" --spec "$tap_tmp/spec.yaml" tests --out "$tap_tmp/tests" 2>"$tap_tmp/err"
ok $? "tests are generated from hostile text"
out=$(cc -std=c11 -Wall -Wextra -Werror -Wcomment -Wtrigraphs \
    -Icheck -c -o "$tap_tmp/kcmp.o" "$tap_tmp/tests/kcmp.c" 2>&1)
ok $? "the generated test compiles with -Werror -Wcomment -Wtrigraphs"
[ -z "$out" ] || diag "$out"

printf '%s\n' "${lines[@]}" > "$tap_tmp/text"
printf '\001\002 control bytes and a NUL-free\ttab\r\n' >> "$tap_tmp/text"
check/bin/unit --c-program "$tap_tmp/text" > "$tap_tmp/rt.c"
cc -std=c11 -Wall -Wextra -Werror -Wtrigraphs -o "$tap_tmp/rt" "$tap_tmp/rt.c"
ok $? "a C string literal of the text compiles with -Werror -Wtrigraphs"
"$tap_tmp/rt" | cmp -s - "$tap_tmp/text"
ok $? "the compiled program prints the text back byte for byte"

want=$(printf '%s\n' "${lines[@]}")
got=$("$GEN" --spec "$tap_tmp/spec.yaml" json | perl -MJSON::PP -0777 -ne '
	my $t = JSON::PP->new->utf8->decode($_)->{interfaces}[0]{text};
	binmode STDOUT, ":utf8"; print $t')
check_same "the JSON decodes to the text as written" "$got" "$want"
