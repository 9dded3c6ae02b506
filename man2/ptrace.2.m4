m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.ptrace.2]]])m4_dnl
.SH NAME
ptrace \- ptrace access mode checking (ptrace-access companion page)
.SH DESCRIPTION
This page covers one part of
.BR \%ptrace ():
how the kernel decides whether one process may inspect
or attach to another.
It is a companion to the manual page of
.BR \%ptrace ()
that comes with the system, not a replacement for it:
requests, arguments and return values are described there.
Every statement on this page about a particular interface
is generated from one specification,
which records, for each interface,
the check it makes and what a failure does.
.SS Attaching to a process
m4_undivert([[[access.ptrace_attach]]])m4_dnl
.\"
.\"""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""
.\"
.SS Ptrace access mode checking
m4_undivert([[[ptrace.intro]]])m4_dnl
.P
A check is made at one of two levels:
m4_undivert([[[ptrace.levels]]])m4_dnl
.P
Each check also names, with one of two modifiers,
which of the caller's credentials are compared with the target's:
m4_undivert([[[ptrace.creds]]])m4_dnl
.P
The kernel source names each of the four combinations:
m4_undivert([[[ptrace.combined]]])m4_dnl
.P
One further modifier may be added to any of them:
m4_undivert([[[ptrace.noaudit]]])m4_dnl
.P
These constants exist only inside the kernel;
user space never passes them.
Manual pages use their names as labels
that say precisely which check an interface makes.
.P
m4_undivert([[[ptrace.algorithm]]])m4_dnl
.\"
.\"""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""
.\"
.SS /proc/sys/kernel/yama/ptrace_scope
When the kernel is built with the Yama security module,
this file sets how far Yama narrows the checks described above.
Yama looks only at checks made at the
.B \%PTRACE_MODE_ATTACH
level;
it never restricts a
.B \%PTRACE_MODE_READ
check.
In the table of this page,
the checks it can restrict are those of:
m4_undivert([[[ptrace.yama]]])m4_dnl
.P
The values are:
.TP
0
Yama adds no restriction.
.TP
1
A
.B \%PTRACE_MODE_ATTACH
check also needs one of these:
the target descends from the caller\[aq]s thread group leader;
the target named the caller, or any process, with
.B \%PR_SET_PTRACER
(see
.BR \%prctl (2));
the caller already traces the target;
or the caller has
.B \%CAP_SYS_PTRACE
in the user namespace of the target.
A target that has exited is refused.
Upstream kernels start at this value;
some distributions, Debian among them, start at 0.
.TP
2
A
.B \%PTRACE_MODE_ATTACH
check also needs
.B \%CAP_SYS_PTRACE
in the user namespace of the target.
.TP
3
Every
.B \%PTRACE_MODE_ATTACH
check fails.
Once this value is written, the file cannot be changed again
until the system restarts.
.P
Writing the file needs
.BR \%CAP_SYS_PTRACE .
When Yama refuses a check,
the interface fails as it does for any failed check:
see the table below for the result of each.
.\"
.\"""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""""
.\"
.SS Interfaces that make a ptrace access mode check
The table below gives, for each interface,
the mode of its check without the
.B \%PTRACE_MODE_
prefix,
the operation that makes the check,
and the result of a failed check:
an error,
or, for some files,
.I masked
(the file hides some fields),
.I reads 0
(the file reads as 0),
.I left out
(the entry is missing from a listing),
or
.I never
(the check decides something other than access).
The pages of the interfaces give the other conditions they check.
.P
m4_undivert([[[ptrace.table]]])m4_dnl
.SH SEE ALSO
.BR \%get_robust_list (2),
.BR \%kcmp (2),
.BR \%prctl (2),
.BR \%process_vm_readv (2),
.BR \%ptrace\-access (1),
.BR \%proc (5),
.BR \%ptrace\-access (5),
.BR \%capabilities (7),
.BR \%credentials (7),
.BR \%user_namespaces (7)
