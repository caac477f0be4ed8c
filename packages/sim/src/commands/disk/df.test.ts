/**
 * df's layout against coreutils 9.1 on Debian 12 (the columns, widths and
 * rounding below are the real one's), and its model of sizes: a fresh ext4
 * on sda1's 19970048 KiB has the 19480400 1K blocks and the reserve that
 * mkfs.ext4 + df show for an image of that size (recorded: 19480400 total,
 * 24 used, 18465492 available on the empty file system).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

function lab() {
  const s = LabSession.create("single");
  return (line: string) => s.run("host", line);
}

describe("df", () => {
  it("lists the mounted file systems in the mount table's order, as coreutils lays them out", () => {
    const run = lab();
    expect(run("df").stdout).toBe(
      "Filesystem     1K-blocks    Used Available Use% Mounted on\n" +
        "udev              983908       0    983908   0% /dev\n" +
        "tmpfs             201120      12    201108   1% /run\n" +
        "/dev/sda1       19480400 1542536  16922980   9% /\n" +
        "tmpfs            1005980       0   1005980   0% /dev/shm\n" +
        "tmpfs               5120       0      5120   0% /run/lock\n",
    );
    expect(run("df -h").stdout).toBe(
      "Filesystem      Size  Used Avail Use% Mounted on\n" +
        "udev            961M     0  961M   0% /dev\n" +
        "tmpfs           197M   12K  197M   1% /run\n" +
        "/dev/sda1        19G  1.5G   17G   9% /\n" +
        "tmpfs           983M     0  983M   0% /dev/shm\n" +
        "tmpfs           5.0M     0  5.0M   0% /run/lock\n",
    );
  });

  it("finds every listed mount point as a directory: /run/lock is world-writable and sticky, as systemd makes it", () => {
    const run = lab();
    expect(run("ls -ld /run/lock").stdout).toBe("drwxrwxrwt 2 root root 4096 Nov 30 09:00 /run/lock\n");
    run("reboot");
    expect(run("ls -ld /run/lock").stdout).toMatch(/^drwxrwxrwt 2 root root /);
    expect(run("df /run/lock").stdout.split("\n")[1]).toBe("tmpfs               5120     0      5120   0% /run/lock");
  });

  it("takes -T, -P, --total, -t, -x and FILE operands", () => {
    const run = lab();
    expect(run("df -T /").stdout).toBe("Filesystem     Type 1K-blocks    Used Available Use% Mounted on\n/dev/sda1      ext4  19480400 1542536  16922980   9% /\n");
    expect(run("df -P /etc/hosts").stdout).toBe("Filesystem     1024-blocks    Used Available Capacity Mounted on\n/dev/sda1         19480400 1542536  16922980       9% /\n");
    expect(run("df --total -t tmpfs").stdout.split("\n").at(-2)).toBe("total            1212220    12   1212208   1% -");
    expect(run("df -x tmpfs -x devtmpfs").stdout.split("\n")[1]).toBe("/dev/sda1       19480400 1542536  16922980   9% /");
    expect(run("df /nope; echo $?")).toMatchObject({ stderr: "df: /nope: No such file or directory\n", stdout: "1\n" });
    expect(run("df -a").stdout).toContain("\nproc                   0       0         0    - /proc\n");
  });

  it("counts what the learner writes, on the file system it went to", () => {
    const run = lab();
    run("head -c 2M /dev/urandom > /root/f");
    expect(run("df /root").stdout.split("\n")[1]).toBe("/dev/sda1       19480400 1544584  16920932   9% /");
    run("head -c 1M /dev/zero > /dev/shm/g");
    expect(run("df /dev/shm").stdout.split("\n")[1]).toBe("tmpfs            1005980  1024   1004956   1% /dev/shm");
    expect(run("df /root").stdout.split("\n")[1]).toBe("/dev/sda1       19480400 1544584  16920932   9% /");
  });
});
