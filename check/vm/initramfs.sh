#!/bin/sh
# The initramfs of the test VM: busybox-static with its applets, the
# guest's init (check/vm/init), check/matrix.sh and stripped copies of
# the static conformance tests, as a newc cpio archive.
#   check/vm/initramfs.sh OUT.cpio BINARY...
# The archive is reproducible: sorted names, owner 0, every time 0.
# It is not compressed: under TCG the kernel took about 5 s of guest
# time to gunzip it (18 MB) and 1 s to unpack it as it is (40 MB).
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: check/vm/initramfs.sh OUT.cpio BINARY...}
shift
[ $# -gt 0 ] || { echo "initramfs.sh: no test binaries" >&2; exit 2; }

die() { echo "initramfs.sh: $*" >&2; exit 1; }

# A dynamic binary would find no libc in the guest and fail as if the
# kernel had refused something.
static() { ! readelf -l "$1" 2>/dev/null | grep -q INTERP; }

busybox=${PA_BUSYBOX:-/bin/busybox}
[ -x "$busybox" ] || die "$busybox missing: apt-get install -y busybox-static"
static "$busybox" ||
    die "$busybox is dynamic: apt-get install -y busybox-static"
for bin in "$@"; do
	static "$bin" || die "$bin is not static: build it with make matrix-bins (no SANITIZE)"
done

root=$out.root
rm -rf "$root"
mkdir -p "$root/bin" "$root/matrix" "$root/proc" "$root/sys" "$root/dev" \
    "$root/tmp"
cp "$busybox" "$root/bin/busybox"
for applet in $("$busybox" --list); do
	[ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
done
cp "$top/check/vm/init" "$root/init"
cp "$top/check/matrix.sh" "$root/matrix.sh"
chmod 755 "$root/init"
for bin in "$@"; do
	strip -o "$root/matrix/${bin##*/}" "$bin"
done

find "$root" -exec touch -h -d @0 {} +
(cd "$root" && find . | LC_ALL=C sort |
    cpio -o -H newc -R 0:0 --reproducible --quiet) > "$out.tmp"
mv "$out.tmp" "$out"
rm -rf "$root"
