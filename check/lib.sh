# Shared by the TAP scripts in check/t: run from the top directory.
# Every script prints a plan, then one line per case.
GEN=${GEN:-gen/ptrace-access}
SPEC=${SPEC:-spec/ptrace-access.yaml}
# Every page built from a template.
PAGES=$(ls man[1-8]/*.m4 | sed 's/\.m4$//')
tap_n=0
tap_failed=0

plan() { echo "1..$1"; }

# ok STATUS DESCRIPTION: one case, passed when STATUS is 0 (usually $?).
# Every helper below returns the status of the case, so that a caller
# can add a diagnostic of its own: check ... || diag "...".
ok() {
	tap_n=$((tap_n + 1))
	if [ "$1" -eq 0 ]; then
		echo "ok $tap_n - $2"
		return 0
	fi
	echo "not ok $tap_n - $2"
	tap_failed=$((tap_failed + 1))
	return 1
}

# check DESCRIPTION COMMAND [ARG...]: passed when COMMAND succeeds, e.g.
#   check "exit status 2" [ "$rc" -eq 2 ]
check() {
	check_what=$1
	shift
	"$@"
	ok $? "$check_what"
}

# check_empty DESCRIPTION TEXT: passed when TEXT (the output of a lint,
# a diff, a search for what must not be there) is empty; otherwise
# TEXT is the diagnostic.
check_empty() {
	[ -z "$2" ] && ok 0 "$1" && return
	ok 1 "$1"
	diag "$2"
	return 1
}

# check_same DESCRIPTION GOT WANT: passed when the two are equal;
# otherwise both are shown.
check_same() {
	[ "$2" = "$3" ] && ok 0 "$1" && return
	ok 1 "$1"
	diag "got:  $2" "want: $3"
	return 1
}

# diag TEXT...: shown by prove on failure
diag() { printf '%s\n' "$@" | sed 's/^/# /'; }

# A temporary directory, removed when the script exits.
tmpdir() {
	tap_tmp=$(mktemp -d "${TMPDIR:-/tmp}/ptrace-access.XXXXXX")
}

# The exit status says whether any case failed, whatever ran last.
tap_finish() {
	local rc=0
	[ "$tap_failed" -eq 0 ] || rc=1
	[ -n "${tap_tmp:-}" ] && rm -rf "$tap_tmp"
	exit $rc
}
trap tap_finish EXIT

# spec_with_text LINE...: check/minimal.yaml, whose one interface (kcmp)
# gets the LINEs as its text, on standard output.
spec_with_text() {
	sed '/^    probe:/,$d' check/minimal.yaml
	echo '    text: |'
	for l; do printf '      %s\n' "$l"; done
	sed -n '/^    probe:/,$p' check/minimal.yaml
}

# Is the generator built with AddressSanitizer (make SANITIZE=1)?
gen_has_asan() {
	nm "$GEN" 2>/dev/null | grep -q __asan_init
}

# Checks over many pages run each tool once over all of them (a process
# per page costs more than the checking itself) and label each line of
# what it says with the page it is about: "PAGE: message".  A line that
# names none of the pages is about all of them, so that a tool that
# fails to run fails every page.

# by_page PAGE...: label the lines of standard input.
by_page() {
	perl -ne '
	    BEGIN { @pages = sort { length $b <=> length $a } @ARGV; @ARGV = () }
	    chomp(my $line = $_);
	    my ($p) = grep { index($line, "$_:") >= 0 } @pages;
	    print "$_: $line\n" for defined $p ? ($p) : @pages;
	' "$@"
}

# rendered_lines PAGE...: every line of the pages as man(1) shows them
# at MANWIDTH=80, labeled "PAGE: rendered line N: text": man-db's
# pipeline (preconv, tbl, groff at a line length of 78n) in one groff
# run, told apart by each page's header line.  A page whose header
# never shows was not rendered, and says so.
rendered_lines() {
	groff -k -t -man -Tutf8 -rLL=78n -rLT=78n -P-cbou "$@" 2>/dev/null |
	    perl -CS -e '
	    for my $p (@ARGV) {
		open my $f, "<", $p or die "$p: $!\n";
		my $h = "(no .TH line)";
		while (<$f>) {
		    next unless /^\.TH\s+"?([^"\s]+)"?\s+"?([^"\s]+)/;
		    $h = "$1($2)";
		    last;
		}
		push @head, $h;
	    }
	    my ($i, $n, @seen) = (-1, 0);
	    while (my $l = <STDIN>) {
		chomp $l;
		if ($i + 1 < @head && index($l, $head[$i + 1]) == 0) {
		    $seen[++$i] = 1;
		    $n = 0;
		}
		$n++;
		print "$_: rendered line $n: $l\n" for $i < 0 ? @ARGV : $ARGV[$i];
	    }
	    $seen[$_] or print "$ARGV[$_]: not rendered: no header $head[$_]\n"
		for 0 .. $#ARGV;
	' "$@"
}

# wide_lines PAGE...: the rendered lines wider than 80 columns
# (characters, not bytes), and the pages that were not rendered.
wide_lines() {
	rendered_lines "$@" | perl -CS -ne '
	    print if !/: rendered line \d+: (.*)$/ || length($1) > 80'
}

# check_page DESCRIPTION PAGE FINDINGS: passed when no line of FINDINGS
# (from by_page or wide_lines) is about PAGE; otherwise those lines are
# the diagnostic.  No process unless the case fails.
check_page() {
	case "
$3" in
	*"
$2: "*)
		ok 1 "$1"
		diag "$(printf '%s\n' "$3" | grep -F -e "$2: ")"
		return 1 ;;
	esac
	ok 0 "$1"
}
