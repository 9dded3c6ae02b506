#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

char *
read_path(const char *path, size_t *len)
{
	FILE	*fp;
	char	*buf;

	*len = 0;
	if ((fp = fopen(path, "r")) == NULL) {
		msg_fatal("%s: cannot open: %s", path, strerror(errno));
		return NULL;
	}
	if ((buf = read_all(fp, 0, len)) == NULL)
		msg_fatal("%s: read error: %s", path, strerror(errno));
	fclose(fp);
	return buf;
}
