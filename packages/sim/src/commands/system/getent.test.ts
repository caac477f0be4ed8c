/**
 * getent against Debian 12's (glibc 2.36), recorded by
 * fixtures/getent/record-getent.sh over the simulated host's own /etc files
 * (copied from a lab into fixtures/getent/), then run here by the simulated
 * bash on the same lab host: the colon databases, /etc/hosts' IPv6-first
 * name lookup and its enumeration, networks, services, protocols, and the
 * exit statuses and usage texts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { parseFixture } from "../files/fixture-cases.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/getent/${name}`, import.meta.url), "utf8");
const cases = parseFixture(fixture("getent.txt"));

describe("getent matches the recorded Debian 12 tool (fixtures/getent/getent.txt)", () => {
  const lab = LabSession.create("single");
  it("runs on the files it was recorded with", () => {
    for (const f of ["passwd", "group", "shadow", "gshadow", "hosts", "networks"]) expect(lab.run("host", `cat /etc/${f}`).stdout).toBe(fixture(f));
    expect(cases.length).toBeGreaterThan(45);
  });
  for (const c of cases) {
    it(c.command, () => {
      const r = lab.run("host", c.command);
      expect(r.stdout + r.stderr).toBe(c.output);
      expect(r.exit).toBe(c.exit);
    });
  }
});

describe("getent sees the files as they are now", () => {
  it("finds a user the learner added, and a host line appended to /etc/hosts", () => {
    const lab = LabSession.create("single");
    lab.run("host", "echo 'bob:x:1001:1001:Bob,,,:/home/bob:/bin/bash' >> /etc/passwd; printf '10.0.0.5\\tdb.internal db\\n' >> /etc/hosts");
    expect(lab.run("host", "getent passwd 1001").stdout).toBe("bob:x:1001:1001:Bob,,,:/home/bob:/bin/bash\n");
    expect(lab.run("host", "getent hosts db")).toMatchObject({ stdout: "10.0.0.5        db.internal db\n", exit: 0 });
  });

  it("says so for the databases it does not simulate", () => {
    const lab = LabSession.create("single");
    expect(lab.run("host", "getent ahosts localhost")).toMatchObject({ stderr: "getent: the ahosts database is not simulated in Rootlab yet\n", exit: 126 });
  });
});
