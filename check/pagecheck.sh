# The lint of built pages, shared by check/t/30-pages.t and 35-split.t
# (after check/lib.sh): page_lint PAGE... runs each tool once over all
# the pages, then page_cases PAGE NAME gives one page its PAGE_CHECKS
# cases.  The rules are upstream man-pages' (share/mk/lint/man/*.mk and
# share/mk/check in its tree; check/upstream/README) and man-pages(7)'s.
PAGE_CHECKS=10

page_lint() {
	# Every mandoc level, filtered only by upstream's own ignore list.
	lint_mandoc=$(mandoc -Tlint "$@" 2>&1 |
	    grep -v -f check/upstream/mandoc.ignore.grep | by_page "$@")
	lint_groff=$( { groff -t -man -ww -rCHECKSTYLE=3 -rLL=78n -z "$@" 2>&1 ||
	    echo "groff: exit status $?"; } | by_page "$@")
	lint_blank=$(grep -n '^$' "$@" | by_page "$@")
	lint_pp=$(grep -n '^\.PP\|^\.LP' "$@" | by_page "$@")
	lint_long=$(awk 'length($0) > 80 { print FILENAME ":" FNR ": " $0 }' \
	    "$@" | by_page "$@")
	# Width in characters, not bytes: the bullet is three bytes.
	lint_rendered=$(rendered_lines "$@")
	lint_wide=$(printf '%s\n' "$lint_rendered" | perl -CS -ne '
	    print if !/: rendered line \d+: (.*)$/ || length($1) > 80')
	lint_hyphen=$(printf '%s\n' "$lint_rendered" | perl check/hyphenated.pl)
	# Semantic newlines: no sentence end followed by more text on a
	# text line (comments and requests are not prose).
	lint_sentences=$(perl -ne 'print "$ARGV:$.: $_" if !/^[.\x27]/ &&
	    /[^.][.!?] +[A-Z]/; close ARGV if eof' "$@" | by_page "$@")
	# Upstream's lint-man-tbl: a first line '\" t exactly when the page
	# has a table, and no such line further down.
	lint_tbl=$(perl -ne '
	    $t{$ARGV} = /\\" t$/ if $. == 1;
	    print "$ARGV:$.: a \x27\\\" t line after the first\n"
		if $. > 1 && /\\" t$/;
	    $ts{$ARGV} = 1 if /^\.TS$/;
	    if (eof) {
		print "$ARGV:1: the \x27\\\" t line and the tables disagree\n"
		    if !$t{$ARGV} != !$ts{$ARGV};
		close ARGV;
	    }' "$@" | by_page "$@")
	# No page names itself as a cross reference (man-pages(7)), and no
	# page says what it does not know or points to a table elsewhere.
	lint_self=$(perl -ne '
	    ($n, $s) = $ARGV =~ m{([^/]+)\.(\d)$};
	    print "$ARGV:$.: $_" if /^\.BR \\?%?\Q$n\E \($s\)/;
	    close ARGV if eof' "$@" | by_page "$@"
	    printf '%s\n' "$lint_rendered" |
	    grep -i 'not confirmed\|not yet confirmed\|ptrace-access table')
}

page_cases() {
	local p=$1 name=$2
	check_page "$name: mandoc -Tlint, upstream's ignore list" "$p" "$lint_mandoc"
	check_page "$name: groff -ww -rCHECKSTYLE=3 is silent" "$p" "$lint_groff"
	check_page "$name: no blank line" "$p" "$lint_blank"
	check_page "$name: .P, never .PP or .LP" "$p" "$lint_pp"
	check_page "$name: no source line over 80 bytes" "$p" "$lint_long"
	check_page "$name: renders no line wider than 80" "$p" "$lint_wide"
	check_page "$name: one sentence per line" "$p" "$lint_sentences"
	check_page "$name: no identifier hyphenated across lines" "$p" "$lint_hyphen"
	check_page "$name: a '\\\" t' first line exactly when it has a table" "$p" "$lint_tbl"
	check_page "$name: no self-reference, no \"not confirmed\"" "$p" "$lint_self"
}
