import type { Exercise } from "../../src/schema.js";

/**
 * The seed's "Repair a Corrupt MBR and boot into Linux", on the `single` lab
 * (one Debian 12 host with a 20 GiB MBR disk, GRUB 2 installed). The checks
 * grade results: the backup's bytes against the disk's, and whether a copy
 * of the machine, restarted, boots from its disk (the grader's `boots`
 * probe). A restored backup and a reinstalled GRUB both pass.
 */

/** the first sector of the disk and /root/mbr.bak are the same 512 bytes */
const MBR_EQUALS_BACKUP = {
  kind: "command",
  host: "host",
  run: "dd if=/dev/sda bs=512 count=1 2>/dev/null | md5sum; md5sum < /root/mbr.bak",
  stdoutMatches: "^([0-9a-f]{32})  -\\n\\1  -$",
} as const;

const BOOTS = { kind: "boots", host: "host" } as const;

/** what the setup of the repair exercises leaves: the backup the first exercise makes */
const BACKUP = ["dd if=/dev/sda of=/root/mbr.bak bs=512 count=1", "sfdisk -d /dev/sda > /root/sda.sfdisk"];

export const exercises: Exercise[] = [
  {
    id: "mbr-backup",
    title: "Back up the MBR and the partition table",
    lab: "single",
    tasks: [
      "Look at the disk: `fdisk -l /dev/sda`, and the end of its first sector with `xxd -s 440 -l 72 /dev/sda`.",
      "Save the first sector of **/dev/sda** (512 bytes) to **/root/mbr.bak** with `dd`.",
      "Save the partition table, logical partitions included, as an sfdisk script in **/root/sda.sfdisk**.",
    ],
    checks: [
      {
        id: "mbr-saved",
        title: "/root/mbr.bak holds the disk's first 512 bytes",
        spec: MBR_EQUALS_BACKUP,
        failMessage: "/root/mbr.bak is missing or is not the disk's first sector, byte for byte.",
        hint: "One block of 512 bytes from the disk: `dd if=/dev/sda of=/root/mbr.bak bs=512 count=1`.",
      },
      {
        id: "table-saved",
        title: "/root/sda.sfdisk describes sda1, sda2 and sda5",
        spec: {
          kind: "file",
          host: "host",
          path: "/root/sda.sfdisk",
          matches:
            "^/dev/sda1 : start=\\s+2048, size=\\s+39940096, type=83, bootable\\n/dev/sda2 : start=\\s+39944190, size=\\s+1996802, type=5\\n/dev/sda5 : start=\\s+39944192, size=\\s+1996800, type=82$",
        },
        failMessage: "/root/sda.sfdisk does not hold the table in sfdisk's dump format.",
        hint: "`sfdisk -d /dev/sda` prints the table as a script `sfdisk` reads back; redirect it into the file.",
      },
      {
        id: "still-boots",
        title: "the machine still boots",
        spec: BOOTS,
        failMessage: "A restart would not bring the machine back: the disk's boot sector was changed.",
        hint: "Read `dd` lines twice: `of=` is the one that gets written.",
        guard: true,
      },
    ],
    hints: ["`dd` copies blocks: `if=` input, `of=` output, `bs=` block size, `count=` how many.", "dd if=/dev/sda of=/root/mbr.bak bs=512 count=1 && sfdisk -d /dev/sda > /root/sda.sfdisk"],
  },
  {
    id: "mbr-boot-again",
    title: "Boot again after the boot code was wiped",
    lab: "single",
    setup: [...BACKUP, "dd if=/dev/zero of=/dev/sda bs=446 count=1"],
    tasks: [
      "Someone ran `dd if=/dev/zero of=/dev/sda bs=446 count=1` on this server: the boot code in the MBR is zeros, the partition table is intact. Your backups from the first exercise are in /root.",
      "`reboot` and watch where the boot stops.",
      "Type `rescue` at the stopped machine's console to start the rescue system, and mount the installed system on **/mnt**.",
      "Repair the MBR: restore the boot code from **/mnt/root/mbr.bak** with `dd`, or reinstall GRUB from a chroot.",
      "Unmount and `reboot` into the installed system.",
    ],
    checks: [
      {
        id: "boots",
        title: "the machine boots from its disk",
        spec: BOOTS,
        failMessage: "Restarted, the machine does not get to Linux.",
        hint: "From the rescue system: `mount /dev/sda1 /mnt`, then `dd if=/mnt/root/mbr.bak of=/dev/sda bs=446 count=1`.",
        weight: 2,
      },
      {
        id: "mbr-as-before",
        title: "the first sector is again what it was before the accident",
        spec: { kind: "after-reboot", host: "host", checks: [MBR_EQUALS_BACKUP] },
        failMessage: "The MBR differs from the backup taken before the accident.",
        hint: "Write the backup back to the disk itself (`of=/dev/sda`), not to a partition.",
      },
    ],
    hints: [
      "Nothing in the running system notices the damage: the firmware reads the MBR only at boot.",
      "The rescue system does not mount the disk: `mount /dev/sda1 /mnt` first; the backup is then /mnt/root/mbr.bak.",
      "dd if=/mnt/root/mbr.bak of=/dev/sda bs=446 count=1, then umount /mnt and reboot",
    ],
  },
  {
    id: "grub-reinstall",
    title: "Reinstall GRUB after its files were lost",
    lab: "single",
    setup: [...BACKUP, "rm -r /boot/grub/i386-pc"],
    tasks: [
      "GRUB's modules in /boot/grub/i386-pc were deleted. `reboot` and read what GRUB says at its `grub rescue>` prompt; `ls` and `set` show what it sees.",
      "Would restoring /root/mbr.bak help? Compare it with the disk's first sector before you decide.",
      "Start the rescue system (`rescue`), mount /dev/sda1 on /mnt, bind /dev, /proc and /sys into it, `chroot /mnt`, and reinstall GRUB on **/dev/sda**; regenerate grub.cfg with `update-grub`.",
      "Leave the chroot, unmount and `reboot`.",
    ],
    checks: [
      {
        id: "boots",
        title: "the machine boots from its disk",
        spec: BOOTS,
        failMessage: "Restarted, the machine does not get to Linux.",
        hint: "In the chroot: `grub-install /dev/sda` (the disk, not sda1), then `update-grub`.",
        weight: 2,
      },
      {
        id: "modules-back",
        title: "GRUB's modules are back in /boot/grub/i386-pc",
        spec: { kind: "after-reboot", host: "host", checks: [{ kind: "command", host: "host", run: "ls /boot/grub/i386-pc/normal.mod", exit: 0 }] },
        failMessage: "/boot/grub/i386-pc has no normal.mod: the MBR was never the problem.",
        hint: "grub-install copies the modules into /boot/grub/i386-pc; restoring the MBR does not.",
      },
    ],
    hints: [
      "`error: file `/boot/grub/i386-pc/normal.mod' not found` says the MBR and core image work: it is GRUB's directory that is damaged.",
      "grub-install must run inside the installed system (chroot), or it installs the rescue system's GRUB files: it finds /boot/grub through the mount table.",
      "mount /dev/sda1 /mnt; for d in dev proc sys; do mount --bind /$d /mnt/$d; done; chroot /mnt; grub-install /dev/sda; update-grub; exit; umount -R /mnt; reboot",
    ],
  },
];
