#!/bin/sh
# Make sure the Debian packages a target needs are installed.
#   gen/deps.sh build|man|check|doc|vm
# As root, missing packages are installed with apt-get; otherwise the
# exact command to run is printed and the script fails.
set -u

build="gcc make libyaml-dev pkg-config"
man="$build m4 groff-base mandoc man-db"
check="$man libcap-dev perl clang libclang-rt-dev valgrind"
doc="$man groff"		# gropdf, for make pdf
vm="$build qemu-system-x86 busybox-static cpio binutils"	# make vm-check

case "${1:-}" in
build) want=$build ;;
man) want=$man ;;
check) want=$check ;;
vm) want=$vm ;;
doc) want=$doc ;;
*) echo "usage: gen/deps.sh build|man|check|doc|vm" >&2; exit 2 ;;
esac

missing=
for p in $want; do
	dpkg-query -W -f '${Status}\n' "$p" 2>/dev/null |
	    grep -q '^install ok installed$' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
	echo "deps: missing:$missing (install them with your package manager)" >&2
	exit 1
fi
if [ "$(id -u)" != 0 ]; then
	echo "deps: missing packages; run:" >&2
	echo "  sudo apt-get install -y$missing" >&2
	exit 1
fi
echo "deps: installing$missing" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends $missing >/dev/null ||
    { apt-get update -qq && apt-get install -y -qq --no-install-recommends $missing >/dev/null; } ||
    { echo "deps: apt-get failed; run: apt-get install -y$missing" >&2; exit 1; }
