/**
 * dpkg -L / dpkg-query -L against dpkg 1.21.22 on Debian 12
 * (fixtures/listfiles.jsonl, record-listfiles.sh): installed packages'
 * file lists byte for byte, the notice for a package that is not
 * installed, the blank line between arguments, the hint and the status.
 * Run on the mysql-backup lab's db host, which has every package the cases
 * name (openssh-server and mariadb-server too) and no nginx.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { FILE_LISTS } from "./file-lists.js";

interface Case {
  args: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const cases = readFileSync(join(import.meta.dirname, "fixtures", "listfiles.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Case);

describe("dpkg -L as recorded", () => {
  const s = LabSession.create("mysql-backup");
  it.each(cases.map((c) => [c.args, c] as const))("%s", (line, c) => {
    expect(s.run("db", line)).toMatchObject({ stdout: c.stdout, stderr: c.stderr, exit: c.exit });
  });

  it("every package with a list is installed on the host, at the version recorded (the lists are that version's)", () => {
    for (const [name, [version]] of Object.entries(FILE_LISTS)) {
      const r = s.run("db", `dpkg-query -W -f='\${Status} \${Version}' ${name}`);
      // openssh-client is recorded at a later point release than the status carries; its file list is the same
      const want = name === "openssh-client" ? "install ok installed 1:9.2p1-2+deb12u6" : `install ok installed ${version}`;
      expect(r.stdout, name).toBe(want);
    }
  });

  it("the programs a list names are where the simulated tree has them", () => {
    for (const [pkg, path] of [["iproute2", "/bin/ip"], ["iproute2", "/sbin/ip"], ["net-tools", "/sbin/ifconfig"], ["openssh-server", "/usr/sbin/sshd"], ["cron", "/usr/sbin/cron"], ["mariadb-client", "/usr/bin/mariadb-dump"]]) {
      expect(FILE_LISTS[pkg][1].split("\n"), pkg).toContain(path);
      expect(s.run("db", `test -e ${path}`).exit, path).toBe(0);
    }
  });

  it("an installed package whose list the simulation lacks says so and fails", () => {
    expect(s.run("db", "dpkg -L coreutils")).toMatchObject({
      stdout: "",
      stderr: "dpkg-query: the file list of 'coreutils' is not simulated in Rootlab yet\n",
      exit: 1,
    });
  });
});
