#!/bin/sh
# The report of a make vm-check run: one table, interface by kernel by
# Yama scope, then each boot with its time and counts, each unexpected
# case, and a closing "N passed, N failed" line.  Exits 1 when a case
# failed or a boot did not finish.
#   check/vm/table.sh LIST
# LIST has one line per boot, in column order: SERIES <TAB> SCOPE <TAB>
# DIR, where DIR is what check/vm/boot.sh left.
#
# A cell is ALLOWED/RUN: of the cases that ran (not skipped), how many
# the kernel allowed; "!" and a count mark unexpected ones, "-" a
# column where every case was skipped, "?" a boot that did not finish.
set -u
list=${1:?usage: check/vm/table.sh LIST}

# One stream for awk: B(oot), K(ernel release), R(ow) and T(AP) lines,
# each led by the boot's number.
n=0
while IFS='	' read -r series scope dir; do
	n=$((n + 1))
	printf 'B\t%d\t%s\t%s\t%s\t%s\n' "$n" "$series" "$scope" \
	    "$(cat "$dir/status" 2>/dev/null || echo missing)" \
	    "$(cat "$dir/seconds" 2>/dev/null || echo 0)"
	[ -f "$dir/tap" ] || continue
	tr -d '\r' < "$dir/tap" | awk -v n="$n" '
	/^# pa-vm: kernel / { print "K\t" n "\t" $4; next }
	/^# pa-row\t/ { sub(/^# pa-row\t/, ""); print "R\t" n "\t" $0; next }
	/^(not ok|ok) |^Bail out!|^1\.\./ { print "T\t" n "\t" $0 }'
done < "$list" | awk -F '\t' '
$1 == "B" {
	b = $2; nboots = b
	series[b] = $3; scope[b] = $4; status[b] = $5; secs[b] = $6
	if (!($3 in kcol)) { kcol[$3] = ++nk; kname[nk] = $3 }
	next
}
$1 == "K" { release[series[$2]] = $3; next }
$1 == "R" {
	b = $2; i = $3
	if (!(i in seen)) { seen[i] = 1; rows[++nrows] = i }
	if (length(i) > width) width = length(i)
	if ($6 == "skip") next
	run[i, b]++
	if ($5 == "allowed") allowed[i, b]++
	if ($6 == "FAIL") bad[i, b]++
	next
}
$1 == "T" {
	b = $2; line = $3
	if (line ~ /^1\.\./) { plan[b] = substr(line, 4) + 0; next }
	if (line ~ /^not ok/ || line ~ /^Bail out!/) {
		failed[b]++
		wrong[++nwrong] = series[b] " yama=" scope[b] ": " line
	} else if (line ~ /# SKIP/) skipped[b]++
	else passed[b]++
}
function cell(i, b,    c) {
	if (status[b] != "done") return "?"
	if (run[i, b] == 0) return "-"
	c = (allowed[i, b] + 0) "/" run[i, b]
	if (bad[i, b]) c = c "!" bad[i, b]
	return c
}
END {
	if (width < 9) width = 9
	# Two header lines: the kernel over its scopes, then the scopes.
	printf "%-" width "s", ""
	for (k = 1; k <= nk; k++) {
		label = kname[k] (kname[k] in release ? " " release[kname[k]] : "")
		ncol = 0
		for (b = 1; b <= nboots; b++) if (series[b] == kname[k]) ncol++
		printf " | %-" (ncol * 7 - 1) "s", substr(label, 1, ncol * 7 - 1)
	}
	printf "\n%-" width "s", "interface"
	for (k = 1; k <= nk; k++) {
		printf " |"
		for (b = 1; b <= nboots; b++)
			if (series[b] == kname[k]) printf " %-6s", "yama=" scope[b]
	}
	printf "\n"
	for (r = 1; r <= nrows; r++) {
		i = rows[r]
		printf "%-" width "s", i
		for (k = 1; k <= nk; k++) {
			printf " |"
			for (b = 1; b <= nboots; b++)
				if (series[b] == kname[k]) printf " %-6s", cell(i, b)
		}
		printf "\n"
	}
	printf "\nA cell: cases allowed/cases run (skips left out); !N: N unexpected;\n"
	printf "- every case skipped; ? the boot did not finish.\n\n"
	total = 0
	for (b = 1; b <= nboots; b++) {
		total += secs[b]
		printf "boot %-5s yama=%s: %-11s %6.1f s, %d cases: %d passed, %d failed, %d skipped\n",
		    series[b], scope[b], status[b], secs[b],
		    passed[b] + failed[b] + skipped[b], passed[b],
		    failed[b], skipped[b]
		if (status[b] != "done") nbroken++
		else if (plan[b] != passed[b] + failed[b] + skipped[b]) {
			wrong[++nwrong] = series[b] " yama=" scope[b] \
			    ": planned " plan[b] " cases"
			nbroken++
		}
		P += passed[b]; F += failed[b]; S += skipped[b]
	}
	printf "boot time: %.1f s in all\n", total
	for (w = 1; w <= nwrong; w++) print "unexpected: " wrong[w]
	printf "vm-check: %d passed, %d failed, %d skipped\n", P, F + nbroken, S
	exit (F + nbroken) > 0
}'
