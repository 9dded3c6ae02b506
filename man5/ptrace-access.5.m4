m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.ptrace-access.5]]])m4_dnl
.SH NAME
ptrace\-access \- format of the spec of ptrace access mode checks
.SH SYNOPSIS
.nf
.I spec/ptrace\-access.yaml
.fi
.SH DESCRIPTION
The spec is a YAML file that describes the Linux ptrace access mode checks:
the flags of the check,
the steps the kernel takes to decide it,
and every interface that makes such a check.
.BR ptrace\-access (1)
reads it,
validates all of it,
and generates manual pages,
a JSON table,
and conformance tests from it.
This page describes version 1 of the format.
.P
The file holds one YAML document,
whose top level is a mapping.
Every mapping in the format has a fixed set of keys.
A key that is not listed here,
a key given twice in one mapping,
a required key that is missing,
or a value of the wrong kind
(a scalar where a sequence or a mapping is expected,
or the other way round)
is an error.
Every scalar is read as a string;
the generator itself converts the numbers,
versions and booleans that the format defines.
A boolean is written
.B true
or
.BR false .
No scalar may be empty.
.P
Several keys hold
.IR text :
prose in the markup described under
.BR Markup ,
usually written as a YAML block scalar
.RB ( | ).
A
.I version
is two or three decimal numbers separated by dots,
such as
.B 4.5
or
.BR 2.6.27 .
A
.I commit
is an abbreviated or full Linux kernel commit id:
12 to 40 lowercase hexadecimal digits.
.SS Top level
.TP
.BR schema " (scalar, required)"
The version of the format:
.B 2
for a spec that gives version ranges,
as described under
.BR "Versions and ranges" ,
or
.B 1
for one that describes a single release.
A schema 1 spec is upgraded when it is read:
its
.B releases
are
.B kernel
and every release that a
.B seen_in
names,
and every fact in it holds in
.BR kernel ,
except a change seen only in a newer release.
A schema 1 spec that uses a key of schema 2 is refused.
.TP
.BR date " (scalar, optional)"
The date of the last nontrivial change,
in the form
.IR YYYY\-MM\-DD ,
printed in the
.B .TH
line of every page.
Without it,
the date is taken from the environment variable
.B SOURCE_DATE_EPOCH
(see
.BR ptrace\-access (1)).
.TP
.BR kernel " (scalar, required)"
The release of Linux that the pages and tests describe
when no other is asked for,
such as
.BR 7.3.4 .
In schema 2 it must be the newest of
.BR releases .
.TP
.BR releases " (sequence of mappings, required in schema 2)"
The releases of Linux the spec was checked against,
oldest first,
as described under
.BR Releases .
The spec covers the releases from the first to the last.
.TP
.BR copyright " (scalar, required)"
The copyright holders,
copied into the comment header of every page after the word
.IR Copyright .
.TP
.BR license " (scalar, required)"
The SPDX license identifier of the pages,
such as
.BR GPL\-2.0\-or\-later ;
letters,
digits,
and the characters
.RB \[aq] \- \[aq],
.RB \[aq] . \[aq],
and
.RB \[aq] + \[aq].
.TP
.BR intro " (text, required)"
The opening paragraphs of the subsection of
.BR ptrace (2)
that describes the check.
.TP
.BR flags " (sequence of mappings, required)"
The flags of the check,
described under
.BR Flags .
Each of the five flags must be described exactly once.
.TP
.BR algorithm " (mapping, required)"
The steps of the check,
described under
.BR Algorithm .
.TP
.BR interfaces " (sequence of mappings, required)"
The interfaces that make the check,
described under
.BR Interfaces .
.TP
.BR helpers " (sequence of mappings, optional)"
The kernel functions that make the check for their callers,
described under
.BR Helpers .
.SS Flags
Each element of
.B flags
is a mapping with these keys,
all of them required:
.TP
.BR name " (scalar)"
The name of the flag without the
.B PTRACE_MODE_
prefix:
.BR READ ,
.BR \%ATTACH ,
.BR NOAUDIT ,
.BR FSCREDS ,
or
.BR REALCREDS .
.TP
.BR kind " (scalar)"
.B level
for
.B READ
and
.BR \%ATTACH ,
.B creds
for
.B FSCREDS
and
.BR REALCREDS ,
and
.B modifier
for
.BR NOAUDIT .
.TP
.BR value " (scalar)"
The value of the flag,
in decimal,
in hexadecimal with a
.B 0x
prefix,
or in octal with a leading
.BR 0 .
The kind and the value must be those the kernel defines:
.B 0x01
for
.BR READ ,
.B 0x02
for
.BR \%ATTACH ,
.B 0x04
for
.BR NOAUDIT ,
.B 0x08
for
.BR FSCREDS ,
and
.B 0x10
for
.BR REALCREDS .
.TP
.BR since " (mapping)"
The first version of Linux that had the flag,
as described under
.BR "Versions and ranges" .
.TP
.BR text " (text)"
The description of the flag in
.BR ptrace (2).
.SS Releases
Each element of
.B releases
is a mapping with these keys:
.TP
.BR version " (scalar, required)"
The release,
such as
.BR 6.12.117 .
.TP
.BR read " (scalar)"
The source tree that was read,
such as the name and version of a Debian package.
.TP
.BR observed " (scalar)"
How a running kernel of that release was observed,
when its source was not read.
.P
Exactly one of
.B read
and
.B observed
must be given.
.SS Versions and ranges
A fact that holds only in some releases has a range:
it holds from its
.B since
release up to,
but not including,
its
.B until
release.
Either bound may be left out:
without
.BR since ,
the fact holds in every release before
.BR until ;
without
.BR until ,
it still holds.
The
.B since
and
.B until
keys of an interface,
a gate,
a note
or a variant are mappings with these keys:
.TP
.BR version " (scalar, optional)"
The version of Linux.
.TP
.BR commit " (scalar, optional)"
The kernel commit that made the change.
It is kept as a comment in the generated pages.
.TP
.BR unconfirmed " (scalar, optional)"
Why the version is not known,
in a few words.
.TP
.BR seen_in " (scalar, optional)"
The oldest release known to have the change,
such as 6.18.44,
when the release that made it is not known.
.TP
.BR after " (scalar, optional; schema 2)"
The newest release known not to have the change.
.P
Exactly one of
.B version
and
.B unconfirmed
must be given.
A release that
.B seen_in
or
.B after
names must be listed under
.BR releases .
When the version is unconfirmed,
the change happened after
.B after
and no later than
.BR seen_in ;
for a release in between,
the spec does not know whether the fact holds,
and a command asked for that release says so and fails.
The
.B since
of a range must come before its
.BR until ,
and
.B after
before
.BR seen_in .
.P
A release that falls between two listed ones
is judged by the ranges:
a fact holds from the first release seen with it.
Stable releases of an older series that took a change later
are not told apart;
a note says so where it is known.
.SS Algorithm
The
.B algorithm
mapping has two keys,
both required:
.TP
.BR intro " (text)"
The paragraphs before the steps.
.TP
.BR steps " (sequence of mappings)"
The steps,
in the order the kernel takes them.
In
.BR ptrace (2)
they are numbered (1), (2), and so on.
.P
Each step is a mapping with these keys:
.TP
.BR id " (scalar, required)"
A name that the tests use to refer to the step,
made of letters,
digits,
and
.RB \[aq] \- \[aq].
The ids of all steps and substeps must differ.
.TP
.BR label " (scalar, required)"
A few words that name the step in the output of the tests.
.TP
.BR text " (text, required)"
What the step does.
.TP
.BR bullets " (sequence of texts, optional)"
Conditions that the text introduces,
printed as a bulleted list after it.
.TP
.BR after " (text, optional)"
A paragraph printed after the bullets and inside the step.
.TP
.BR sub " (sequence of mappings, optional)"
The substeps,
numbered (5.1),
(5.2),
and so on.
A substep has the same keys as a step,
except
.BR sub :
substeps do not nest.
.TP
.BR variants " (sequence of mappings, optional; schema 2)"
Forms of the step that hold only in a range of releases.
Each is a mapping with the keys
.B id
(required),
.B since
and
.B until
(at least one of them),
and
.B text
and
.B after
(at least one of them).
In the pages for a release,
the text of the variant that holds there follows the step's own
.BR text ,
and its
.B after
follows the step's
.BR after ;
the step's own text should say only what holds in every release.
The JSON names the variant in force for a release.
.SS Interfaces
Each element of
.B interfaces
is a mapping with these keys:
.TP
.BR name " (scalar, required)"
The name of the interface:
a system call such as
.BR kcmp ,
or a pathname such as
.IR /proc/[pid]/environ ,
where the brackets mark a variable part.
It is made of letters,
digits,
and the characters
.RB \[aq] _ \[aq],
.RB \[aq] / \[aq],
.RB \[aq] [ \[aq],
.RB \[aq] ] \[aq],
.RB \[aq] * \[aq],
.RB \[aq] . \[aq],
and
.RB \[aq] \- \[aq].
The names of all interfaces must differ.
.TP
.BR id " (scalar, optional)"
A name for the interface that is safe in file names,
made of letters,
digits,
and
.RB \[aq] _ \[aq].
It names the fragment
.IR access. id
and the test
.IR id .c .
By default,
it is derived from
.BR name :
letters and digits are kept and lowercased,
and each run of other characters becomes one
.RB \[aq] _ \[aq],
except at the start and at the end;
so
.I /proc/[pid]/environ
gives
.BR proc_pid_environ .
The ids of all interfaces must differ.
.TP
.BR kind " (scalar, required)"
.BR syscall ,
.BR proc ,
.BR ioctl ,
or
.BR prctl .
.TP
.BR mode " (sequence, required)"
The flags of the check,
as described under
.BR Modes .
.TP
.BR operation " (scalar, required)"
The operation that makes the check:
.BR open ,
.BR read ,
.BR readlink ,
.BR follow ,
.BR readdir ,
.BR lookup ,
.BR getattr ,
.BR permission ,
.BR syscall ,
or
.BR ioctl .
.TP
.BR page " (scalar, required)"
The manual page that documents the interface,
written
.IR name ( section ),
such as
.BR kcmp(2) ;
the name is made of lowercase letters,
digits,
and
.RB \[aq] _ \[aq],
and the section is a digit from 1 to 8.
The generator writes the ERRORS entries of every page other than
.BR ptrace (2)
and
.BR proc (5).
.TP
.BR denial " (scalar, required)"
What happens when the check fails,
as described under
.BR Denials .
.TP
.BR since " (mapping, required)"
The first version of Linux that made the check,
as described under
.BR "Versions and ranges" .
.TP
.BR until " (mapping, optional; schema 2)"
The first version of Linux that no longer made the check.
.TP
.BR notes " (sequence of mappings, optional; schema 2)"
Sentences about the interface that hold only in a range of releases,
such as an error that changed.
Each is a mapping with the keys
.B since
and
.B until
(at least one of them)
and
.B text
(required).
The pages for a release print the notes that hold there after the
.B text
of the interface.
.TP
.BR source " (mapping, required)"
Where the kernel makes the check,
with two required keys:
.B file
is the source file,
such as
.IR kernel/kcmp.c ,
made of letters,
digits,
and the characters
.RB \[aq] / \[aq],
.RB \[aq] . \[aq],
.RB \[aq] _ \[aq],
and
.RB \[aq] \- \[aq];
.B function
is the function whose body calls
.BR \%ptrace_may_access (),
.BR \%__ptrace_may_access (),
or one of the helpers (see
.BR Helpers )
for this interface,
made of letters,
digits,
and
.RB \[aq] _ \[aq].
A helper itself is never named here: its callers are.
A system call defined with
.BI \%SYSCALL_DEFINE n ( name ,\~...)
is named
.B \%sys_\c
.IR name ,
and one defined with
.B \%COMPAT_SYSCALL_DEFINE
.B \%compat_sys_\c
.IR name .
The optional key
.B also
is a sequence of mappings with the same two keys:
more functions that make the same check for the interface,
such as the variant of a file for kernels without an MMU.
.BR "ptrace\-access audit"
expects every such function to make a check,
and every function that makes one to be named by some interface.
.TP
.BR summary " (text, required)"
What the interface is,
in one sentence.
.TP
.BR text " (text, optional)"
More about the check of this interface,
added to its paragraph.
.TP
.BR gates " (sequence of mappings, optional)"
Other checks that decide together with this one,
as described under
.BR Gates .
.TP
.BR history " (sequence of mappings, optional)"
The changes of the mode,
oldest first,
as described under
.BR History .
.TP
.BR probe " (mapping, required)"
How the tests exercise the interface,
as described under
.BR Probes .
.TP
.BR example " (scalar, optional)"
If
.BR true ,
the interface is listed among the examples in
.BR ptrace (2).
The default is
.BR false .
.SS Modes
A mode is a sequence of flag names,
each given at most once:
exactly one of
.B READ
and
.BR \%ATTACH ,
exactly one of
.B FSCREDS
and
.BR REALCREDS ,
and optionally
.BR NOAUDIT .
In the
.B before
key of a history entry,
.B FSCREDS
and
.B REALCREDS
may both be left out,
because Linux 4.5 introduced them.
.SS Denials
A denial is one of:
.TP
.I errno
The call fails with this error.
The name is one of
.BR E2BIG ,
.BR \%EACCES ,
.BR EAGAIN ,
.BR EBADF ,
.BR EBUSY ,
.BR ECHILD ,
.BR EEXIST ,
.BR EFAULT ,
.BR EINTR ,
.BR \%EINVAL ,
.BR EIO ,
.BR ELOOP ,
.BR ENODEV ,
.BR ENOENT ,
.BR ENOMEM ,
.BR ENOSYS ,
.BR ENOTTY ,
.BR ENXIO ,
.BR EOPNOTSUPP ,
.BR EPERM ,
.BR ERANGE ,
or
.BR ESRCH .
.TP
.B zeroed
The operation succeeds,
but some fields are shown as zero.
.TP
.B prints\-zero
The file reads as
.BR 0 .
.TP
.B omitted
The entry is left out of a listing.
.TP
.B none
The check never denies access.
.SS Gates
A gate is another check,
such as a capability,
a sysctl,
or a mount option,
that decides together with the ptrace access mode check.
Each gate is a mapping with these keys:
.TP
.BR kind " (scalar, required)"
.BR capability ,
.BR sysctl ,
or
.BR mount .
.TP
.BR name " (scalar, required)"
The name of the capability,
the sysctl,
or the mount option,
such as
.B CAP_SYS_ADMIN
or
.BR hidepid=2 ;
letters,
digits,
and the characters
.RB \[aq] _ \[aq],
.RB \[aq] \- \[aq],
.RB \[aq] = \[aq],
and
.RB \[aq] . \[aq].
.TP
.BR order " (scalar, required)"
.B before
if the gate is checked first,
so that its denial wins;
.B after
if it is checked after the ptrace access mode check;
.B bypass
if it lets the caller through a failed check.
.TP
.BR denial " (scalar)"
What the gate gives when it denies,
as described under
.BR Denials .
It is required unless
.B order
is
.BR bypass ,
or
.B kind
is
.BR mount :
a mount option such as
.B hidepid
may only decide whether the check is made,
and then gives no denial of its own.
.TP
.BR text " (text, required)"
The sentences about the gate,
added to the paragraph of the interface.
.TP
.BR since ", " until " (mappings, optional)"
The range of releases in which the gate applies;
without them it applies in every release.
In the pages,
a gate,
a note
or a variant that is newer than the oldest release the spec covers
ends with a sentence that says since when it holds.
.SS History
Each history entry records one change of the mode,
and is a mapping with these keys:
.TP
.BR version " (scalar, optional)"
The version of Linux that made the change.
.TP
.BR commit " (scalar, optional)"
The kernel commit that made the change.
.TP
.BR unconfirmed " (scalar, optional)"
Why the version is not known.
.TP
.BR before " (sequence, required)"
The mode before the change,
as described under
.BR Modes .
The mode after the change is the
.B before
of the next entry,
or the
.B mode
of the interface for the last entry.
.TP
.BR text " (text, optional)"
More about the change.
.P
Exactly one of
.B version
and
.B unconfirmed
must be given.
.SS Probes
The
.B probe
mapping has these keys:
.TP
.BR method " (scalar, required)"
The way the test exercises the interface,
from the list below.
.TP
.BR arg " (scalar, depends on the method)"
The argument of the method,
which some methods require,
some allow,
and the others refuse.
.TP
.BR needs " (scalar, optional)"
A kernel feature that the probe needs,
in a few words.
.P
These methods take an argument:
.TP
.B open_read
Open a file under
.IR /proc/ pid
and read from it.
The argument is required:
the name of the file relative to
.IR /proc/ pid ,
such as
.BR environ ,
made of letters,
digits,
and the characters
.RB \[aq] _ \[aq],
.RB \[aq] \- \[aq],
.RB \[aq] . \[aq],
and
.RB \[aq] / \[aq],
not starting with
.RB \[aq] / \[aq],
without
.BR .. ,
and at most 40 bytes long.
.TP
.B readlink
Read a symbolic link under
.IR /proc/ pid .
The argument is required,
and is written as for
.BR open_read .
.TP
.B stat_fields
Read
.IR /proc/ pid /stat .
The optional argument lists the numbers of the fields
that a failed check shows as zero,
from 3 to 52,
separated by commas;
the default is
.BR 28,45,48,50 .
.TP
.B ptrace_attach
Attach with
.BR PTRACE_ATTACH ,
or with
.B PTRACE_SEIZE
if the optional argument is
.BR seize .
.TP
.B kcmp
Call
.BR kcmp (2).
The optional argument is the type to compare:
.B KCMP_VM
(the default),
.BR KCMP_FILE ,
.BR KCMP_FILES ,
.BR KCMP_FS ,
.BR \%KCMP_SIGHAND ,
.BR KCMP_IO ,
or
.BR KCMP_SYSVSEM .
.TP
.B setns_pidfd
Join a namespace of the target through a pidfd.
The optional argument is the namespace:
.B uts
(the default),
.BR ipc ,
or
.BR net .
.TP
.B pidfd_ns_ioctl
Get a namespace of the target through an
.BR ioctl (2)
on a pidfd.
The argument is required:
.BR cgroup ,
.BR ipc ,
.BR mnt ,
.BR net ,
.BR pid ,
.BR pid_for_children ,
.BR time ,
.BR time_for_children ,
.BR user ,
or
.BR uts .
.TP
.B hidepid_access
Open the directory
.IR /proc/ pid
in a
.I /proc
instance of the test's own,
mounted with the
.B hidepid
option in a private mount namespace.
The optional argument is the value of the option:
.B noaccess
(the default),
.BR invisible ,
or
.BR ptraceable .
.TP
.B hidepid_stat
Call
.BR stat (2)
on that directory.
The optional argument is
.B invisible
(the default)
or
.BR ptraceable .
.TP
.B hidepid_readdir
List that
.I /proc
instance and look for the target.
The optional argument is
.B invisible
(the default)
or
.BR ptraceable .
.P
These methods take no argument:
.BR wchan ,
.BR map_files_readdir ,
.BR map_files_lookup ,
.BR map_files_readlink ,
.BR map_files_open ,
.BR process_vm_readv ,
.BR process_vm_writev ,
.BR get_robust_list ,
.BR migrate_pages ,
.BR move_pages ,
.BR perf_event_open ,
.BR sched_core_get ,
.BR pidfd_getfd ,
.BR process_madvise ,
and
.B hidepid_lookup
(an
.B O_PATH
open of
.IR /proc/ pid
in a
.I /proc
instance mounted with
.BR hidepid=ptraceable ).
.SS Helpers
Each element of
.B helpers
names a kernel function that makes the check on behalf of its callers,
with the keys of
.BR source :
.B file
and
.B function
(both required).
A function belongs here when its callers choose the mode,
such as
.BR \%mm_access (),
or when it serves several interfaces with one fixed mode,
such as
.BR \%lock_trace ().
.BR "ptrace\-access audit"
treats a call of a helper like a call of
.BR \%ptrace_may_access ():
the caller is the function an interface names,
and the mode is the one that reaches the check,
which it works out from the helper's body.
It reports a function that passes its own argument as the mode to
.BR \%ptrace_may_access ()
or
.BR \%__ptrace_may_access ()
but is not listed here,
since every caller of such a function is a check of its own.
A listed helper that a kernel does not define is not an error:
the list covers every release the spec describes.
.SS Markup
A text is a sequence of lines.
Each sentence starts on a line of its own,
and a long sentence may be split at its clauses;
a line that holds the end of one sentence and the start of another
is an error.
An empty line separates paragraphs.
No line may start or end with a space,
or hold a control character,
a tab included.
The newline that ends a block scalar is not part of the text,
and a text may not be empty.
.P
Within a line,
these spans set a font or mark a reference:
.TP
.BI {b: text }
Bold,
for a constant,
an error name,
or a flag.
.TP
.BI {i: text }
Italic,
for an argument,
a variable,
or emphasis.
.TP
.BI {man: name ( section )}
A reference to a manual page,
such as
.BR {man:kcmp(2)} .
.TP
.BI {path: pathname }
A pathname,
such as
.BR {path:/proc/[pid]/environ} ;
a part in brackets is variable,
and is printed in roman without the brackets.
Brackets pair up and do not nest.
.TP
.BR {{ " and " }}
A literal
.RB \[aq] { \[aq]
and a literal
.RB \[aq] } \[aq].
.P
A span is not empty,
does not nest,
and does not cross a line.
A single brace that does not start or end a span is an error.
Everything else is literal text:
the markup has no way into the language of any output,
and the generator escapes what each output needs.
.SS Limits
The file may be at most 16\~MiB (16777216 bytes) long.
A scalar may be at most 64\~KiB (65536 bytes) long,
and may not contain a null byte.
Sequences and mappings may be nested at most 16 deep,
and the document may have at most 1048576 nodes.
The file holds exactly one document.
Anchors and aliases are not allowed,
and neither are merge keys
.RB ( << ).
A byte-order mark and CRLF line ends are accepted.
The only tags allowed are the core ones:
.B !!str
on a scalar,
.B !!seq
on a sequence,
and
.B !!map
on a mapping.
.SH FILES
.TP
.I spec/ptrace\-access.yaml
The spec of the project,
relative to the top of its tree.
.SH EXAMPLES
A complete interface entry:
.P
.in +4n
.EX
\- name: kcmp
  kind: syscall
  mode: [READ, REALCREDS]
  operation: syscall
  page: kcmp(2)
  denial: EPERM
  since: {version: 3.5}
  source: {file: kernel/kcmp.c, function: sys_kcmp}
  summary: |
    Comparing kernel resources of two processes.
  text: |
    Both processes named by the call are checked.
  history:
    \- version: 4.5
      commit: caaee6234d05
      before: [READ]
  probe: {method: kcmp, arg: KCMP_FILE}
  example: true
.EE
.in
.P
A gate that came with a release the authors did not pin down,
seen absent in one release they read and present in a later one
they observed,
both listed under
.BR releases :
.P
.in +4n
.EX
gates:
  \- kind: capability
    name: CAP_PERFMON
    order: bypass
    since:
      unconfirmed: "probably 6.15; no tag seen"
      after: 6.12.117
      seen_in: 6.18.44
    text: |
      A caller that has {b:CAP_PERFMON} passes a failed check.
.EE
.in
.SH SEE ALSO
.BR ptrace\-access (1),
.BR kcmp (2),
.BR ptrace (2),
.BR proc (5),
.BR man\-pages (7)
