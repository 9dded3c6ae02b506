m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.kcmp.2]]])m4_dnl
.SH NAME
kcmp \- permission check of kcmp (ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%kcmp ()
system call tells whether two processes share a kernel resource,
such as an open file description, a memory map or a filesystem context.
Its full description is in the manual page of
.BR \%kcmp ()
that comes with the system;
this page records only the permission check the call makes.
.SS Permission check
m4_undivert([[[access.kcmp]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.kcmp]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
