import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { Clock, newClockState } from "../../world/clock.js";
import { Kernel } from "../kernel.js";
import { newKernelState } from "../power-on.js";
import { linkLocalFromMac } from "./inet6.js";

function kernel(): Kernel {
  return new Kernel(newKernelState({ hostname: "host", nics: [{ name: "eth0", mac: "52:54:00:12:34:56" }] }), new Clock(newClockState()));
}

describe("power-on", () => {
  it("has lo and the NICs down, without addresses or routes", () => {
    const k = kernel();
    expect(k.links().map((l) => [l.ifindex, l.name, l.up])).toEqual([
      [1, "lo", false],
      [2, "eth0", false],
    ]);
    expect(k.addrs4()).toEqual([]);
    expect(k.addrs6()).toEqual([]);
    expect(k.routes()).toEqual([]);
  });

  it("has the sysctl defaults of a fresh network namespace", () => {
    const dir = join(dirname(fileURLToPath(import.meta.url)), "..", "fixtures");
    const recorded = readFileSync(join(dir, "sysctl-fresh-netns.txt"), "utf8").trim().split("\n");
    const k = kernel();
    for (const line of recorded) {
      const [name, value] = line.split(" = ");
      if (name === "kernel.hostname") continue;
      // the recording machine had nf_conntrack loaded; a fresh box gets these when a rule loads it
      if (name.startsWith("net.netfilter.")) {
        expect(k.sysctlGet(name), name).toEqual({ ok: false, errno: "ENOENT" });
        continue;
      }
      expect(k.sysctlGet(name), name).toEqual({ ok: true, value });
    }
    expect(k.sysctlGet("kernel.hostname")).toEqual({ ok: true, value: "host" });
  });
});

describe("links", () => {
  it("derives the EUI-64 link-local address", () => {
    expect(linkLocalFromMac("52:54:00:12:34:56")).toBe("fe80::5054:ff:fe12:3456");
    expect(linkLocalFromMac("00:00:00:00:00:01")).toBe("fe80::200:ff:fe00:1");
  });

  it("lo up adds 127.0.0.1/8 and ::1", () => {
    const k = kernel();
    expect(k.setLinkUp(1, true).ok).toBe(true);
    expect(k.addrs4(1).map((a) => `${a.local}/${a.prefixlen} ${a.scope}`)).toEqual(["127.0.0.1/8 host"]);
    expect(k.addrs6(1).map((a) => a.address)).toEqual(["::1"]);
  });

  it("rejects out-of-range MTUs and renames only while down", () => {
    const k = kernel();
    expect(k.setLinkMtu(2, 40)).toEqual({ ok: false, errno: "EINVAL", detail: "mtu less than device minimum." });
    expect(k.setLinkName(2, "lan0").ok).toBe(true);
    expect(k.sysctlGet("net.ipv4.conf.lan0.forwarding").ok).toBe(true);
    k.setLinkUp(2, true);
    expect(k.setLinkName(2, "eth0")).toEqual({ ok: false, errno: "EBUSY" });
  });
});

describe("addresses", () => {
  function lab(): Kernel {
    const k = kernel();
    k.setLinkUp(1, true);
    k.setLinkUp(2, true);
    k.addAddr4({ ifindex: 2, local: "192.168.1.10", prefixlen: 24, broadcast: "192.168.1.255" });
    return k;
  }

  it("makes a second address in the subnet secondary, and refuses a duplicate", () => {
    const k = lab();
    expect(k.addAddr4({ ifindex: 2, local: "192.168.1.11", prefixlen: 24, label: "eth0:1" }).ok).toBe(true);
    expect(k.addrs4(2).map((a) => a.secondary)).toEqual([false, true]);
    expect(k.addAddr4({ ifindex: 2, local: "192.168.1.11", prefixlen: 24 })).toEqual({
      ok: false,
      errno: "EEXIST",
      detail: "ipv4: Address already assigned.",
    });
  });

  it("deleting the primary takes the secondaries with it unless promote_secondaries is set", () => {
    const k = lab();
    k.addAddr4({ ifindex: 2, local: "192.168.1.11", prefixlen: 24 });
    k.delAddr4({ ifindex: 2, local: "192.168.1.10", prefixlen: 24 });
    expect(k.addrs4(2)).toEqual([]);
    // with no address left the default route through eth0 goes too
    expect(k.routes("main")).toEqual([]);

    const p = lab();
    p.sysctlSet("net.ipv4.conf.eth0.promote_secondaries", "1");
    p.addAddr4({ ifindex: 2, local: "192.168.1.11", prefixlen: 24 });
    p.delAddr4({ ifindex: 2, local: "192.168.1.10", prefixlen: 24 });
    expect(p.addrs4(2).map((a) => [a.local, a.secondary])).toEqual([["192.168.1.11", false]]);
    expect(p.routes("main").map((r) => `${r.dst} ${r.prefsrc}`)).toEqual(["192.168.1.0/24 192.168.1.11"]);
  });

  it("keeps connected routes in step with the link", () => {
    const k = lab();
    expect(k.addRoute({ dst: "default", gateway: "192.168.1.1", ifindex: 2, onlink: true }).ok).toBe(true);
    expect(k.addRoute({ dst: "10.0.0.0/8", gateway: "172.16.0.1" })).toEqual({ ok: false, errno: "ENETUNREACH", detail: "Nexthop has invalid gateway" });
    k.setLinkUp(2, false);
    expect(k.routes("main")).toEqual([]);
    expect(k.routes("local").filter((r) => r.ifindex === 2).map((r) => `${r.type} ${r.dst}`)).toEqual(["local 192.168.1.10"]);
    k.setLinkUp(2, true);
    expect(k.routes("main").map((r) => r.dst)).toEqual(["192.168.1.0/24"]);
    expect(k.routeGet("8.8.8.8")).toEqual({ ok: false, errno: "ENETUNREACH" });
  });
});
