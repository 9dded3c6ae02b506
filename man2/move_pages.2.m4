m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.move_pages.2]]])m4_dnl
.SH NAME
move_pages \- permission check of move_pages (ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%move_pages ()
system call tells on which memory node
each of a list of pages of a process lies,
or moves those pages to the nodes it is given.
Its full description is in the manual page of
.BR \%move_pages ()
that comes with the system;
this page records only the permission check the call makes.
.SS Permission check
m4_undivert([[[access.move_pages]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.move_pages]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
