m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.migrate_pages.2]]])m4_dnl
.SH NAME
migrate_pages \- permission check of migrate_pages
(ptrace-access companion page)
.SH DESCRIPTION
The
.BR \%migrate_pages ()
system call moves the pages of a process
from one set of memory nodes to another.
Its full description is in the manual page of
.BR \%migrate_pages ()
that comes with the system;
this page records only the permission check the call makes.
.SS Permission check
m4_undivert([[[access.migrate_pages]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.migrate_pages]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
