#!/bin/bash
# Output is reproducible: the same bytes whatever the time zone,
# locale, umask or working directory; dates come from the spec or
# SOURCE_DATE_EPOCH, never from the clock.
. check/lib.sh
tmpdir
top=$PWD
plan 6
(cd / && TZ=UTC LC_ALL=C umask 022 &&
    "$top/check/render.sh" "$top/$SPEC" "$tap_tmp/a" >/dev/null)
(cd "$tap_tmp" && TZ=Pacific/Kiritimati LC_ALL=C.UTF-8 && umask 077 &&
    "$top/check/render.sh" "$top/$SPEC" "$tap_tmp/b" >/dev/null)
out=$(diff -r "$tap_tmp/a" "$tap_tmp/b" 2>&1)
check_empty "pages are identical across TZ, locale, umask and directory" "$out" ||
    diag "$(echo "$out" | head)"
a=$(TZ=UTC "$GEN" json | cksum)
b=$(TZ=Asia/Kolkata LC_ALL=C.UTF-8 "$GEN" json | cksum)
check "json output is identical" [ "$a" = "$b" ]

# Without a date in the spec, SOURCE_DATE_EPOCH gives it.
sed '/^date:/d' check/minimal.yaml > "$tap_tmp/nodate.yaml"
mkdir "$tap_tmp/f"
SOURCE_DATE_EPOCH=1700000000 "$GEN" --spec "$tap_tmp/nodate.yaml" man \
    --out "$tap_tmp/f" 2>/dev/null
grep -q '^\.TH kcmp 2 2023-11-14 ' "$tap_tmp/f/head.kcmp.2"
ok $? "SOURCE_DATE_EPOCH=1700000000 gives the date 2023-11-14"
SOURCE_DATE_EPOCH=1700000000 TZ=Etc/GMT-14 "$GEN" --spec \
    "$tap_tmp/nodate.yaml" man --out "$tap_tmp/f" 2>/dev/null
grep -q '^\.TH kcmp 2 2023-11-14 ' "$tap_tmp/f/head.kcmp.2"
ok $? "the date from SOURCE_DATE_EPOCH does not depend on TZ"
env -u SOURCE_DATE_EPOCH "$GEN" --spec "$tap_tmp/nodate.yaml" validate \
    2>"$tap_tmp/err"
rc=$?
[ $rc -eq 2 ] && grep -q "no date" "$tap_tmp/err"
ok $? "no date and no SOURCE_DATE_EPOCH is an error, not the clock"
SOURCE_DATE_EPOCH=1700000000 "$GEN" man --out "$tap_tmp/f" 2>/dev/null
grep -q "^\.TH kcmp 2 $(sed -n 's/^date: //p' "$SPEC") " "$tap_tmp/f/head.kcmp.2"
ok $? "the spec's own date wins over SOURCE_DATE_EPOCH"
