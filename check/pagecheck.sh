# page_checks PAGE NAME: the lint of one built page, as TAP cases
# (PAGE_CHECKS of them).  Sourced by check/t/30-pages.t and 35-split.t,
# after check/lib.sh.  The rules are upstream man-pages' (share/mk/lint
# and share/mk/check in its tree; check/upstream/README) and
# man-pages(7)'s.
PAGE_CHECKS=10

page_checks() {
	local p=$1 name=$2 out self
	# Every mandoc level, filtered only by upstream's own ignore list.
	out=$(mandoc -Tlint "$p" 2>&1 | grep -v -f check/upstream/mandoc.ignore.grep)
	ok $([ -z "$out" ]; echo $?) "$name: mandoc -Tlint, upstream's ignore list"
	[ -z "$out" ] || diag "$out"
	out=$(groff -t -man -ww -rCHECKSTYLE=3 -rLL=78n -z "$p" 2>&1)
	ok $([ -z "$out" ]; echo $?) "$name: groff -ww -rCHECKSTYLE=3 is silent"
	[ -z "$out" ] || diag "$out"
	out=$(grep -n '^$' "$p")
	ok $([ -z "$out" ]; echo $?) "$name: no blank line"
	[ -z "$out" ] || diag "$out"
	out=$(grep -n '^\.PP\|^\.LP' "$p")
	ok $([ -z "$out" ]; echo $?) "$name: .P, never .PP or .LP"
	[ -z "$out" ] || diag "$out"
	out=$(awk 'length($0) > 80 { print FNR ": " $0 }' "$p")
	ok $([ -z "$out" ]; echo $?) "$name: no source line over 80 bytes"
	[ -z "$out" ] || diag "$out"
	# Width in characters, not bytes: the bullet is three bytes.
	out=$(MANWIDTH=80 MAN_KEEP_FORMATTING= man -l "$p" 2>&1 |
	    perl -CS -ne 'print "$.: $_" if length($_) > 81')
	ok $([ -z "$out" ]; echo $?) "$name: renders no line wider than 80"
	[ -z "$out" ] || diag "$out"
	# Semantic newlines: no sentence end followed by more text on a
	# text line (comments and requests are not prose).
	out=$(grep -v '^[.'"'"']' "$p" | grep -n '[^.][.!?] \+[A-Z]')
	ok $([ -z "$out" ]; echo $?) "$name: one sentence per line"
	[ -z "$out" ] || diag "$out"
	out=$(groff -t -man -Tutf8 -rLL=78n -P-cbou "$p" 2>/dev/null |
	    perl check/hyphenated.pl)
	ok $([ -z "$out" ]; echo $?) "$name: no identifier hyphenated across lines"
	[ -z "$out" ] || diag "$out"
	# Upstream's lint-man-tbl: '\" t on the first line iff there is a table.
	out=$( { head -n1 "$p" | grep -q '\\" t$'; echo $?; } ;
	    { grep -q '^\.TS$' "$p"; echo $?; } )
	ok $([ "$(echo $out)" = "0 0" ] || [ "$(echo $out)" = "1 1" ]; echo $?) \
	    "$name: a '\\\" t' first line exactly when the page has a table"
	# No reference to itself, no release that the page cannot give.
	self=$(basename "$p"); self="${self%.*} (${self##*.})"
	out=$(grep -n "^\.BR \\\\\?%\?${self}" "$p";
	    MANWIDTH=80 man -l "$p" 2>/dev/null | grep -n 'not confirmed\|ptrace-access table')
	ok $([ -z "$out" ]; echo $?) "$name: no self-reference, no \"not confirmed\""
	[ -z "$out" ] || diag "$out"
}
