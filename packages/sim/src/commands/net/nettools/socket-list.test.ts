/**
 * netstat's socket listings against net-tools 2.10 on Debian 12, recorded by
 * fixtures/record-netstat.sh in a network namespace holding what the
 * mysql-backup lab's db host holds: sshd listening on 0.0.0.0:22 and [::]:22.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";
import { parseFixture } from "../../files/fixture-cases.js";

const cases = parseFixture(readFileSync(new URL("../fixtures/netstat-sockets.txt", import.meta.url), "utf8"));

describe("netstat's socket listings match net-tools 2.10 (fixtures/netstat-sockets.txt)", () => {
  const lab = LabSession.create("mysql-backup");
  // the recording writes sshd's pid as 846; the field is "PID/command line" cut to 19 characters, so it is
  // rebuilt with the simulated sshd's pid (the one systemctl status shows)
  const pid = /Main PID: (\d+)/.exec(lab.run("db", "systemctl status ssh").stdout)?.[1];
  const field = `${pid}/sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups`.slice(0, 19).padEnd(20);
  it("has the recorded cases", () => expect(cases.length).toBeGreaterThan(12));
  for (const c of cases) {
    it(c.command, () => {
      const r = lab.run("db", c.command);
      expect(r.stdout + r.stderr).toBe(c.output.replaceAll("846/sshd: /usr/sbin ", field));
      expect(r.exit).toBe(c.exit);
    });
  }
});

describe("netstat on connections", () => {
  it("lists an ssh connection while it is open, with both ends, and names from /etc/hosts", () => {
    const lab = LabSession.create("mysql-backup");
    // scp's connection is closed by the time the line ends: the server side waits out TIME_WAIT on the client
    lab.run("backup", "scp db:/etc/hostname /tmp/h");
    const r = lab.run("backup", "netstat -tn");
    expect(r.stdout).toMatch(/^Active Internet connections \(w\/o servers\)\nProto Recv-Q Send-Q Local Address {11}Foreign Address {9}State {6}\n/);
    expect(r.stdout).toMatch(/\ntcp {8}0 {6}0 \d+\.\d+\.\d+\.\d+:\d+ +\d+\.\d+\.\d+\.\d+:22 +TIME_WAIT  \n/);
  });
});
