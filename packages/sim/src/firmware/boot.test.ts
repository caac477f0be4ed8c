/** What reboot shows and where the machine ends, for a healthy disk and each kind of damage; the console; replay. */
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";
import { World } from "../world/world.js";
import { SEABIOS_BANNER } from "./power.js";

function lab(lines: string[] = []) {
  const s = LabSession.create("single");
  for (const l of lines) s.run(undefined, l);
  return s;
}

const machine = (s: LabSession) => s.world.host("host")!.state.machine;

describe("reboot", () => {
  it("goes through the firmware and GRUB to the login prompt on a healthy disk", () => {
    const s = lab();
    const r = s.run(undefined, "reboot");
    expect(r.stdout).toContain(`${SEABIOS_BANNER}Booting from Hard Disk...\nGRUB loading.\nWelcome to GRUB!\n\n  Booting \`Debian GNU/Linux'\n\nLoading Linux 6.1.0-28-amd64 ...\nLoading initial ramdisk ...\n\nDebian GNU/Linux 12 host tty1\n\nhost login: root (automatic login)\n\nLinux host 6.1.0-28-amd64`);
    expect(machine(s)).toBeUndefined();
    expect(s.prompt("host")).toBe("root@host:~# ");
  });

  it("stops at the firmware when the boot signature is gone", () => {
    const s = lab(["dd if=/dev/zero of=/dev/sda bs=512 count=1"]);
    expect(s.run(undefined, "reboot").stdout).toContain("Booting from Hard Disk...\nBoot failed: not a bootable disk\n\nNo bootable device.\n\n[Rootlab console]");
    expect(machine(s)).toEqual({ kind: "firmware", stop: "no-bootable-device" });
    expect(s.machineState("host")).toBe("stopped");
    expect(s.prompt("host")).toBe("");
    // typing at a stopped firmware does nothing but remind
    expect(s.run(undefined, "ls").stdout).toMatch(/^\n\[Rootlab console\] .*rescue.*reset/);
  });

  it("hangs when the boot code is not GRUB's, or GRUB's core image is damaged", () => {
    const code = lab(["dd if=/dev/zero of=/dev/sda bs=440 count=1"]);
    expect(code.run(undefined, "reboot").stdout).toMatch(/Booting from Hard Disk...\n\n\[Rootlab console\]/);
    expect(machine(code)).toEqual({ kind: "firmware", stop: "hang" });
    const core = lab(["dd if=/dev/urandom of=/dev/sda bs=512 seek=10 count=1"]);
    expect(core.run(undefined, "reboot").stdout).toMatch(/Booting from Hard Disk...\nGRUB loading.\n\n\[Rootlab console\]/);
  });

  it("enters grub rescue when GRUB cannot load normal.mod, and boots by hand once the prefix is right", () => {
    const s = lab(["mkdir /boot/grub2", "mv /boot/grub/i386-pc /boot/grub2/", "cp /boot/grub/grub.cfg /boot/grub2/"]);
    expect(s.run(undefined, "reboot").stdout).toContain("Welcome to GRUB!\n\nerror: file `/boot/grub/i386-pc/normal.mod' not found.\nEntering rescue mode...\n");
    expect(s.prompt("host")).toBe("grub rescue> ");
    expect(s.run(undefined, "ls").stdout).toBe("(hd0) (hd0,msdos5) (hd0,msdos1) \n");
    expect(s.run(undefined, "ls (hd0,msdos5)").stdout).toBe("(hd0,msdos5): Filesystem is unknown.\n");
    expect(s.run(undefined, "ls (hd0,msdos7)").stdout).toBe("error: no such partition.\n");
    expect(s.run(undefined, "normal").stdout).toBe("Unknown command `normal'.\n");
    expect(s.run(undefined, "set").stdout).toBe("cmdpath=(hd0)\nprefix=(hd0,msdos1)/boot/grub\nroot=hd0,msdos1\n");
    s.run(undefined, "set prefix=(hd0,msdos1)/boot/grub2");
    expect(s.run(undefined, "insmod normal").stdout).toBe("");
    const booted = s.run(undefined, "normal");
    expect(booted.stdout).toContain("  Booting `Debian GNU/Linux'");
    expect(booted.stdout).toContain("host login: root (automatic login)");
    expect(machine(s)).toBeUndefined();
    expect(s.run(undefined, "cat /proc/mounts").stdout).toContain("/dev/sda1 / ext4");
  });

  it("gives grub> without grub.cfg, where linux, initrd and boot start Linux", () => {
    const s = lab(["rm /boot/grub/grub.cfg"]);
    expect(s.run(undefined, "reboot").stdout).toContain("GNU GRUB  version 2.06-13+deb12u1");
    expect(s.prompt("host")).toBe("grub> ");
    expect(s.run(undefined, "boot").stdout).toBe("error: you need to load the kernel first.\n");
    expect(s.run(undefined, "linux /boot/nothing").stdout).toBe("error: file `/boot/nothing' not found.\n");
    expect(s.run(undefined, "foo").stdout).toBe("error: can't find command `foo'.\n");
    s.run(undefined, "linux /boot/vmlinuz-6.1.0-28-amd64 root=/dev/sda1 ro");
    s.run(undefined, "initrd /boot/initrd.img-6.1.0-28-amd64");
    expect(s.run(undefined, "boot").stdout).toContain("host login: root");
    expect(machine(s)).toBeUndefined();
  });

  it("stops in the initramfs when the kernel's root filesystem is not on the disk", () => {
    const s = lab(["rm /boot/grub/grub.cfg", "reboot", "linux /boot/vmlinuz-6.1.0-28-amd64 root=UUID=0000 ro"]);
    expect(s.run(undefined, "boot").stdout).toContain("ALERT!  UUID=0000 does not exist.  Dropping to a shell!");
    expect(machine(s)).toEqual({ kind: "firmware", stop: "hang" });
  });
});

describe("the rescue system", () => {
  it("runs from its own root, sees the disk unmounted, and repairs the installed system through a chroot", () => {
    const s = lab(["dd if=/dev/zero of=/dev/sda bs=446 count=1", "reboot"]);
    const rescue = s.run(undefined, "rescue");
    expect(rescue.stdout).toContain("Booting from DVD/CD...\n\nDebian GNU/Linux 12 rescue tty1\n\nrescue login: root (automatic login)");
    expect(s.prompt("host")).toBe("root@rescue:~# ");
    expect(s.machineState("host")).toBe("rescue");
    expect(s.run(undefined, "lsblk").stdout).toContain("├─sda1   8:1    0   19G  0 part \n");
    expect(s.run(undefined, "grub-install /dev/sda").stderr).toBe("Installing for i386-pc platform.\ngrub-install: error: cannot find a device for /boot/grub (is /dev mounted?).\n");
    expect(s.run(undefined, "mount /dev/sda1 /mnt").exit).toBe(0);
    expect(s.run(undefined, "ls /mnt/boot/grub").stdout).toContain("grub.cfg");
    s.run(undefined, "chroot /mnt");
    expect(s.prompt("host")).toBe("root@rescue:/# ");
    expect(s.run(undefined, "grub-install /dev/sda").exit).toBe(0);
    expect(s.run(undefined, "exit").stderr).toBe("exit\n");
    expect(s.prompt("host")).toBe("root@rescue:~# ");
    expect(s.run(undefined, "umount /mnt").exit).toBe(0);
    expect(s.run(undefined, "reboot").stdout).toContain("host login: root (automatic login)");
    expect(s.prompt("host")).toBe("root@host:~# ");
  });

  it("keeps the installed system's services stopped and its files untouched by the rescue system's own", () => {
    const s = lab(["echo mine > /root/file", "dd if=/dev/zero of=/dev/sda bs=512 count=1", "reboot", "rescue"]);
    expect(s.run(undefined, "cat /root/file").exit).toBe(1);
    expect(s.run(undefined, "hostname").stdout).toBe("rescue\n");
    expect(s.run(undefined, "fdisk -l /dev/sda").stdout).not.toContain("Disklabel");
    expect(s.run(undefined, "mount /dev/sda1 /mnt").stderr).toBe("mount: /mnt: special device /dev/sda1 does not exist.\n");
  });
});

describe("determinism", () => {
  const lines = [
    "dd if=/dev/sda of=/root/mbr.bak bs=512 count=1",
    "dd if=/dev/zero of=/dev/sda bs=512 count=1",
    "reboot",
    "rescue",
    "fdisk -l /dev/sda",
    "dd if=/dev/urandom of=/root/noise bs=16 count=1",
    // the backup is on sda1, which has no partition table entry any more: restore the table first
    "printf 'label: dos\\nlabel-id: 0x8d7c5a6e\\n/dev/sda1 : start=2048, size=39940096, type=83, bootable\\n/dev/sda2 : start=39944190, size=1996802, type=5\\n/dev/sda5 : start=39944192, size=1996800, type=82\\n' | sfdisk /dev/sda",
    "mount /dev/sda1 /mnt",
    "chroot /mnt",
    "dd if=/root/mbr.bak of=/dev/sda bs=512 count=1",
    "exit",
    "umount /mnt",
    "reboot",
  ];

  it("replays a transcript through the firmware, the rescue system and chroot to the same world and screens", () => {
    const s = lab();
    const outputs = lines.map((l) => s.run(undefined, l).screen);
    const r = LabSession.replay(s.transcript);
    expect(r.outputs.map((o) => o.screen)).toEqual(outputs);
    expect(JSON.stringify(r.session.world.state)).toBe(JSON.stringify(s.world.state));
    expect(machine(s)).toBeUndefined();
  });

  it("snapshots and restores a machine in the rescue system", () => {
    const s = lab(["dd if=/dev/zero of=/dev/sda bs=446 count=1", "reboot", "rescue", "mount /dev/sda1 /mnt"]);
    const restored = World.restore(structuredClone(s.world.snapshot()));
    expect(restored.state).toEqual(s.world.state);
    expect(restored.host("host")!.fs.readdir("/mnt/root").ok).toBe(true);
  });
});
