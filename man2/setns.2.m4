m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.setns.2]]])m4_dnl
.SH NAME
setns \- permission check of setns (ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%setns ()
system call moves the calling thread into other namespaces:
the one that a namespace file descriptor refers to,
or, given a pidfd, some or all of the namespaces of that process.
Its full description is in the manual page of
.BR \%setns ()
that comes with the system;
this page records only the permission check the call makes.
.SS Permission check
m4_undivert([[[access.setns]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.setns]]])m4_dnl
.SH SEE ALSO
.BR \%pidfd_open (2),
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
