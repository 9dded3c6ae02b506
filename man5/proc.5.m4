m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.proc.5]]])m4_dnl
.SH NAME
proc \- ptrace access mode checks of /proc files
(ptrace-access companion page)
.SH DESCRIPTION
Many files under
.IR \%/proc/ pid
show or change the state of the process
.IR pid .
Before the kernel lets another process use such a file,
it makes a ptrace access mode check,
described in the ptrace-access companion page of
.BR \%ptrace (2).
This page lists every such file,
with the check it makes and what a failure does;
the manual pages of
.I \%/proc
that come with the system describe the contents of the files.
.P
The same files exist under
.IR \%/proc/ pid \%/task/ tid ,
where they make the same checks.
.SS Files
m4_undivert([[[proc.entries]]])m4_dnl
.SH SEE ALSO
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
