#!/bin/sh
# The kernel for one series, ready to boot: Debian's newest unsigned
# cloud-amd64 image, downloaded by check/debian.sh and unpacked once
# with dpkg -x under build/vm/kernels.  Prints the vmlinuz path.
#   check/vm/kernel.sh SERIES        (6.1, 6.12, 7.3, ...)
# The cloud flavour boots under qemu with no module: the 8250 serial
# console, initramfs (gzip) and Yama are built in.
set -eu
top=$(cd "$(dirname "$0")/../.." && pwd)
series=${1:?usage: check/vm/kernel.sh SERIES}

deb=$(sh "$top/check/debian.sh" kernel-image "$series")
name=$(basename "$deb" .deb)
dir=$top/build/vm/kernels/$name
if [ ! -f "$dir/vmlinuz" ]; then
	rm -rf "$dir.part"
	mkdir -p "$dir.part"
	dpkg -x "$deb" "$dir.part/root"
	# /boot/vmlinuz-RELEASE up to 6.x, /usr/lib/modules/RELEASE/vmlinuz
	# from 7.x.
	image=$(find "$dir.part/root" -type f -name 'vmlinuz*' | head -n 1)
	if [ -z "$image" ]; then
		echo "kernel.sh: $deb holds no vmlinuz" >&2
		exit 1
	fi
	mv "$image" "$dir.part/vmlinuz"
	rm -rf "$dir.part/root"
	rm -rf "$dir"
	mv "$dir.part" "$dir"
fi
printf '%s\n' "$dir/vmlinuz"
