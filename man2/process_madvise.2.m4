m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.process_madvise.2]]])m4_dnl
.SH NAME
process_madvise \- permission check of process_madvise
(ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%process_madvise ()
system call gives the kernel advice about how ranges of memory
of the process that a pidfd refers to will be used,
as
.BR \%madvise (2)
does for the caller's own memory.
Its full description is in the manual page of
.BR \%process_madvise ()
that comes with the system;
this page records only the permission check the call makes.
.SS Permission check
m4_undivert([[[access.process_madvise]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.process_madvise]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
