/**
 * scp against the real OpenSSH 9.2p1 (fixtures/scp.json, recorded by
 * fixtures/record-scp.py between two network namespaces set up like the
 * mysql-backup lab): the same messages, exit statuses and files on the
 * backup host. "pipe" cases ran with no terminal at all, as a cron job does,
 * so they run here as one (runCronJob); "tty" cases on an 80x24 terminal.
 * Rates and the host key's fingerprint differ (timing, keys) and are masked.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { asBytes, utf8Decode, utf8Encode } from "../../bytes.js";
import { runCronJob } from "../../lab/daemons.js";
import { LabSession } from "../../lab/lab-session.js";

const dir = join(import.meta.dirname, "fixtures");
const recording = JSON.parse(readFileSync(join(dir, "scp.json"), "utf8")) as {
  cases: { mode: "pipe" | "tty"; command: string; keys: string[]; output: string; exit: number; backups: string[] }[];
};

function lab() {
  const s = LabSession.create("mysql-backup");
  const db = s.world.host("db")!;
  db.fs.writeFile("/root/shop.tar.gz", utf8Encode("shop dump\n"));
  let big = "";
  for (let i = 0; i < 300000; i++) big += String.fromCharCode(i % 251);
  db.fs.writeFile("/root/big.bin", asBytes(big));
  return { s, db, backup: s.world.host("backup")! };
}

function mask(text: string): string {
  return text
    .replace(/\r*\n/g, "\n")
    .replace(/ +\d+\.\d[KMG]B\/s/g, " RATE/s")
    .replace(/SHA256:[A-Za-z0-9+/]+/g, "SHA256:FP");
}

describe("scp, as recorded from the real one", () => {
  it("every case of scp-cases.txt was recorded", () => {
    const lines = readFileSync(join(dir, "scp-cases.txt"), "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
    expect(recording.cases.length).toBe(lines.length);
  });
  for (const c of recording.cases) {
    it(`${c.mode}: ${c.command} ${c.keys.length ? JSON.stringify(c.keys) : ""}`, () => {
      const { s, db, backup } = lab();
      let output: string;
      let exit: number;
      if (c.mode === "pipe") {
        const env = { HOME: "/root", PATH: "/usr/bin:/bin:/usr/sbin:/sbin", LANG: "C.UTF-8", USER: "root", LOGNAME: "root", SHELL: "/bin/sh" };
        const r = runCronJob(db, { user: "root", command: c.command, stdin: undefined, env, cwd: "/root" });
        output = r.output;
        exit = r.status;
        // bytes compared as they are: scp ends its messages with "\r\n" even on a pipe
        expect(output.replace(/SHA256:[A-Za-z0-9+/]+/g, "SHA256:FP")).toBe(c.output.replace(/SHA256:[A-Za-z0-9+/]+/g, "SHA256:FP"));
      } else {
        const r = s.run("db", `cd /root; ${c.command}`, { cols: 80, rows: 24, input: c.keys });
        output = r.screen;
        exit = r.exit;
        expect(mask(output)).toBe(mask(c.output));
      }
      expect(exit).toBe(c.exit);
      const listing = backup.fs.readdir("/srv/backups");
      expect(listing.ok && listing.value).toEqual(c.backups);
      void db;
    });
  }
});

describe("scp's own behaviour", () => {
  it("copies the bytes unchanged, so the checksums agree on both hosts", () => {
    const { s } = lab();
    expect(s.run("db", "scp -q /root/big.bin backup:/srv/backups/").exit).toBe(0);
    const here = s.run("db", "md5sum < /root/big.bin").stdout;
    expect(s.run("backup", "md5sum < /srv/backups/big.bin").stdout).toBe(here);
  });

  it("logs the login in the server's auth.log with the key's fingerprint", () => {
    const { s, backup } = lab();
    s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/");
    const log = backup.fs.readFile("/var/log/auth.log");
    expect(log.ok && utf8Decode(log.value)).toMatch(/ backup sshd\[\d+\]: Accepted publickey for root from 192\.168\.1\.10 port \d+ ssh2: ED25519 SHA256:/);
  });

  it("fails when sshd is stopped on the server, and works again once it is started", () => {
    const { s } = lab();
    expect(s.run("backup", "systemctl stop ssh").exit).toBe(0);
    const r = s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/");
    expect(r).toMatchObject({ exit: 255, stderr: "ssh: connect to host backup port 22: Connection refused\r\nscp: Connection closed\r\n" });
    s.run("backup", "systemctl start ssh");
    expect(s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/").exit).toBe(0);
  });

  it("looks the name up in /etc/hosts as it is now, edited between two copies", () => {
    const { s } = lab();
    expect(s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/").exit).toBe(0);
    s.run("db", "cp /etc/hosts /root/hosts; sed -i 's/backup/elsewhere/' /etc/hosts");
    const r = s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/");
    expect(r).toMatchObject({ exit: 255, stderr: "ssh: Could not resolve hostname backup: Temporary failure in name resolution\r\nscp: Connection closed\r\n" });
    s.run("db", "cp /root/hosts /etc/hosts");
    expect(s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/").exit).toBe(0);
  });

  it("checks the host key against known_hosts as it is now", () => {
    const { s } = lab();
    expect(s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/").exit).toBe(0);
    s.run("db", "cp /root/.ssh/known_hosts /root/kh; : > /root/.ssh/known_hosts");
    expect(s.run("db", "scp -q -o StrictHostKeyChecking=yes /root/shop.tar.gz backup:/srv/backups/").exit).toBe(255);
    s.run("db", "cp /root/kh /root/.ssh/known_hosts");
    expect(s.run("db", "scp -q -o StrictHostKeyChecking=yes /root/shop.tar.gz backup:/srv/backups/").exit).toBe(0);
  });

  it("offers the default identities that ~/.ssh holds now, under any of their names", () => {
    const { s } = lab();
    const copy = () => s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/");
    s.run("db", "mv /root/.ssh/id_ed25519 /root/.ssh/id_ecdsa; mv /root/.ssh/id_ed25519.pub /root/.ssh/id_ecdsa.pub");
    expect(copy().exit).toBe(0);
    s.run("db", "mv /root/.ssh/id_ecdsa /root/k; ln -s /root/nothing /root/.ssh/id_ecdsa");
    const r = copy();
    expect(r.exit).toBe(255);
    expect(r.stderr).toContain("root@backup: Permission denied (publickey,password).");
    s.run("db", "rm /root/.ssh/id_ecdsa; mv /root/k /root/.ssh/id_rsa; mv /root/.ssh/id_ecdsa.pub /root/.ssh/id_rsa.pub");
    expect(copy().exit).toBe(0);
  });

  it("refuses a key for a user that /etc/passwd does not list, even one whose name begins another's", () => {
    const { s } = lab();
    s.run("backup", "mkdir -p /home/roo/.ssh /srv/r; cp /root/.ssh/authorized_keys /home/roo/.ssh/; chmod 777 /srv/r");
    const r = s.run("db", "scp -q /root/shop.tar.gz roo@backup:/srv/r/");
    expect(r.exit).toBe(255);
    expect(r.stderr).toContain("roo@backup: Permission denied (publickey,password).");
    s.run("backup", "echo 'roo:x:1001:1001::/home/roo:/bin/sh' >> /etc/passwd");
    expect(s.run("db", "scp -q /root/shop.tar.gz roo@backup:/srv/r/").exit).toBe(0);
  });

  it("is refused once the key is gone from authorized_keys", () => {
    const { s } = lab();
    s.run("backup", "rm /root/.ssh/authorized_keys");
    const r = s.run("db", "scp -q /root/shop.tar.gz backup:/srv/backups/");
    expect(r.exit).toBe(255);
    expect(r.stderr).toContain("root@backup: Permission denied (publickey,password).\r\nscp: Connection closed\r\n");
  });

  it("keeps modification times with -p, and stamps the copy with the time of the copy without it", () => {
    const { s, db } = lab();
    const weekAgo = s.world.clock.now - 7 * 86_400_000;
    db.fs.utimes("/root/shop.tar.gz", weekAgo);
    s.run("db", "scp -p /root/shop.tar.gz backup:/srv/backups/kept.tgz; scp /root/shop.tar.gz backup:/srv/backups/now.tgz");
    expect(s.run("backup", "ls -l /srv/backups/kept.tgz").stdout).toContain(" Nov 23 09:00 ");
    expect(s.run("backup", "ls -l /srv/backups/now.tgz").stdout).toContain(" Nov 30 09:00 ");
  });
});

describe("a big upload", () => {
  it("arrives whole, and sshd reads its request line once, not once per segment", () => {
    const s = LabSession.create("mysql-backup");
    s.run("db", "head -c 2M /dev/urandom > /tmp/big");
    const parse = vi.spyOn(JSON, "parse");
    try {
      expect(s.run("db", "scp -q /tmp/big root@backup:/tmp/").exit).toBe(0);
      // ~1450 TCP segments; the old server parsed the request at each one
      expect(parse.mock.calls.length).toBeLessThan(50);
    } finally {
      parse.mockRestore();
    }
    expect(s.run("backup", "md5sum < /tmp/big").stdout).toBe(s.run("db", "md5sum < /tmp/big").stdout);
  });
});
