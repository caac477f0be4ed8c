/**
 * nc's messages for a failed connection, as netcat-openbsd 1.219 prints
 * them on Debian 12 (recorded between two network namespaces, `nc -zv -w 2`
 * to a host that never answers, and to a closed port).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("nc -v", () => {
  it("a connection nobody answers times out after -w seconds, 'in progress'", () => {
    const s = LabSession.create("gateway"); // machine_A does not forward: the SYN is lost
    const r = s.run("machine_B", "nc -zv -w 2 10.0.0.2 80");
    expect(r.stderr).toBe("nc: connect to 10.0.0.2 port 80 (tcp) timed out: Operation now in progress\n");
    expect(r.exit).toBe(1);
  });

  it("a closed port is refused", () => {
    const r = LabSession.create("gateway").run("machine_A", "nc -zv 10.0.0.2 81");
    expect(r.stderr).toBe("nc: connect to 10.0.0.2 port 81 (tcp) failed: Connection refused\n");
    expect(r.exit).toBe(1);
  });

  it("-p with a name that is no service: getaddrinfo's error (as the real nc, TCP and UDP)", () => {
    const s = LabSession.create("gateway");
    for (const u of ["", "-u "]) {
      const r = s.run("machine_A", `nc ${u}-p foo 10.0.0.2 80 </dev/null`);
      expect([r.stderr, r.exit]).toEqual(["nc: getaddrinfo: Servname not supported for ai_socktype\n", 1]);
    }
    // the port itself shows in the conntrack recordings replayed by commands/netfilter/conntrack-traffic.test.ts
  });
});
