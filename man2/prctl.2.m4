m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.prctl.2]]])m4_dnl
.SH NAME
prctl \- permission check of PR_SCHED_CORE (ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%prctl ()
system call performs many unrelated operations on processes and threads.
One of them,
.BR \%PR_SCHED_CORE ,
reads or changes the core scheduling cookie of a thread,
a thread group or a process group:
only threads with the same cookie may run at the same time
on the hardware threads of one CPU core.
Its full description is in the manual page of
.BR \%prctl ()
that comes with the system;
this page records only the permission check that operation makes.
.SS Permission check of PR_SCHED_CORE
m4_undivert([[[access.prctl_sched_core]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.prctl]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
