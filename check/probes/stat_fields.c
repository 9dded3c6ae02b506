static const int guarded[] = STAT_FIELDS;
#define NGUARDED	(sizeof(guarded) / sizeof(*guarded))

static int
is_guarded(int field)
{
	size_t	 i;

	for (i = 0; i < NGUARDED; i++)
		if (guarded[i] == field)
			return 1;
	return 0;
}

/*
 * A denied read still succeeds: the guarded fields show 0 instead.
 * The command name (field 2) may hold spaces, so fields are counted
 * from its closing parenthesis.
 */
static void
probe(pid_t pid, struct pa_outcome *o)
{
	char	 path[64], line[1024], *p, *word, *last;
	size_t	 zeros;
	int	 field;
	FILE	*fp;

	pa_proc_path(path, sizeof(path), pid, "stat");
	fp = fopen(path, "re");
	if (!fp) {
		pa_failed(o, errno);
		return;
	}
	p = fgets(line, sizeof(line), fp);
	fclose(fp);
	if (p)
		p = strrchr(line, ')');
	if (!p) {
		pa_outcome(o, PA_BROKEN, "cannot read %s", path);
		return;
	}
	zeros = 0;
	field = 3;
	for (word = strtok_r(p + 1, "\n ", &last); word;
	    word = strtok_r(NULL, "\n ", &last), field++)
		if (is_guarded(field) && strtoul(word, NULL, 10) == 0)
			zeros++;
	if (zeros == NGUARDED)
		pa_outcome(o, PA_ZEROED, "guarded fields are 0");
	else if (zeros == 0)
		pa_allowed(o);
	else
		pa_outcome(o, PA_BROKEN, "%zu of %zu guarded fields are 0",
		    zeros, NGUARDED);
}
