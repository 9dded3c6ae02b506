m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.process_vm_readv.2]]])m4_dnl
.SH NAME
process_vm_readv, process_vm_writev \-
permission checks of cross-process memory transfer
.SH DESCRIPTION
The
.BR \%process_vm_readv ()
and
.BR \%process_vm_writev ()
system calls copy data between the address space of the caller
and that of another process,
without going through a pipe or a file.
Their full description is in the manual page of
.BR \%process_vm_readv ()
that comes with the system;
this page records only the permission check the calls make.
.SS Permission check of process_vm_readv()
m4_undivert([[[access.process_vm_readv]]])m4_dnl
.SS Permission check of process_vm_writev()
m4_undivert([[[access.process_vm_writev]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.process_vm_readv]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
