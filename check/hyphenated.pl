#!/usr/bin/perl
# Read rendered pages as check/lib.sh's rendered_lines labels them
# ("PAGE: rendered line N: text"); print, labeled the same way, every
# identifier that roff hyphenated across a line break (man-pages(7):
# "\%" keeps it whole).  An identifier is a word that, joined again,
# contains "_" or "/", or is in capitals (an errno).
use strict;
use warnings;
binmode STDIN, ':utf8';
binmode STDOUT, ':utf8';
my ($page, $n, $head) = ('', 0, undef);
while (my $l = <STDIN>) {
	chomp $l;
	my ($p, $num, $text) = $l =~ /^(.*?): rendered line (\d+): (.*)$/
	    or next;
	if (defined $head && $p eq $page) {
		my ($tail) = $text =~ /^\s*(\S+)/;
		my $w = $head . ($tail // '');
		$w =~ s/[.,;:)]+$//;
		print "$page: rendered line $n: $w\n"
		    if $w =~ m{[_/]} || $w =~ /^\(?[A-Z][A-Z0-9]+$/;
	}
	($page, $n) = ($p, $num);
	($head) = $text =~ /(\S+)\x{2010}\s*$/;
}
