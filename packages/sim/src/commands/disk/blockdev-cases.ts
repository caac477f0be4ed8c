/**
 * blkid and lsblk against the real ones (util-linux 2.38.1), which need a
 * block device, not an image file: the recorder
 * (test-support/record-blockdev-fixtures.ts) attaches an image with the
 * simulated disk's bytes to a loop device (`losetup -P`), runs each line
 * with /dev/sda replaced by /dev/loopN (/dev/sda1 by /dev/loopNp1), and
 * stores what the tools printed. blockdev-fixtures.test.ts maps the loop
 * device's names back to sda (see its header for exactly what is mapped)
 * and compares with the simulation on /dev/sda of a fresh lab host whose
 * disk nobody has mounted (an attached image is nobody's root).
 */
export interface BlockdevCase {
  /** what is run, naming the disk /dev/sda */
  line: string;
  /** lines run on the device before (not compared); udev's view is refreshed after them */
  setup?: string[];
}

/** what damages the disk in setups: written through the device, as a learner would */
const ZERO_MBR = "dd if=/dev/zero of=/dev/sda bs=512 count=1 conv=notrunc status=none";
/** the ext4 superblock of sda1 (1024 bytes at 1 KiB into the partition) */
const ZERO_SUPERBLOCK = "dd if=/dev/zero of=/dev/sda1 bs=1024 seek=1 count=1 conv=notrunc status=none";

export const BLOCKDEV_CASES: BlockdevCase[] = [
  // lsblk: the tree, the filesystem columns, chosen columns, and the options around them
  { line: "lsblk /dev/sda" },
  { line: "lsblk -f /dev/sda" },
  { line: "lsblk -o NAME,SIZE,TYPE,MOUNTPOINT /dev/sda" },
  { line: "lsblk -o NAME,FSTYPE,UUID,PARTUUID /dev/sda" },
  { line: "lsblk -o NAME,PTTYPE,PTUUID,PARTTYPE,PARTUUID /dev/sda" },
  { line: "lsblk -o NAME,MAJ:MIN,RM,RO,SIZE,TYPE,FSTYPE,LABEL,MOUNTPOINTS /dev/sda" },
  { line: "lsblk -o NAME,KNAME,PKNAME,PATH,START /dev/sda" },
  { line: "lsblk -o NAME,PARTTYPENAME,PARTFLAGS,PARTLABEL /dev/sda" },
  { line: "lsblk -o NAME,FSSIZE,FSUSED,FSAVAIL,FSUSE%,FSVER /dev/sda" },
  { line: "lsblk -o NAME,FSTYPE,UUID,MOUNTPOINT /dev/sda" },
  { line: "lsblk -o SIZE,NAME /dev/sda" },
  { line: "lsblk -o name,size /dev/sda" },
  { line: "lsblk -o +FSTYPE /dev/sda" },
  { line: "lsblk -b /dev/sda" },
  { line: "lsblk -n /dev/sda" },
  { line: "lsblk -l /dev/sda" },
  { line: "lsblk -p /dev/sda" },
  { line: "lsblk -d /dev/sda" },
  { line: "lsblk -nd -o NAME,SIZE /dev/sda" },
  { line: "lsblk -lnpo NAME,FSTYPE /dev/sda" },
  { line: "lsblk -r /dev/sda" },
  { line: "lsblk -rno NAME,FSTYPE,UUID /dev/sda" },
  { line: "lsblk -P /dev/sda" },
  { line: "lsblk -Po NAME,FSTYPE,PARTUUID /dev/sda" },
  { line: "lsblk -d -o NAME,PTTYPE,PTUUID /dev/sda" },
  { line: "lsblk -f /dev/sda1" },
  { line: "lsblk /dev/sda1 /dev/sda5" },
  { line: "lsblk /dev/sda5 /dev/sda" },
  { line: "lsblk /dev/nosuch" },
  { line: "lsblk /etc/passwd" },
  { line: "lsblk /dev/sda /dev/nosuch" },
  { line: "lsblk -o FOO /dev/sda" },
  { line: "lsblk -o NAME,,SIZE /dev/sda" },
  { line: "lsblk -l -P /dev/sda" },
  { line: "lsblk -Q /dev/sda" },
  { line: "lsblk -f /dev/sda", setup: [ZERO_MBR] },
  { line: "lsblk -f /dev/sda", setup: [ZERO_SUPERBLOCK] },
  // blkid: every device, one, several, the probe mode, the output formats, searches
  { line: "blkid" },
  { line: "blkid /dev/sda1" },
  { line: "blkid /dev/sda" },
  { line: "blkid /dev/sda2" },
  { line: "blkid /dev/sda5" },
  { line: "blkid /dev/sda5 /dev/sda1" },
  { line: "blkid -p /dev/sda1" },
  { line: "blkid -p /dev/sda5" },
  { line: "blkid -p /dev/sda" },
  { line: "blkid -o export /dev/sda1" },
  { line: "blkid -o export /dev/sda1 /dev/sda5" },
  { line: "blkid -p /dev/sda2" },
  { line: "blkid -p -o udev /dev/sda1" },
  { line: "blkid -o value -s UUID /dev/sda1" },
  { line: "blkid -o value /dev/sda5" },
  { line: "blkid -o device /dev/sda1 /dev/sda5" },
  { line: "blkid -s TYPE /dev/sda1 /dev/sda5" },
  { line: "blkid -s TYPE -s UUID" },
  { line: "blkid -U 3f1d2c9a-6b7e-4c1f-9a51-2e8d0b7c4a10" },
  { line: "blkid -U 00000000-0000-0000-0000-000000000000" },
  { line: "blkid -L nolabel" },
  { line: "blkid /dev/nosuch" },
  { line: "blkid /dev/nosuch /dev/sda1" },
  { line: "blkid /etc/passwd" },
  { line: "blkid -o bogus /dev/sda1" },
  { line: "blkid", setup: [ZERO_MBR] },
  { line: "blkid /dev/sda", setup: [ZERO_MBR] },
  { line: "blkid /dev/sda1", setup: [ZERO_SUPERBLOCK] },
  { line: "blkid", setup: [ZERO_SUPERBLOCK] },
];

/**
 * Lines run again on a terminal of `cols` columns (a pty: libsmartcols
 * narrows the table to fit, wrapping what it cannot cut). Each is also a
 * case above: the test lays out that recording's cells again for the
 * terminal and compares with what the terminal got.
 */
export const BLOCKDEV_TTY_CASES: { line: string; cols: number }[] = [
  { line: "lsblk -f /dev/sda", cols: 80 },
  { line: "lsblk -f /dev/sda", cols: 90 },
  { line: "lsblk -f /dev/sda", cols: 100 },
  { line: "lsblk /dev/sda", cols: 40 },
  { line: "lsblk /dev/sda", cols: 30 },
  { line: "lsblk -o NAME,FSTYPE,UUID,MOUNTPOINT /dev/sda", cols: 50 },
  { line: "lsblk -o NAME,FSTYPE,UUID,MOUNTPOINT /dev/sda", cols: 60 },
  { line: "lsblk -o NAME,PARTTYPENAME,PARTFLAGS,PARTLABEL /dev/sda", cols: 50 },
];
