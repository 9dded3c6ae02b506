#!/bin/sh
# Print the interface-by-scenario table from the rows the generated
# tests append to $PA_RESULTS (check/harness.c, record()):
#	interface <TAB> scenario <TAB> observed <TAB> ok|FAIL|skip
# One row per interface, one column per scenario, in the order the
# tests run them.
#   check/matrix-table.sh FILE
set -u
file=${1:?usage: check/matrix-table.sh FILE}
[ -s "$file" ] || { echo "matrix-table: $file is empty" >&2; exit 1; }

sort -t '	' -k1,1 -s "$file" | awk -F '\t' '
function cell(got) {
	if (got == "allowed") return "A"
	if (got == "EPERM") return "P"
	if (got == "EACCES") return "C"
	if (got == "ENOENT") return "N"
	if (got == "zeroed") return "Z"
	if (got == "prints-0") return "0"
	if (got == "omitted") return "O"
	if (got == "skipped") return "-"
	return "?"
}
!($2 in col) { col[$2] = ++ncols; name[ncols] = $2 }
!($1 in seen) { seen[$1] = 1; row[++nrows] = $1 }
{
	c = cell($3)
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
	printf "\nA allowed, P EPERM, C EACCES, N ENOENT, Z fields zeroed,\n"
	printf "0 prints 0, O left out of a listing, - skipped, ? other errno,\n"
	printf "! not what the spec predicts.\n"
	for (j = 1; j <= ncols; j++) printf "%3d %s\n", j, name[j]
	printf "%d interfaces, %d unexpected results\n", nrows, nfail
}'
