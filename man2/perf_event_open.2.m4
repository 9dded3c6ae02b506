m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.perf_event_open.2]]])m4_dnl
.SH NAME
perf_event_open \- permission check of perf_event_open
(ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%perf_event_open ()
system call creates a file descriptor that counts or samples
hardware and software events,
for the whole system or for one process.
Its full description is in the manual page of
.BR \%perf_event_open ()
that comes with the system;
this page records only the permission check the call makes
when the event watches another process.
.SS Permission check
m4_undivert([[[access.perf_event_open]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.perf_event_open]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
