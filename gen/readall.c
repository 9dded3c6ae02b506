#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "msg.h"
#include "readall.h"
#include "xalloc.h"

char *
read_all(FILE *fp, size_t max, size_t *len)
{
	char	*buf = NULL;
	size_t	 cap = 0, want, n;
	size_t	 limit = max == 0 ? SIZE_MAX - 1 : max + 1;

	*len = 0;
	do {
		if (*len + 1 >= cap) {
			cap = cap ? cap * 2 : 8192;
			buf = xreallocarray(buf, cap, 1);
		}
		want = cap - *len - 1;
		if (want > limit - *len)
			want = limit - *len;
		n = fread(buf + *len, 1, want, fp);
		*len += n;
	} while (n > 0 && *len < limit);
	if (ferror(fp) || (max != 0 && *len > max)) {
		if (!ferror(fp))
			errno = EFBIG;
		free(buf);
		return NULL;
	}
	buf[*len] = '\0';
	return buf;
}

/*
 * Through zlib, which reads a gzipped file (an installed page) and a
 * plain one alike.
 */
char *
read_path(const char *path, size_t *len)
{
	gzFile	 gz;
	char	*buf = NULL;
	size_t	 cap = 0;
	int	 n, e;

	*len = 0;
	if ((gz = gzopen(path, "rb")) == NULL) {
		msg_fatal("%s: cannot open: %s", path, strerror(errno ?
		    errno : ENOMEM));
		return NULL;
	}
	do {
		if (*len + 1 >= cap) {
			cap = cap ? cap * 2 : 65536;
			buf = xreallocarray(buf, cap, 1);
		}
		n = gzread(gz, buf + *len, (unsigned int)(cap - *len - 1 >
		    INT_MAX ? INT_MAX : cap - *len - 1));
		if (n > 0)
			*len += (size_t)n;
	} while (n > 0);
	if (n < 0) {
		msg_fatal("%s: read error: %s", path, gzerror(gz, &e));
		gzclose(gz);
		free(buf);
		return NULL;
	}
	gzclose(gz);
	buf[*len] = '\0';
	return buf;
}
