/**
 * ip rule as iproute2 6.1 prints it on a fresh Linux 6.1 (recorded in a
 * network namespace on Debian 12: the default policy database, selectors,
 * help and unknown-command texts, exit statuses).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";

const DEFAULT_V4 = "0:\tfrom all lookup local\n32766:\tfrom all lookup main\n32767:\tfrom all lookup default\n";

describe("ip rule", () => {
  const lab = LabSession.create("single");
  const run = (line: string) => lab.run("host", line);

  it("lists the default rules, by family and selector", () => {
    expect(run("ip rule")).toMatchObject({ stdout: DEFAULT_V4, exit: 0 });
    expect(run("ip rule show").stdout).toBe(DEFAULT_V4);
    expect(run("ip ru lst").stdout).toBe(DEFAULT_V4);
    expect(run("ip -6 rule").stdout).toBe("0:\tfrom all lookup local\n32766:\tfrom all lookup main\n");
    expect(run("ip rule list table main").stdout).toBe("32766:\tfrom all lookup main\n");
    expect(run("ip rule list table local").stdout).toBe("0:\tfrom all lookup local\n");
    expect(run("ip -4 rule list lookup main").stdout).toBe("32766:\tfrom all lookup main\n");
    expect(run("ip rule show pref 0").stdout).toBe("0:\tfrom all lookup local\n");
  });

  it("answers help and unknown commands as ip does", () => {
    const help = run("ip rule help");
    expect(help.exit).toBe(255);
    expect(help.stderr).toMatch(/^Usage: ip rule \{ add \| del \} SELECTOR ACTION\n {7}ip rule \{ flush \| save \| restore \}\n/);
    expect(help.stderr).toMatch(/\nTABLE_ID := \[ local \| main \| default \| NUMBER \]\n$/);
    expect(run("ip rule foo")).toMatchObject({ stderr: 'Command "foo" is unknown, try "ip rule help".\n', exit: 255 });
  });

  it("says that policy routing is not simulated rather than accept a rule it would not follow", () => {
    const r = run("ip rule add from 10.0.0.0/8 table 100");
    expect(r.exit).toBe(1);
    expect(r.stderr).toMatch(/not available in this simulation/);
    expect(run("ip rule").stdout).toBe(DEFAULT_V4);
  });
});
