#!/bin/sh
# Make sure the Debian packages a target needs are installed.
#   gen/deps.sh SET    (build, man, doc, check, slow, fuzz, vm, all)
# As root, missing packages are installed with apt-get; otherwise the
# exact command to run is printed and the script fails.
set -u

# One set a make target; a target depends on build/deps-SET.stamp.
build="gcc make libyaml-dev zlib1g-dev pkg-config"
man="$build m4 groff-base mandoc man-db"
doc="$man groff"		# gropdf, for make pdf
check="$doc libcap-dev perl git"	# make html and pdf; git am (t/85)
slow="$check valgrind"		# make check-slow
fuzz="$build clang libclang-rt-dev"	# libFuzzer
vm="$build qemu-system-x86 busybox-static cpio binutils"	# make vm-check
ltp="$build autoconf automake libcap-dev perl xz-utils"	# make check-ltp
# A new set goes here too; "all" (make check-all, CI) is every set.
sets="build man doc check slow fuzz vm ltp"

want=
for set in $sets; do
	case ${1:-} in
	all) eval "want=\"\$want \$$set\"" ;;
	"$set") eval "want=\$$set" ;;
	esac
done
if [ -z "$want" ]; then
	echo "usage: gen/deps.sh SET, one of: $sets all" >&2
	exit 2
fi
want=$(printf '%s\n' $want | sort -u)

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
