m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.pidfd_getfd.2]]])m4_dnl
.SH NAME
pidfd_getfd \- permission check of pidfd_getfd (ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%pidfd_getfd ()
system call gives the caller a copy of a file descriptor
that belongs to the process a pidfd refers to.
Its full description is in the manual page of
.BR \%pidfd_getfd ()
that comes with the system;
this page records only the permission check the call makes.
.SS Permission check
m4_undivert([[[access.pidfd_getfd]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.pidfd_getfd]]])m4_dnl
.SH SEE ALSO
.BR \%pidfd_open (2),
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
