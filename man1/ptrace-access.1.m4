m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.ptrace-access.1]]])m4_dnl
.SH NAME
ptrace\-access \- generate pages and tests on ptrace access mode checks
.SH SYNOPSIS
.B ptrace\-access
.RB [ \-\-spec
.IR file ]
.B validate
.br
.B ptrace\-access
.RB [ \-\-spec
.IR file ]
.B man \-\-out
.I dir
.RB [ \-\-layout
.BR single | split ]
.RB [ \-\-kernel
.IR version ]
.br
.B ptrace\-access
.RB [ \-\-spec
.IR file ]
.B json
.RB [ \-\-kernel
.IR version ]
.br
.B ptrace\-access
.RB [ \-\-spec
.IR file ]
.B tests \-\-out
.I dir
.RB [ \-\-format
.BR tap | ltp | kselftest ]
.RB [ \-\-kernel
.IR version ]
.br
.B ptrace\-access
.RB [ \-\-spec
.IR file ]
.B lint
.RB [ \-\-format
.BR text | json | claims ]
.IR file .\|.\|.
.br
.B ptrace\-access
.RB [ \-\-spec
.IR file ]
.B splice \-\-tree
.I dir
.RB [ \-\-write ]
.RB [ \-\-format\-patch
.IR dir ]
.br
.B ptrace\-access
.RB [ \-\-spec
.IR file ]
.B audit \-\-kernel
.I dir
.RB [ \-\-format
.BR text | json ]
.br
.B ptrace\-access \-\-help
.br
.B ptrace\-access \-\-version
.SH DESCRIPTION
.B ptrace\-access
reads one YAML file,
the spec,
that describes the Linux ptrace access mode checks:
the flags of the check,
the steps the kernel takes to decide it,
and every interface that makes such a check.
The format of the spec is described in
.BR ptrace\-access (5).
From the spec,
it writes the roff fragments that the manual page templates include,
a JSON table of the interfaces,
and one C conformance test per interface.
.P
Every command loads and validates the whole spec first.
If the spec has any error,
every error is reported,
and nothing is written.
Output files are written to temporary files
and renamed into place only after all of them were written,
so that a failed run leaves every existing file as it was.
.P
The manual pages themselves are made by
.BR m4 (1)
from templates such as
.IR man2/kcmp.2.m4 ,
which include the fragments;
.I make man
runs both steps.
.SH COMMANDS
.TP
.B validate
Load the spec,
report every error in it,
and write nothing.
.TP
.BI "man \-\-out " dir
Write the roff fragments for the page templates into the directory
.IR dir ,
which must exist.
Among them are the
.IR head. page . section
fragments,
which hold the comment header and the
.B .TH
line of each page,
the
.IR access. id
fragment with the paragraph about each interface,
and the
.IR errors. page
fragment with the ERRORS entries of each page.
.TP
.BR "man \-\-layout single" | split
Choose how the files under
.I /proc
are laid out.
With
.BR single ,
the default,
they are all described in one
.BR proc (5)
page;
with
.BR split ,
each file is meant to have a page of its own.
.TP
.B json
Print the interface table as JSON on standard output:
one object per interface,
with the markup of its prose removed.
Without
.BR \-\-kernel ,
it gives every interface,
gate,
note
and step variant with the range of releases in which it holds;
with it,
only those that hold in that release.
.TP
.BI "\-\-kernel " version
For
.BR man ,
.BR json ,
.B tests
and
.BR splice :
describe Linux
.I version
as the ranges of the spec say it is
(see
.BR ptrace\-access (5)).
A build such as
.B 6.18.44\-fc\-v1045
stands for its release.
The pages and tests describe the release that the spec's
.B kernel
names when the option is not given.
A release outside the releases the spec covers,
or one in which the spec does not know whether a fact holds,
is an error.
.TP
.BI "tests \-\-out " dir
Write one C conformance test per interface into the directory
.IR dir ,
named after the interface's
.I id
with the suffix
.IR .c .
Each test exercises the interface from a caller against a target process
in a series of scenarios,
and compares the outcome with what the spec predicts.
.TP
.BR "tests \-\-format tap" | ltp | kselftest
With
.BR tap ,
the default,
the tests are built on the project's own harness
and report in the Test Anything Protocol.
With
.B ltp
or
.BR kselftest ,
.I dir
becomes a directory to drop as it is into the tree of the Linux Test Project
(as
.IR \%testcases/kernel/security/ptrace_access )
or of the kernel's selftests
(as
.IR \%tools/testing/selftests/ptrace_access ):
tests numbered in the order of the spec
.RI ( \%ptrace_access01.c ,
\&.\|.\|.),
with a helper and a
.I Makefile
in that project's own style.
.TP
.BI "lint " file .\|.\|.
Read manual pages
(plain or gzipped; a
.B .so
link is followed)
and patches
(unified diffs, the output of
.BR "git format\-patch" ,
or an mbox of a series),
find every sentence that ties an interface to a ptrace access mode,
and compare each with the spec.
In a patch, only added lines are judged.
A sentence about the past
(in HISTORY or VERSIONS,
or one that says
.RI \(lqbefore\ Linux\  X \(rq,
.RI \(lqsince\ Linux\  X \(rq
or \(lqinitially\(rq)
is compared with the mode the spec's history gives for that time.
The pages of one run are judged together:
an interface is documented when any of them documents it.
Each finding is reported as
.IP
.IR file : line : column :
.IR severity :
.RI interface ": page says " X "; spec says " Y
.RI "(kernel " source )
.RI [ id ]
.IP
with the severity
.B error
for a page that contradicts the kernel
.RB ( mismatch ,
or
.B history
for a sentence about the past),
and
.B warning
for a rule from before a change stated as current
.RB ( outdated ),
an interface no page of the run states
.RB ( missing ),
or one the spec does not know
.RB ( unknown ).
With
.BI "\-\-tree " dir ,
every page of sections 2, 5 and 7 of a man\-pages tree is read too.
With
.BR "\-\-format json" ,
every claim and every finding is printed as JSON;
with
.BR "\-\-format claims" ,
every claim is listed with its verdict.
.B \-\-werror
makes warnings fail the run.
.TP
.BI "splice \-\-tree " dir
Put the generated text into a man\-pages checkout in
.IR dir ,
in either the
.I man2/
or the
.I man/man2/
layout.
It only adds and corrects:
a mode that a page states wrongly is corrected word for word,
and a page of its own that does not state its interface\[aq]s check
gets the generated paragraph at the end of its \%DESCRIPTION,
with the history under \%HISTORY when the page has that section.
A check that a page states rightly is left as it is,
and so is every version tag, commit comment, and reviewer\[aq]s comment.
A page shared by other topics, such as
.BR proc (5)
for a file with no page of its own,
gets a warning that ends in
.IR "not spliced" .
By default the changes are printed as a unified diff;
with
.BR \-\-write ,
the pages are replaced;
with
.BI \-\-format\-patch " dir" ,
they are written into
.I dir
as a series that
.B git am
applies, one patch per page,
each naming the kernel file and function of its checks.
A second run changes nothing.
.TP
.BI "audit \-\-kernel " dir
Find every ptrace access mode check in the Linux source tree in
.I dir
and compare them with the spec as of the tree\[aq]s version,
which is read from the
.BR VERSION ,
.BR PATCHLEVEL ,
and
.B SUBLEVEL
of its top
.IR Makefile .
A check is a call of
.BR \%ptrace_may_access (),
.BR \%__ptrace_may_access (),
or one of the spec\[aq]s helpers,
attributed to the function whose body makes it
(see
.BR source " in " ptrace\-access (5));
its mode is worked out through the helpers.
Each disagreement is reported as
.IP
.IR file : line ": " message
.IP
with
.I file
relative to
.IR dir ,
or with the position in the spec:
a check that no interface names,
an interface whose function makes no check,
a check with another mode than the spec\[aq]s,
a function that passes its parameter on as the mode
but is not a helper of the spec,
and a check whose mode cannot be worked out.
The directories
.IR Documentation ,
.IR LICENSES ,
.IR scripts ,
.IR tools ,
and
.I usr
are not read.
A summary goes to standard error.
With
.BR "\-\-format json" ,
every check and every finding are printed as JSON.
.SH OPTIONS
The global options come before the command.
The options of a command come after its name,
and each takes its value as the next argument
or after an equals sign.
.TP
.BI "\-\-spec " file
Read the spec from
.I file
instead of the default one (see
.BR FILES ).
.TP
.BR \-h ", " \-\-help
Print a summary of the commands on standard output and exit.
.TP
.B \-\-version
Print the version of
.B ptrace\-access
on standard output and exit.
.SH EXIT STATUS
.TP
.B 0
Success.
.TP
.B 1
The input was read,
and checking it found problems:
.B lint
found an error
(or, with
.BR \-\-werror ,
a warning),
or
.B splice
found a wrong mode it could not correct word for word,
or
.B audit
found a kernel tree that disagrees with the spec.
.TP
.B 2
A usage error,
a spec that cannot be read or has errors,
a directory given to
.B audit
that does not exist or is not a kernel tree,
or an output file that cannot be written.
.SH ENVIRONMENT
.TP
.B SOURCE_DATE_EPOCH
When the spec has no
.I date
key,
the date in the
.B .TH
line of the pages is taken from this variable:
a number of seconds since the Epoch,
converted to a date in UTC.
If the spec has no date and the variable is unset or invalid,
loading the spec fails.
The clock is never used,
so that builds are reproducible.
.SH FILES
.TP
.I spec/ptrace\-access.yaml
The default spec,
in the source tree of a binary started by its path there
.RI ( gen/ptrace\-access ).
.TP
.I /usr/local/share/ptrace\-access/ptrace\-access.yaml
The default spec of an installed binary
(the data directory is set by
.BR "make install" ),
whatever the current directory.
The template that
.B splice
takes the subsection of
.BR ptrace (2)
from is beside it, in
.IR templates/ .
.SH DIAGNOSTICS
Errors are written to standard error in the form
.P
.in +4n
.EX
.IB file : line : column ": error: " message
.EE
.in
.P
where
.I line
and
.I column
start at 1,
and
.I column
counts bytes.
An error about the file as a whole,
or about the arguments of a command,
has no line and column:
.P
.in +4n
.EX
.IB file ": error: " message
.EE
.in
.P
Before the spec is read,
as for an unknown command,
.I file
is
.BR \%ptrace\-access .
.P
When a key,
an interface,
or an interface id is given twice,
the error is followed by a note
that points at the first definition:
.P
.in +4n
.EX
spec/ptrace\-access.yaml:40:5: error: duplicate key "since"
spec/ptrace\-access.yaml:38:5: note: first defined here
.EE
.in
.SH EXAMPLES
Build the generator and the manual pages:
.P
.in +4n
.EX
.RB "$ " "make man"
.EE
.in
.P
To change the mode of the check that
.BR kcmp (2)
makes,
edit the
.I mode
key of the
.I kcmp
entry in
.IR spec/ptrace\-access.yaml ,
for example to
.BR "[ATTACH, REALCREDS]" ,
and rebuild:
.BR make (1)
regenerates the fragments,
and every page that includes them,
such as
.I man2/kcmp.2
and
.IR man2/ptrace.2 .
.P
.in +4n
.EX
.RB "$ " "make man"
.EE
.in
.P
Print the interface table for a script:
.P
.in +4n
.EX
.RB "$ " "gen/ptrace\-access json"
.EE
.in
.SH SEE ALSO
.BR m4 (1),
.BR make (1),
.BR kcmp (2),
.BR ptrace (2),
.BR proc (5),
.BR ptrace\-access (5),
.BR man\-pages (7)
