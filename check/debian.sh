#!/bin/sh
# Debian packages from suites this machine does not use, without touching
# the system's apt state: a private copy of its sources (every suite we
# need, with deb-src), private lists and cache, no dpkg status.
#
#   check/debian.sh update               refresh the private package lists
#   check/debian.sh deb PKG[=VER]...     download .debs; print their paths
#   check/debian.sh source PKG[=VER]     unpack a source package; print its dir
#   check/debian.sh kernel-tree SERIES [VER]
#                                        unpack linux-source-SERIES (6.12,
#                                        7.3, ...); print the tree's dir
#   check/debian.sh kernel-image SERIES  download the unsigned image of the
#                                        newest cloud-amd64 kernel of SERIES;
#                                        print the .deb's path
#
# Everything lands under $PA_DEBIAN (default build/debian).  With
# PA_KERNELS=DIR, kernel-tree first looks for DIR/linux-SERIES.* (or the
# exact DIR/linux-VER) and prints that instead.  Progress goes to stderr,
# paths to stdout, one a line.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
cache=${PA_DEBIAN:-$top/build/debian}
sources_in=${PA_DEBIAN_SOURCES:-/etc/apt/sources.list.d/debian.sources}
main_suites="bookworm bookworm-updates bookworm-backports trixie trixie-updates trixie-backports"
security_suites="bookworm-security trixie-security"

say() { printf 'debian.sh: %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

mkdir -p "$cache/lists/partial" "$cache/archives/partial" "$cache/debs" \
    "$cache/src" "$cache/kernels"

# One caller at a time: apt's lists and the unpacked trees are shared.
exec 9>"$cache/lock"
flock 9

# The private configuration, for apt-get and apt-cache alike.  The
# package caches are named: a docker-style apt.conf.d that turns them
# off would make every look-up parse all the lists again (seconds).
private() {
	tool=$1
	shift
	"$tool" -q -o Dir::Etc::sourcelist="$cache/debian.sources" \
	    -o Dir::Etc::sourceparts=- -o Dir::State::Lists="$cache/lists" \
	    -o Dir::Cache="$cache" -o Dir::State::status=/dev/null \
	    -o Dir::Cache::pkgcache="$cache/pkgcache.bin" \
	    -o Dir::Cache::srcpkgcache="$cache/srcpkgcache.bin" \
	    -o Debug::NoLocking=1 -o APT::Sandbox::User=root "$@"
}
apt() { private apt-get "$@"; }
apt_cache() { private apt-cache "$@"; }

# The system's own mirrors, with our suites and deb-src.
write_sources() {
	[ -r "$sources_in" ] || die "$sources_in: not readable (set PA_DEBIAN_SOURCES)"
	awk -v main="$main_suites" -v sec="$security_suites" '
	    /^Types:/ { print "Types: deb deb-src"; next }
	    /^Suites:/ { print "Suites: " ($0 ~ /-security/ ? sec : main); next }
	    { print }' "$sources_in" >"$cache/debian.sources.tmp"
	mv "$cache/debian.sources.tmp" "$cache/debian.sources"
}

update() {
	write_sources
	say "updating package lists in $cache"
	apt update -qq >&2 || die "apt-get update failed (network, or a mirror)"
	touch "$cache/lists.stamp"
}

need_lists() {
	[ -f "$cache/lists.stamp" ] || update
}

# PKG or PKG=VER: the .deb already here, if any.
cached_deb() {
	name=${1%%=*}
	ver=
	case $1 in *=*) ver=${1#*=} ;; esac
	ver=$(printf '%s' "$ver" | sed 's/:/%3a/')
	ls "$cache/debs/${name}_${ver}"*.deb 2>/dev/null | sort -V | tail -n 1
}

deb() {
	for p in "$@"; do
		f=$(cached_deb "$p")
		if [ -z "$f" ]; then
			need_lists
			say "downloading $p"
			(cd "$cache/debs" && apt download -qq "$p" >&2) ||
			    die "cannot download $p"
			f=$(cached_deb "$p")
		fi
		[ -n "$f" ] || die "$p: downloaded, but no .deb found"
		printf '%s\n' "$f"
	done
}

source_pkg() {
	name=${1%%=*}
	dir=$cache/src/$name
	if [ ! -d "$dir/tree" ]; then
		command -v dpkg-source >/dev/null ||
		    die "dpkg-source missing: apt-get install -y dpkg-dev"
		need_lists
		rm -rf "$dir"
		mkdir -p "$dir"
		say "downloading source $1"
		# Some mirrors serve the upstream tarball but not the .dsc:
		# the tarball alone is the upstream tree.
		(cd "$dir" && apt source --download-only -qq "$1" >&2) || :
		if ls "$dir"/*.dsc >/dev/null 2>&1; then
			(cd "$dir" && dpkg-source -q -x ./*.dsc tree.part >&2) ||
			    die "cannot unpack source $1"
		elif ls "$dir"/*.orig.tar.* >/dev/null 2>&1; then
			say "no .dsc served; unpacking the upstream tarball alone"
			mkdir "$dir/tree.part"
			tar -xf "$dir"/*.orig.tar.* -C "$dir/tree.part" \
			    --strip-components=1 || die "cannot unpack source $1"
		else
			die "cannot download source $1"
		fi
		mv "$dir/tree.part" "$dir/tree"
	fi
	printf '%s\n' "$dir/tree"
}

# The newest (or the exact) tree already unpacked in DIR for a series.
local_tree() {
	dir=$1 series=$2 ver=$3
	[ -n "$dir" ] || return 0
	if [ -n "$ver" ]; then
		[ -f "$dir/linux-${ver%%-*}/Makefile" ] &&
		    printf '%s\n' "$dir/linux-${ver%%-*}"
		return 0
	fi
	for t in $(ls -d "$dir/linux-$series".* 2>/dev/null | sort -V -r); do
		[ -f "$t/Makefile" ] && { printf '%s\n' "$t"; return 0; }
	done
	return 0
}

kernel_tree() {
	series=$1 ver=${2:-}
	case $series in
	[0-9]*.[0-9]*) ;;
	*) die "kernel-tree: $series: not a kernel series such as 6.12" ;;
	esac
	t=$(local_tree "${PA_KERNELS:-}" "$series" "$ver")
	[ -n "$t" ] || t=$(local_tree "$cache/kernels" "$series" "$ver")
	if [ -n "$t" ]; then
		printf '%s\n' "$t"
		return 0
	fi
	pkg=linux-source-$series${ver:+=$ver}
	f=$(deb "$pkg")
	full=$(basename "$f" | sed 's/^linux-source-[0-9.]*_\([0-9.]*\).*/\1/')
	out=$cache/kernels/linux-$full
	tmp=$cache/kernels/.unpack-$full
	rm -rf "$tmp" "$out.part"
	mkdir -p "$tmp" "$out.part"
	say "unpacking $pkg into $out (a minute or two)"
	dpkg -x "$f" "$tmp"
	tar -xJf "$tmp"/usr/src/linux-source-*.tar.xz -C "$out.part" \
	    --strip-components=1 || die "cannot unpack $f"
	rm -rf "$tmp"
	mv "$out.part" "$out"
	printf '%s\n' "$out"
}

# The unsigned image of the newest cloud kernel of a series: the one
# linux-image-cloud-amd64 points at.  Its package name changed in 7.x
# (linux-binary-unsigned-ABI-cloud-amd64, vmlinuz under /usr/lib/modules).
kernel_image() {
	series=$1
	case $series in
	[0-9]*.[0-9]*) ;;
	*) die "kernel-image: $series: not a kernel series such as 6.12" ;;
	esac
	need_lists
	ver=$(apt_cache madison linux-image-cloud-amd64 | awk -F " *[|] *" -v s="$series." \
	    'index($2, s) == 1 { print $2 }' | sort -V | tail -n 1)
	[ -n "$ver" ] || die "kernel-image: no cloud-amd64 kernel of series $series"
	abi=$(apt_cache show "linux-image-cloud-amd64=$ver" |
	    sed -n 's/^Depends:.*linux-image-\([^ ,]*\)-cloud-amd64 .*/\1/p' | head -n 1)
	[ -n "$abi" ] || die "kernel-image: linux-image-cloud-amd64=$ver names no image"
	for pkg in "linux-binary-unsigned-$abi-cloud-amd64" \
	    "linux-image-$abi-cloud-amd64-unsigned"; do
		if apt_cache show "$pkg=$ver" >/dev/null 2>&1; then
			deb "$pkg=$ver"
			return 0
		fi
	done
	die "kernel-image: no unsigned image for $abi ($ver)"
}

cmd=${1:-}
[ $# -gt 0 ] && shift
case $cmd in
update) update ;;
deb) [ $# -gt 0 ] || die "usage: debian.sh deb PKG[=VER]..."; deb "$@" ;;
source) [ $# -eq 1 ] || die "usage: debian.sh source PKG[=VER]"; source_pkg "$1" ;;
kernel-tree)
	[ $# -ge 1 ] && [ $# -le 2 ] ||
	    die "usage: debian.sh kernel-tree SERIES [VERSION]"
	kernel_tree "$@" ;;
kernel-image)
	[ $# -eq 1 ] || die "usage: debian.sh kernel-image SERIES"
	kernel_image "$1" ;;
*) die "usage: debian.sh update|deb|source|kernel-tree|kernel-image ..." ;;
esac
