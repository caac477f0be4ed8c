/** The man pages of the disk programs, shortened to what the simulation implements. */

function page(name: string, section: number, source: string, body: string): string {
  const head = `${name.toUpperCase()}(${section})`;
  const title = section === 8 ? "System Administration" : "User Commands";
  const pad = Math.max(1, 78 - head.length * 2 - title.length);
  return `${head}${" ".repeat(Math.floor(pad / 2))}${title}${" ".repeat(Math.ceil(pad / 2))}${head}\n\n${body}\n${source}${" ".repeat(Math.max(1, 78 - source.length - head.length))}${head}\n`;
}

export const DD_MAN = page("dd", 1, "GNU coreutils 9.1", `NAME
       dd - convert and copy a file

SYNOPSIS
       dd [OPERAND]...

DESCRIPTION
       Copy a file, converting and formatting according to the operands.

       bs=BYTES
              read and write up to BYTES bytes at a time (default: 512);
              overrides ibs and obs
       conv=CONVS
              convert the file as per the comma separated symbol list:
              notrunc (do not truncate the output file), sync (pad every
              input block with NULs to ibs-size), noerror, fsync
       count=N
              copy only N input blocks
       if=FILE
              read from FILE instead of stdin
       of=FILE
              write to FILE instead of stdout
       seek=N skip N obs-sized output blocks
       skip=N skip N ibs-sized input blocks
       status=LEVEL
              'none' suppresses everything but error messages, 'noxfer'
              suppresses the final transfer statistics

       N and BYTES may be followed by the multiplicative suffixes c=1,
       w=2, b=512, kB=1000, K=1024, MB=1000*1000, M=1024*1024, GB, G, and
       so on; BxM multiplies.

EXAMPLES
       Save the first sector (the MBR) of the first disk:
              dd if=/dev/sda of=/root/mbr.bak bs=512 count=1

       Restore it:
              dd if=/root/mbr.bak of=/dev/sda bs=512 count=1

       Restore only the boot code, keeping the partition table:
              dd if=/root/mbr.bak of=/dev/sda bs=446 count=1
`);

export const FDISK_MAN = page("fdisk", 8, "util-linux 2.38.1", `NAME
       fdisk - manipulate disk partition table

SYNOPSIS
       fdisk [options] device
       fdisk -l [device...]

DESCRIPTION
       fdisk is a dialog-driven program for creation and manipulation of
       partition tables. Changes stay in memory until you write them with
       the w command; q quits without saving.

       Commands: a (toggle a bootable flag), d (delete a partition), l
       (list known partition types), n (add a new partition), p (print the
       partition table), t (change a partition type), v (verify), m (help),
       o (create a new empty DOS partition table), w (write table to disk
       and exit), q (quit without saving changes).

       fdisk reads its answers from standard input when it is not a
       terminal, so a dialog can be scripted:
              printf 'n\\np\\n3\\n\\n+100M\\nw\\n' | fdisk /dev/sda

OPTIONS
       -l, --list
              List the partition tables for the specified devices and then
              exit. If no devices are given, the devices mentioned in
              /proc/partitions are used.

       --bytes
              Print the SIZE column in bytes rather than in a human-readable
              format.
`);

export const SFDISK_MAN = page("sfdisk", 8, "util-linux 2.38.1", `NAME
       sfdisk - display or manipulate a disk partition table

SYNOPSIS
       sfdisk [options] device
       sfdisk -d device

DESCRIPTION
       sfdisk is a script-oriented tool for partitioning any block device.

       -d, --dump device
              Dump the partitions of a device in a format that is usable as
              input to sfdisk: save it, and restore the table later with
                     sfdisk /dev/sda < sda.dump

       -l, --list [device...]
              List the partitions of all or the specified devices.

       With a device and a script on standard input, sfdisk writes the
       partition table the script describes.
`);

export const FILE_MAN = page("file", 1, "Debian", `NAME
       file - determine file type

SYNOPSIS
       file [-bs] file ...

DESCRIPTION
       file tests each argument in an attempt to classify it.

OPTIONS
       -b, --brief
              Do not prepend filenames to output lines.

       -s, --special-files
              Read block or character special files too, not just
              regular files: file -s /dev/sda shows the boot sector.
`);

export const OD_MAN = page("od", 1, "GNU coreutils 9.1", `NAME
       od - dump files in octal and other formats

SYNOPSIS
       od [OPTION]... [FILE]...

DESCRIPTION
       -A, --address-radix=RADIX
              output format for file offsets; RADIX is one of [doxn]
       -j, --skip-bytes=BYTES
              skip BYTES input bytes first
       -N, --read-bytes=BYTES
              limit dump to BYTES input bytes
       -t, --format=TYPE
              select output format: a, c, d[SIZE], o[SIZE], u[SIZE], x[SIZE];
              a z suffix adds the printable characters at the end of each line
       -v, --output-duplicates
              do not use * to mark line suppression
       -x     same as -t x2
       -c     same as -t c
`);

export const HEXDUMP_MAN = page("hexdump", 1, "util-linux 2.38.1", `NAME
       hexdump - display file contents in hexadecimal, decimal, octal, or ascii

SYNOPSIS
       hexdump [options] file...

OPTIONS
       -C, --canonical
              Canonical hex+ASCII display.
       -n, --length length
              Interpret only length bytes of input.
       -s, --skip offset
              Skip offset bytes from the beginning of the input.
       -v, --no-squeezing
              Display all input data; without it, a run of identical lines
              is shown as a single *.
`);

export const XXD_MAN = page("xxd", 1, "Debian", `NAME
       xxd - make a hex dump or do the reverse.

SYNOPSIS
       xxd [options] [infile [outfile]]

OPTIONS
       -l len Stop after writing <len> octets.
       -s [+][-]seek
              Start at <seek> bytes abs. (or rel.) infile offset.
       -c cols
              Format <cols> octets per line. Default 16.
       -g bytes
              Separate the output of every <bytes> bytes by a whitespace.
       -p     Output in plain hex dump style.
`);

export const BLKID_MAN = page("blkid", 8, "util-linux 2.38.1", `NAME
       blkid - locate/print block device attributes

SYNOPSIS
       blkid [device ...]

DESCRIPTION
       blkid finds what a block device holds (a filesystem, swap, a
       partition table) and prints its attributes: UUID, LABEL, TYPE,
       PARTUUID. Without a device it lists every device in
       /proc/partitions.
`);

export const LSBLK_MAN = page("lsblk", 8, "util-linux 2.38.1", `NAME
       lsblk - list block devices

SYNOPSIS
       lsblk [options] [device...]

DESCRIPTION
       lsblk lists the block devices the kernel knows (from sysfs) as a
       tree: disks and their partitions, with where they are mounted.

OPTIONS
       -f, --fs
              Output info about filesystems (FSTYPE, LABEL, UUID,
              MOUNTPOINTS).
`);

export const MOUNT_MAN = page("mount", 8, "util-linux 2.38.1", `NAME
       mount - mount a filesystem

SYNOPSIS
       mount
       mount [-t fstype] [-o options] device mountpoint
       mount --bind olddir newdir

DESCRIPTION
       Without arguments, mount lists the mounted filesystems. With a
       device and a directory it attaches the filesystem on the device at
       the directory: mount /dev/sda1 /mnt.

       --bind, -B
              Remount a subtree somewhere else, as for a chroot:
              mount --bind /dev /mnt/dev
       -t fstype
              proc, sysfs, ext4 ...
`);

export const UMOUNT_MAN = page("umount", 8, "util-linux 2.38.1", `NAME
       umount - unmount filesystems

SYNOPSIS
       umount [-R] {directory|device}...

DESCRIPTION
       Detach the filesystem mounted at the directory (or from the device).
       A filesystem is busy while something is mounted below it.

       -R, --recursive
              Unmount the directory and everything mounted below it.
`);

export const CHROOT_MAN = page("chroot", 8, "GNU coreutils 9.1", `NAME
       chroot - run command or interactive shell with special root directory

SYNOPSIS
       chroot NEWROOT [COMMAND [ARG]...]

DESCRIPTION
       Run COMMAND with root directory set to NEWROOT. If no command is
       given, run '\${SHELL} -i' (default: '/bin/sh -i'); leave it with exit.

       From a rescue system, after mount /dev/sda1 /mnt (and the bind
       mounts of /dev, /proc and /sys), chroot /mnt gives a shell in the
       installed system, where grub-install and update-grub act on it.
`);

export const GRUB_INSTALL_MAN = page("grub-install", 8, "GRUB 2.06-13+deb12u1", `NAME
       grub-install - install GRUB to a device

SYNOPSIS
       grub-install [OPTION...] [INSTALL_DEVICE]

DESCRIPTION
       Install GRUB on your drive: for BIOS machines, boot.img goes into
       the MBR of INSTALL_DEVICE (the partition table is kept) and
       core.img into the sectors after it; modules are copied to
       /boot/grub/i386-pc.

       --boot-directory=DIR
              install GRUB images under the directory DIR/grub instead of
              the boot/grub directory
`);

export const UPDATE_GRUB_MAN = page("update-grub", 8, "GRUB 2.06-13+deb12u1", `NAME
       update-grub - stub for grub-mkconfig -o /boot/grub/grub.cfg

SYNOPSIS
       update-grub

DESCRIPTION
       update-grub generates /boot/grub/grub.cfg from /etc/default/grub
       and the kernels found in /boot.
`);
