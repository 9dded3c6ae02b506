#!/bin/sh
# Print the interface-by-scenario table from the rows the generated
# tests append to $PA_RESULTS (check/harness/report.c, record()):
#	interface <TAB> scenario <TAB> observed <TAB> ok|FAIL|skip <TAB> letter
# One row per interface, one column per scenario, in the order the
# tests run them.  The letters and their legend come from the harness
# (check/harness/pa_result.h): any test binary prints the legend when
# PA_LEGEND is set.
#   check/matrix-table.sh FILE [TEST-BINARY]
set -u
file=${1:?usage: check/matrix-table.sh FILE [TEST-BINARY]}
bin=${2:-$(ls check/bin/matrix/* 2>/dev/null | head -n 1)}
[ -s "$file" ] || { echo "matrix-table: $file is empty" >&2; exit 1; }
[ -x "$bin" ] || { echo "matrix-table: no test binary to ask for the legend" >&2; exit 1; }
legend=$(PA_LEGEND=1 "$bin") || exit 1

sort -t '	' -k1,1 -s "$file" | awk -F '\t' -v legend="$legend" '
!($2 in col) { col[$2] = ++ncols; name[ncols] = $2 }
!($1 in seen) { seen[$1] = 1; row[++nrows] = $1 }
{
	c = $5
	if ($4 == "FAIL") { c = c "!"; nfail++ }
	v[$1, col[$2]] = c
	if (length($1) > width) width = length($1)
}
END {
	printf "%-" width "s", "interface"
	for (j = 1; j <= ncols; j++) printf " %3d", j
	printf "\n"
	for (i = 1; i <= nrows; i++) {
		printf "%-" width "s", row[i]
		for (j = 1; j <= ncols; j++) {
			c = v[row[i], j]
			printf " %3s", c == "" ? "." : c
		}
		printf "\n"
	}
	# The legend, wrapped: "A allowed, P EPERM, ..., ! not what ...".
	n = split(legend, line, "\n")
	out = ""
	for (k = 1; k <= n + 1; k++) {
		if (k <= n) {
			split(line[k], f, "\t")
			word = f[1] " " f[2] ","
		} else
			word = "! not what the spec predicts."
		if (out != "" && length(out) + 1 + length(word) > 64) {
			print out
			out = word
		} else
			out = out == "" ? word : out " " word
	}
	print out
	for (j = 1; j <= ncols; j++) printf "%3d %s\n", j, name[j]
	printf "%d interfaces, %d unexpected results\n", nrows, nfail
}'
