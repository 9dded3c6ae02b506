m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.get_robust_list.2]]])m4_dnl
.SH NAME
get_robust_list \- permission check of get_robust_list
(ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%get_robust_list ()
system call returns the head of a thread's list of robust futexes,
which the kernel walks when the thread exits.
Its full description is in the manual page of
.BR \%get_robust_list ()
that comes with the system;
this page records only the permission check the call makes.
.SS Permission check
m4_undivert([[[access.get_robust_list]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.get_robust_list]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
