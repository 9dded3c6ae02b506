#!/bin/bash
# Hostile YAML: what YAML allows works, what the spec does not allow
# fails with a position, and nothing takes unbounded time or memory.
. check/lib.sh
tmpdir
plan 6
base=check/minimal.yaml
# A byte-order mark and CRLF line ends are plain YAML: same meaning.
want=$("$GEN" --spec "$base" json)
printf '\357\273\277' | cat - "$base" > "$tap_tmp/bom.yaml"
got=$(timeout 10 "$GEN" --spec "$tap_tmp/bom.yaml" json)
check "a byte-order mark is accepted and ignored" [ "$got" = "$want" ]
sed 's/$/\r/' "$base" > "$tap_tmp/crlf.yaml"
got=$(timeout 10 "$GEN" --spec "$tap_tmp/crlf.yaml" json)
check "CRLF line ends give the same spec as LF" [ "$got" = "$want" ]
# Comments and quoting styles do not change the meaning either.
sed 's/^kernel: 6.12$/kernel: "6.12"  # quoted/' "$base" > "$tap_tmp/q.yaml"
got=$(timeout 10 "$GEN" --spec "$tap_tmp/q.yaml" json)
check "a quoted scalar and a comment change nothing" [ "$got" = "$want" ]

# A 100 MB file is refused at the size limit, in bounded memory.
# (timeout guards against a hang; it is not a benchmark.)
perl -e 'print "# padding\n" x 10_500_000' > "$tap_tmp/big.yaml"
# AddressSanitizer reserves terabytes of address space: no -v limit then.
limit=262144
gen_has_asan && limit=unlimited
(ulimit -v $limit; exec timeout 60 "$GEN" --spec "$tap_tmp/big.yaml" validate) \
    2>"$tap_tmp/err"
rc=$?
check "a 100 MB spec fails with status 2 (and under 256 MB of memory)" [ $rc -eq 2 ]
grep -q 'larger than the limit of 16777216 bytes' "$tap_tmp/err"
ok $? "the error names the size limit"
rm -f "$tap_tmp/big.yaml"

# Anchors and aliases are refused at the first anchor: an alias bomb
# costs nothing.  (Its exact message is in check/bad/alias-bomb.err.)
timeout 60 "$GEN" --spec check/bad/alias-bomb.yaml validate 2>/dev/null
rc=$?
check "an alias bomb is refused with status 2" [ $rc -eq 2 ]
