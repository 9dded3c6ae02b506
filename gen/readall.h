/* Reading a whole file into memory, for the spec and for pages. */
#ifndef READALL_H
#define READALL_H

#include <stddef.h>
#include <stdio.h>

/*
 * Read the rest of fp into a NUL-terminated buffer the caller frees.
 * Returns NULL with errno set on a read error, or with errno EFBIG
 * when fp holds more than max bytes (0: no limit); then it stops
 * reading at max + 1 bytes, so a huge file costs no more than that.
 */
char	*read_all(FILE *fp, size_t max, size_t *len);

/*
 * Read the file at path whole, gunzipped if it is gzipped; NULL after
 * reporting why ("PATH: cannot open: ...") through msg.h.
 */
char	*read_path(const char *path, size_t *len);

#endif /* !READALL_H */
