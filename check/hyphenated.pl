#!/usr/bin/perl
# Read a rendered page; print the identifiers that roff hyphenated
# across a line break (man-pages(7): "\\%" keeps them whole).
# An identifier is a word that, joined again,
# contains "_" or "/", or is in capitals (an errno).
binmode STDIN, ':utf8'; binmode STDOUT, ':utf8';
my @l = <STDIN>;
for my $i (0 .. $#l - 1) {
	next unless $l[$i] =~ /(\S+)\x{2010}\s*$/;
	my $head = $1;
	my ($tail) = $l[$i + 1] =~ /^\s*(\S+)/;
	my $w = $head . ($tail // '');
	$w =~ s/[.,;:)]+$//;
	print $i + 1, ": $w\n" if $w =~ m{[_/]} || $w =~ /^\(?[A-Z][A-Z0-9]+$/;
}
