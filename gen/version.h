/* The version of ptrace-access, for --version; raised at each release. */
#ifndef VERSION_H
#define VERSION_H

#define PA_VERSION	"0.1"

#endif /* !VERSION_H */
