/**
 * /proc/net/route against Linux 6.1's, recorded by
 * fixtures/record-proc-net-route.sh in a network namespace set up as the
 * `single` lab's host, before and after the same routes are added.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";

const [before, after] = readFileSync(new URL("./fixtures/proc-net-route.txt", import.meta.url), "utf8").split("--\n");

describe("/proc/net/route", () => {
  it("lists the main table as the kernel prints it", () => {
    const lab = LabSession.create("single");
    expect(lab.run("host", "cat /proc/net/route").stdout).toBe(before);
    lab.run("host", "ip route add 10.9.0.0/16 via 192.168.1.254 metric 5");
    lab.run("host", "ip route add unreachable 10.8.0.0/16");
    lab.run("host", "ip route add 10.7.7.7 dev eth0");
    lab.run("host", "ip route add blackhole 10.6.0.0/24");
    expect(lab.run("host", "cat /proc/net/route").stdout).toBe(after);
  });
});
