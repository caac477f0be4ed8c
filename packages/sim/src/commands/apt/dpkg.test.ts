/**
 * dpkg's and dpkg-query's queries against Debian 12's dpkg 1.21.22 run over the same status
 * file (fixtures/record-dpkg.sh): `base` is a host of the single lab, `lab`
 * the mysql-backup lab's db host (openssh-server and mariadb-server).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const cases = readFileSync(join(import.meta.dirname, "fixtures", "dpkg.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as { db: "base" | "lab"; prog: string; args: string; stdout: string; stderr: string; exit: number });

describe("dpkg", () => {
  const base = LabSession.create("single");
  const lab = LabSession.create("mysql-backup");
  for (const c of cases)
    it(`prints what the real one prints: ${c.prog} ${c.args} (${c.db})`, () => {
      const r = c.db === "base" ? base.run("host", `${c.prog} ${c.args}`) : lab.run("db", `${c.prog} ${c.args}`);
      expect(r).toMatchObject({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
    });

  it("reads /var/lib/dpkg/status: a package whose stanza is removed is no longer listed", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "dpkg -l | grep -c '^ii  cron '").stdout).toBe("1\n");
    s.run("host", "sed -i '/^Package: cron$/,/^$/d' /var/lib/dpkg/status");
    expect(s.run("host", "dpkg -l | grep -c '^ii  cron '").stdout).toBe("0\n");
    expect(s.run("host", "dpkg -s cron").exit).toBe(1);
  });

  it("lists nginx on a host of a lab that runs the web server", () => {
    const s = LabSession.create("gateway");
    const hosts = s.world.hostNames().filter((h) => s.run(h, "dpkg -s nginx").exit === 0);
    expect(hosts.length).toBeGreaterThan(0);
    expect(s.run(hosts[0], "dpkg -l nginx").stdout).toContain("ii  nginx          1.22.1-9+deb12u11 amd64        small, powerful, scalable web/proxy server\n");
  });

  it("says which file lists it cannot give", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "dpkg -L bash")).toMatchObject({ stdout: "", exit: 1 });
  });
});
