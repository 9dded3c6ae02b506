#!/bin/sh
# Prepare an LTP tree that exported tests can be built in, once:
# unpack the snapshot, configure it and build its library.  Later runs
# reuse it (the stamp names the tarball it came from).
#   check/ltp/build-ltp.sh [DEST]        prints the tree's directory
# LTPROOT=DIR uses an LTP tree of your own instead (configured and its
# lib/ built if that was not done yet).  LTP_TARBALL=FILE picks the
# snapshot; by default the one in ../shared/ltp beside the checkout.
set -eu

dest=${1:-build/ltp}
log=$dest.log

ready() {
	[ -f "$1/include/config.h" ] && [ -f "$1/lib/libltp.a" ]
}

build_tree() {
	tree=$1
	(
		cd "$tree"
		[ -x configure ] || make autotools
		[ -f include/config.h ] || ./configure
		make -C lib -j2
		make -C metadata metaparse
	) >>"$log" 2>&1 || {
		echo "build-ltp: building LTP in $tree failed; see $log" >&2
		tail -20 "$log" >&2
		exit 1
	}
}

if [ -n "${LTPROOT:-}" ]; then
	mkdir -p "$(dirname "$log")"
	ready "$LTPROOT" || build_tree "$LTPROOT"
	echo "$LTPROOT"
	exit 0
fi

if [ -z "${LTP_TARBALL:-}" ]; then
	for f in ../shared/ltp/ltp-*.tar.xz; do LTP_TARBALL=$f; done
fi
if [ ! -f "${LTP_TARBALL:-}" ]; then
	echo "build-ltp: no LTP snapshot in ../shared/ltp and no LTPROOT" >&2
	exit 3
fi

stamp=$dest/.snapshot
if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "${LTP_TARBALL##*/}" ] &&
    ready "$dest"; then
	echo "$dest"
	exit 0
fi

# Built in place: configure records absolute paths.
rm -rf "$dest"
mkdir -p "$dest"
: >"$log"
xz -dc "$LTP_TARBALL" | tar -x -C "$dest"
build_tree "$dest"
printf '%s\n' "${LTP_TARBALL##*/}" >"$stamp"
echo "$dest"
