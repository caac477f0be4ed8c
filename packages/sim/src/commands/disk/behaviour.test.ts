/** The disk programs on a running system: what a real machine does that an image file cannot show. */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { SNAPSHOT_VERSION, World } from "../../world/world.js";

function lab(lines: string[] = []) {
  const s = LabSession.create("single");
  for (const l of lines) s.run(undefined, l);
  return s;
}

describe("fdisk on the disk the system runs from", () => {
  it("writes, and tells the kernel partition by partition: the mounted one stays as it was", () => {
    const s = lab();
    const r = s.run(undefined, "printf 'd\\n1\\nd\\n5\\nw\\n' | fdisk /dev/sda");
    // a warning resets libfdisk's info count: the next message starts with a blank line
    expect(r.stdout).toContain(
      "Command (m for help): The partition table has been altered.\n\nThe kernel still uses the old partitions. The new table will be used at the next reboot. \nSyncing disks.\n\n",
    );
    expect(r.stderr).toBe("Failed to remove partition 1 from system: Device or resource busy\n");
    expect(r.exit).toBe(0);
    // the kernel and udev dropped sda5 (unused) and kept sda1 (mounted)
    expect(s.run(undefined, "ls -1 /dev/sda*").stdout).toBe("/dev/sda\n/dev/sda1\n/dev/sda2\n");
    expect(s.run(undefined, "sfdisk -d /dev/sda").stdout).toContain("/dev/sda2 : start=    39944190, size=     1996802, type=5\n");
  });

  it("asks at a terminal, echoing what is typed, and offers to remove a signature it would cover", () => {
    const s = lab();
    const r = s.run(undefined, "fdisk /dev/sda", { cols: 80, rows: 24, input: ["d\r", "1\r", "n\r", "p\r", "1\r", "\r", "\r", "n\r", "p\r", "q\r"] });
    // the terminal echoes what is typed (readline), then fdisk goes on
    expect(r.screen).toContain("Command (m for help): d\r\nPartition number (1,2,5, default 5): 1\r\n\nPartition 1 has been deleted.\n");
    expect(r.screen).toContain(
      "\nCreated a new partition 1 of type 'Linux' and of size 19 GiB.\nPartition #1 contains a ext4 signature.\n\nDo you want to remove the signature? [Y]es/[N]o: n\r\n",
    );
    expect(r.screen).toContain("/dev/sda1           2048 39942143 39940096   19G 83 Linux");
    expect(r.exit).toBe(0);
  });

  it("reports a missing device like util-linux", () => {
    const s = lab();
    expect(s.run(undefined, "fdisk -l /dev/sdb")).toMatchObject({ stderr: "fdisk: cannot open /dev/sdb: No such file or directory\n", exit: 1 });
    expect(s.run(undefined, "fdisk")).toMatchObject({ stderr: "fdisk: bad usage\nTry 'fdisk --help' for more information.\n", exit: 1 });
  });
});

describe("sfdisk restoring a table", () => {
  it("refuses a disk in use unless forced", () => {
    const s = lab(["sfdisk -d /dev/sda > /root/sda.sfdisk"]);
    const r = s.run(undefined, "sfdisk /dev/sda < /root/sda.sfdisk");
    expect(r.stdout).toBe("Checking that no-one is using this disk right now ... FAILED\n\n");
    expect(r.stderr).toContain("This disk is currently in use - repartitioning is probably a bad idea.\n");
    expect(r.stderr).toContain("sfdisk: Use the --force flag to overrule all checks.\n");
    expect(r.exit).toBe(1);
    expect(s.run(undefined, "sfdisk --force /dev/sda < /root/sda.sfdisk").exit).toBe(0);
  });
});

describe("dd", () => {
  it("copies between files and devices with skip, seek and notrunc, and its time is virtual", () => {
    const s = lab();
    const t0 = s.world.clock.now;
    const r = s.run(undefined, "dd if=/dev/sda of=/root/two bs=1M count=2");
    expect(r.stderr).toBe("2+0 records in\n2+0 records out\n2097152 bytes (2.1 MB, 2.0 MiB) copied, 0.00439430 s, 477 MB/s\n".replace("0.00439430", "0.0043943"));
    expect(s.world.clock.now - t0).toBe(4);
    expect(s.run(undefined, "printf abcdef > /root/f && dd if=/root/f of=/root/g bs=2 skip=1 seek=1 2>/dev/null && od -c /root/g").stdout).toBe(
      "0000000  \\0  \\0   c   d   e   f\n0000006\n",
    );
    expect(s.run(undefined, "printf 12345678 > /root/h && printf xy | dd of=/root/h bs=1 seek=2 conv=notrunc 2>/dev/null; cat /root/h").stdout).toBe("12xy5678");
    expect(s.run(undefined, "printf 12345678 > /root/h && printf xy | dd of=/root/h bs=1 seek=2 2>/dev/null; cat /root/h").stdout).toBe("12xy");
  });

  it("stops at the end of a partition and of a device", () => {
    const s = lab();
    const r = s.run(undefined, "dd if=/dev/zero of=/dev/sda2 bs=512 count=4");
    expect(r.stderr).toBe("dd: error writing '/dev/sda2': No space left on device\n3+0 records in\n2+0 records out\n1024 bytes (1.0 kB, 1.0 KiB) copied, 0.000202048 s, 5.1 MB/s\n");
    expect(r.exit).toBe(1);
  });
});

describe("mount, umount and chroot", () => {
  it("reports what cannot be mounted", () => {
    const s = lab();
    expect(s.run(undefined, "mount /dev/sda1 /nowhere")).toMatchObject({ stderr: "mount: /nowhere: mount point does not exist.\n", exit: 32 });
    expect(s.run(undefined, "mount /dev/sda9 /mnt")).toMatchObject({ stderr: "mount: /mnt: special device /dev/sda9 does not exist.\n", exit: 32 });
    expect(s.run(undefined, "umount /mnt")).toMatchObject({ stderr: "umount: /mnt: not mounted.\n", exit: 32 });
    s.run(undefined, "mount /dev/sda1 /mnt");
    expect(s.run(undefined, "mount /dev/sda1 /mnt")).toMatchObject({ stderr: "mount: /mnt: /dev/sda1 already mounted on /mnt.\n", exit: 32 });
    s.run(undefined, "mount -t proc proc /mnt/proc");
    expect(s.run(undefined, "umount /mnt")).toMatchObject({ stderr: "umount: /mnt: target is busy.\n", exit: 32 });
    expect(s.run(undefined, "umount -R /mnt").exit).toBe(0);
    expect(s.run(undefined, "mount | grep /mnt").stdout).toBe("");
  });

  it("chroot runs a command in the new root, or says why it cannot", () => {
    const s = lab(["mkdir /srv/empty"]);
    expect(s.run(undefined, "chroot /nope")).toMatchObject({ stderr: "chroot: cannot change root directory to '/nope': No such file or directory\n", exit: 125 });
    expect(s.run(undefined, "chroot /srv/empty")).toMatchObject({ stderr: "chroot: failed to run command ‘/bin/bash’: No such file or directory\n", exit: 127 });
    expect(s.run(undefined, "chroot / cat /etc/hostname").stdout).toBe("host\n");
  });

  it("grub-install takes the disk, never a partition", () => {
    const s = lab();
    const r = s.run(undefined, "grub-install /dev/sda1");
    expect(r.stderr).toContain("grub-install: error: will not proceed with blocklists.\n");
    expect(r.exit).toBe(1);
    // as GRUB 2.06 does (fixtures/real-grub.json): the platform line comes before the check
    expect(s.run(undefined, "grub-install")).toMatchObject({ stderr: "Installing for i386-pc platform.\ngrub-install: error: install device isn't specified.\n", exit: 1 });
  });
});

describe("an older snapshot", () => {
  it("gets the installer's disk when restored", () => {
    const s = lab();
    const snap = s.world.snapshot();
    for (const h of snap.world.hosts) {
      delete h.disks;
      delete h.kernel.block;
    }
    const w = World.restore({ ...snap, version: 2 });
    expect(SNAPSHOT_VERSION).toBe(3);
    const host = w.host("host")!;
    expect(host.state.disks?.[0].name).toBe("sda");
    expect(host.kernel.block.mounts().find((m) => m.target === "/")?.source).toBe("/dev/sda1");
    expect(host.fs.stat("/boot/grub/grub.cfg").ok).toBe(true);
  });
});
