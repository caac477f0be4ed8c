import type { Solutions } from "../../src/schema.js";

/** From the rescue system: mount the installed system, and at the end unmount and restart from the disk. */
const RESCUE = ["reboot", "rescue", "mount /dev/sda1 /mnt"];
const BACK = ["umount -R /mnt", "reboot"];

export const solutions: Solutions[] = [
  {
    exercise: "mbr-backup",
    reference: ["dd if=/dev/sda of=/root/mbr.bak bs=512 count=1", "sfdisk -d /dev/sda > /root/sda.sfdisk"],
    wrong: [
      { name: "saves only the boot code", lines: ["dd if=/dev/sda of=/root/mbr.bak bs=446 count=1", "sfdisk -d /dev/sda > /root/sda.sfdisk"], fails: ["mbr-saved"] },
      { name: "lists the table instead of dumping it", lines: ["dd if=/dev/sda of=/root/mbr.bak bs=512 count=1", "sfdisk -l /dev/sda > /root/sda.sfdisk"], fails: ["table-saved"] },
      {
        name: "zeroes the MBR before saving it",
        lines: ["dd if=/dev/zero of=/dev/sda bs=512 count=1", "dd if=/dev/sda of=/root/mbr.bak bs=512 count=1", "sfdisk -d /dev/sda > /root/sda.sfdisk"],
        fails: ["table-saved", "still-boots"],
      },
    ],
  },
  {
    exercise: "mbr-boot-again",
    reference: [...RESCUE, "dd if=/mnt/root/mbr.bak of=/dev/sda bs=446 count=1", ...BACK],
    wrong: [
      { name: "only reboots", lines: ["reboot", "reset"], fails: ["boots", "mbr-as-before"] },
      { name: "restores onto the partition", lines: [...RESCUE, "dd if=/mnt/root/mbr.bak of=/dev/sda1 bs=446 count=1", ...BACK], fails: ["boots", "mbr-as-before"] },
      { name: "runs grub-install in the rescue system, outside the chroot", lines: [...RESCUE, "grub-install /dev/sda", ...BACK], fails: ["boots", "mbr-as-before"] },
    ],
  },
  {
    exercise: "grub-reinstall",
    reference: [
      ...RESCUE,
      "for d in dev proc sys; do mount --bind /$d /mnt/$d; done",
      "chroot /mnt",
      "grub-install /dev/sda",
      "update-grub",
      "exit",
      ...BACK,
    ],
    wrong: [
      { name: "restores the MBR backup, which was never damaged", lines: [...RESCUE, "dd if=/mnt/root/mbr.bak of=/dev/sda bs=512 count=1", ...BACK], fails: ["boots", "modules-back"] },
      { name: "installs GRUB on the partition", lines: [...RESCUE, "chroot /mnt grub-install /dev/sda1", ...BACK], fails: ["boots", "modules-back"] },
    ],
  },
];
