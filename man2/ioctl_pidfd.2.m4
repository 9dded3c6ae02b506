m4_changequote([[[,]]])m4_dnl
m4_undivert([[[head.ioctl_pidfd.2]]])m4_dnl
.SH NAME
ioctl_pidfd \- permission check of the pidfd namespace requests
(ptrace-access companion page)
.SH DESCRIPTION
A family of
.BR \%ioctl (2)
requests on a pidfd,
from
.B \%PIDFD_GET_CGROUP_NAMESPACE
to
.BR \%PIDFD_GET_UTS_NAMESPACE ,
each returns a new file descriptor
for one of the namespaces of the process the pidfd refers to,
like the one obtained by opening a link under
.IR \%/proc/ pid \%/ns .
The requests are described in the system's manual pages;
see
.BR \%pidfd_open (2)
for pidfds.
This page records only the permission check the requests make.
.SS Permission check
m4_undivert([[[access.pidfd_get_namespace]]])m4_dnl
.SH ERRORS
m4_undivert([[[errors.ioctl_pidfd]]])m4_dnl
.SH SEE ALSO
.BR \%ioctl (2),
.BR \%pidfd_open (2),
.BR \%setns (2),
.BR \%ptrace (2),
.BR \%ptrace\-access (5)
