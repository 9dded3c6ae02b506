#!/bin/bash
# Prose is data: text full of roff requests, escapes, m4 macros and
# quotes must come out of the rendered page exactly as written.
. check/lib.sh
tmpdir
lines=(
	'.TH injected 1'
	"'br a request at the start of a line"
	'\fBnot bold\fR and \(em and \" not a comment'
	'.\" not a comment either'
	'm4_define([[[x]]]) define(`y'"'"') changequote include(/etc/passwd) m4_undivert(x)'
	'a */ comment end, a "quote", ??= trigraph, %s %n format'
	'café — naïve, ünïcödé'
	'{{braces}} and -1 and a-b and a|b and ~ ^ ` @'
)
plan $((${#lines[@]} + 2))
spec_with_text "${lines[@]}" > "$tap_tmp/spec.yaml"
check/render.sh "$tap_tmp/spec.yaml" "$tap_tmp/out" >/dev/null 2>"$tap_tmp/err"
ok $? "a spec with hostile text renders"
[ -s "$tap_tmp/err" ] && diag "$(cat "$tap_tmp/err")"
page="$tap_tmp/out/man2/kcmp.2"
out=$(mandoc -Tlint -W warning "$page" 2>&1; groff -man -ww -z "$page" 2>&1)
check_empty "the page is still lint-clean" "$out"
# Filled text joins lines with spaces: compare with white space folded.
shown=$(MANWIDTH=1000 LC_ALL=C.UTF-8 man -l "$page" 2>/dev/null |
    tr -s ' \n' '  ')
for l in "${lines[@]}"; do
	# Doubled braces are the markup for one literal brace.
	want=$(printf '%s' "$l" | tr -s ' ' ' ' | sed 's/{{/{/g; s/}}/}/g')
	case $shown in
	*"$want"*) ok 0 "shown literally: $l" ;;
	*) ok 1 "shown literally: $l"; diag "rendered: $shown" ;;
	esac
done
