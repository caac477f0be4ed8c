/**
 * grub-install and update-grub against GRUB 2.06 (Debian 12's
 * 2.06-13+deb12u2), recorded by test-support/record-grub-fixtures.ts on a
 * loop device holding the simulated disk, with a real ext4 made on its
 * first partition (the simulation's root UUID) and the simulated system's
 * /boot and /etc/default/grub copied in: the rescue situation of the MBR
 * lesson, with the installed system mounted at /mnt. A `chroot` case runs
 * in /mnt (the machine's programs bound in, as a rescue chroot has the
 * installed system's), the others outside it. grub-cases.test.ts runs
 * the same on a fresh lab host whose /dev/sda1 is mounted at /mnt.
 */
export interface GrubCase {
  /** naming the disk /dev/sda and the mounted system /mnt */
  line: string;
  /** run as `chroot /mnt LINE` */
  chroot?: boolean;
  /** lines run before (not compared), outside the chroot */
  setup?: string[];
}

const INSTALLED = ["grub-install --boot-directory=/mnt/boot /dev/sda 2>/dev/null"];

export const GRUB_CASES: GrubCase[] = [
  { line: "grub-install --boot-directory=/mnt/boot /dev/sda" },
  { line: "grub-install /dev/sda", chroot: true },
  { line: "grub-install --target=i386-pc --recheck /dev/sda", chroot: true },
  { line: "grub-install", chroot: true },
  { line: "grub-install /dev/nosuch", chroot: true },
  { line: "grub-install /dev/sda1", chroot: true },
  { line: "grub-install --target=x86_64-efi /dev/sda", chroot: true },
  { line: "grub-install --boot-directory=/mnt/boot /dev/sda", setup: ["dd if=/dev/zero of=/dev/sda bs=512 count=1 conv=notrunc status=none"] },
  // what grub-install leaves: the sector of core.img in boot.img, its messages, core.img's blocklist
  { line: "xxd -s 0x5c -l 8 /dev/sda; xxd -s 0x180 -l 35 /dev/sda; xxd -s 0x3f4 -l 12 /dev/sda", setup: INSTALLED },
  { line: "file -s /dev/sda", setup: INSTALLED },
  { line: "update-grub", chroot: true },
  { line: "cat /boot/grub/grub.cfg", chroot: true, setup: ["chroot /mnt update-grub 2>/dev/null"] },
];
