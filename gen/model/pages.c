/* The pages with a template; see pages.h. */
#include <stdio.h>
#include <string.h>

#include "model/pages.h"

static const struct {
	const char	*name;
	int		 section;
} templates[] = {
	{ "get_robust_list", 2 }, { "ioctl_pidfd", 2 }, { "kcmp", 2 },
	{ "migrate_pages", 2 }, { "move_pages", 2 }, { "perf_event_open", 2 },
	{ "pidfd_getfd", 2 }, { "prctl", 2 }, { "process_madvise", 2 },
	{ "process_vm_readv", 2 }, { "ptrace", 2 }, { "setns", 2 },
	{ "proc", 5 },
};

#define NTEMPLATES	(sizeof(templates) / sizeof(templates[0]))

int
page_has_template(const char *name, int section)
{
	size_t	 i;

	for (i = 0; i < NTEMPLATES; i++)
		if (templates[i].section == section &&
		    strcmp(templates[i].name, name) == 0)
			return 1;
	return 0;
}

const char *
pages_expected(void)
{
	static char	 buf[512];
	size_t		 i, len = 0;

	if (buf[0] != '\0')
		return buf;
	for (i = 0; i < NTEMPLATES && len < sizeof(buf); i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len,
		    "%s%s(%d)", i == 0 ? "" : i + 1 == NTEMPLATES ? " or " :
		    ", ", templates[i].name, templates[i].section);
	return buf;
}
