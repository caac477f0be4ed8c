import { describe, expect, it } from "vitest";
import { Clock, newClockState } from "../../world/clock.js";
import { Kernel } from "../kernel.js";
import { newKernelState } from "../power-on.js";

/** lo and eth0 up, 192.168.1.10/24 on eth0; eth1 down */
function lab(): Kernel {
  const k = new Kernel(
    newKernelState({ hostname: "h", nics: [{ name: "eth0", mac: "52:54:00:12:34:56" }, { name: "eth1", mac: "52:54:00:12:34:57" }] }),
    new Clock(newClockState()),
  );
  k.setLinkUp(1, true);
  k.setLinkUp(2, true);
  k.addAddr4({ ifindex: 2, local: "192.168.1.10", prefixlen: 24, broadcast: "192.168.1.255" });
  return k;
}

const main = (k: Kernel) => k.routes("main").map((r) => `${r.dst}${r.gateway ? ` via ${r.gateway}` : ""}${r.metric ? ` metric ${r.metric}` : ""}`);

describe("fib_table_insert rules", () => {
  it("add refuses a second route of the same prefix and metric; prepend, append and replace place it as Linux does", () => {
    const k = lab();
    expect(k.addRoute({ dst: "10.9.0.0/16", gateway: "192.168.1.2" }).ok).toBe(true);
    expect(k.addRoute({ dst: "10.9.0.0/16", gateway: "192.168.1.3" })).toEqual({ ok: false, errno: "EEXIST" });
    expect(k.addRoute({ dst: "10.9.0.0/16", gateway: "192.168.1.3" }, "append").ok).toBe(true);
    expect(k.addRoute({ dst: "10.9.0.0/16", gateway: "192.168.1.4" }, "prepend").ok).toBe(true);
    expect(k.addRoute({ dst: "10.9.0.0/16", gateway: "192.168.1.3" }, "append")).toEqual({ ok: false, errno: "EEXIST" });
    expect(k.addRoute({ dst: "10.9.0.0/16", gateway: "192.168.1.5" }, "replace").ok).toBe(true);
    expect(k.addRoute({ dst: "10.10.0.0/16", gateway: "192.168.1.5" }, "change")).toEqual({ ok: false, errno: "ENOENT" });
    expect(main(k)).toEqual(["10.9.0.0/16 via 192.168.1.5", "10.9.0.0/16 via 192.168.1.2", "10.9.0.0/16 via 192.168.1.3", "192.168.1.0/24"]);
  });

  it("orders a network's prefixes longest first, then by metric", () => {
    const k = lab();
    for (const dst of ["10.0.0.0/16", "10.0.0.0/8", "10.0.0.0"]) k.addRoute({ dst, gateway: "192.168.1.1" });
    k.addRoute({ dst: "9.0.0.0/8", gateway: "192.168.1.1", metric: 5 });
    k.addRoute({ dst: "9.0.0.0/8", gateway: "192.168.1.1", metric: 2 });
    expect(main(k)).toEqual(["9.0.0.0/8 via 192.168.1.1 metric 2", "9.0.0.0/8 via 192.168.1.1 metric 5", "10.0.0.0 via 192.168.1.1", "10.0.0.0/16 via 192.168.1.1", "10.0.0.0/8 via 192.168.1.1", "192.168.1.0/24"]);
  });

  it("checks nexthops with the kernel's errors", () => {
    const k = lab();
    expect(k.addRoute({ dst: "10.1.0.0/16", gateway: "10.0.0.1" })).toEqual({ ok: false, errno: "ENETUNREACH", detail: "Nexthop has invalid gateway" });
    expect(k.addRoute({ dst: "10.1.0.0/16", ifindex: 3, scope: "link" })).toEqual({ ok: false, errno: "ENETDOWN", detail: "Device for nexthop is not up" });
    expect(k.addRoute({ dst: "10.1.0.0/16", gateway: "10.0.0.1", ifindex: 3, onlink: true })).toEqual({ ok: false, errno: "ENETDOWN", detail: "Nexthop device is not up" });
    expect(k.addRoute({ dst: "10.1.0.0/16", scope: "link" })).toEqual({ ok: false, errno: "ENODEV" });
    expect(k.addRoute({ dst: "10.1.0.1/16", gateway: "192.168.1.1" })).toEqual({ ok: false, errno: "EINVAL", detail: "Invalid prefix for given prefix length" });
    expect(k.addRoute({ dst: "10.1.0.0/16", gateway: "192.168.1.1", prefsrc: "192.168.1.99" })).toEqual({ ok: false, errno: "EINVAL", detail: "Invalid prefsrc address" });
    expect(k.addRoute({ dst: "10.1.0.0/16", type: "unreachable", ifindex: 2 }).ok).toBe(false);
    expect(k.delRoute({ dst: "10.99.0.0/16" })).toEqual({ ok: false, errno: "ESRCH" });
  });

  it("route(8)'s ioctl: errno only, duplicates through another gateway allowed, reject routes", () => {
    const k = lab();
    expect(k.addRouteIoctl({ dst: "default", gateway: "10.9.9.9" })).toEqual({ ok: false, errno: "ENETUNREACH" });
    expect(k.addRouteIoctl({ dst: "default", gateway: "192.168.1.1" }).ok).toBe(true);
    expect(k.addRouteIoctl({ dst: "default", gateway: "192.168.1.2" }).ok).toBe(true);
    expect(k.addRouteIoctl({ dst: "default", gateway: "192.168.1.2" })).toEqual({ ok: false, errno: "EEXIST" });
    expect(k.addRouteIoctl({ dst: "10.5.0.0/16", reject: true }).ok).toBe(true);
    expect(k.routes("main")[2]).toMatchObject({ type: "unreachable", scope: "host", dst: "10.5.0.0/16" });
    expect(main(k).slice(0, 2)).toEqual(["default via 192.168.1.2", "default via 192.168.1.1"]);
  });

  it("a deleted connected route stays away until its device gets a primary address again", () => {
    const k = lab();
    expect(k.delRoute({ dst: "192.168.1.0/24" }).ok).toBe(true);
    k.addAddr4({ ifindex: 2, local: "192.168.1.12", prefixlen: 24 }); // secondary: no subnet route
    expect(main(k)).toEqual([]);
    k.setLinkUp(2, false);
    k.setLinkUp(2, true);
    expect(main(k)).toEqual(["192.168.1.0/24"]);
  });
});

describe("output route decisions", () => {
  it("picks device, gateway and source; local and broadcast destinations", () => {
    const k = lab();
    k.addRoute({ dst: "default", gateway: "192.168.1.1" });
    expect(k.routeOutput("8.8.8.8")).toMatchObject({ ok: true, value: { type: "unicast", ifindex: 2, gateway: "192.168.1.1", src: "192.168.1.10" } });
    expect(k.routeOutput("192.168.1.10")).toMatchObject({ ok: true, value: { type: "local", ifindex: 1, src: "192.168.1.10" } });
    expect(k.routeOutput("192.168.1.255")).toMatchObject({ ok: true, value: { type: "broadcast", flags: ["local", "brd"] } });
    expect(k.routeOutput("8.8.8.8", { src: "1.2.3.4" })).toEqual({ ok: false, errno: "ENETUNREACH" });
    k.addRoute({ dst: "10.6.0.0/16", type: "unreachable" });
    expect(k.routeOutput("10.6.1.1")).toEqual({ ok: false, errno: "EHOSTUNREACH" });
  });
});

describe("sysctl writes", () => {
  it("take integers only for integer sysctls, normalised as proc_dointvec does", () => {
    const k = lab();
    expect(k.sysctlSet("net.ipv4.ip_forward", "abc")).toEqual({ ok: false, errno: "EINVAL" });
    expect(k.sysctlSet("net.ipv4.ip_forward", "1x")).toEqual({ ok: false, errno: "EINVAL" });
    expect(k.sysctlSet("net.ipv4.ip_forward", " 2\n").ok).toBe(true);
    expect(k.sysctlGet("net.ipv4.ip_forward")).toEqual({ ok: true, value: "2" });
    expect(k.sysctlSet("net.ipv4.ip_local_port_range", "1024 65000").ok).toBe(true);
    expect(k.sysctlGet("net.ipv4.ip_local_port_range")).toEqual({ ok: true, value: "1024\t65000" });
    expect(k.sysctlSet("net.ipv4.nope", "1")).toEqual({ ok: false, errno: "ENOENT" });
  });

  it("ip_forward is conf.all.forwarding and sets every device; a device's own switch is its own", () => {
    const k = lab();
    k.sysctlSet("net.ipv4.ip_forward", "1");
    for (const n of ["all", "default", "lo", "eth0", "eth1"]) expect(k.sysctlGet(`net.ipv4.conf.${n}.forwarding`)).toEqual({ ok: true, value: "1" });
    expect(k.sysctlGet("net.ipv4.conf.all.accept_redirects")).toEqual({ ok: true, value: "0" });
    k.sysctlSet("net.ipv4.conf.eth0.forwarding", "0");
    expect(k.sysctlGet("net.ipv4.ip_forward")).toEqual({ ok: true, value: "1" });
    k.sysctlSet("net.ipv4.conf.all.forwarding", "0");
    expect(k.sysctlGet("net.ipv4.ip_forward")).toEqual({ ok: true, value: "0" });
    expect(k.sysctlGet("net.ipv4.conf.eth1.forwarding")).toEqual({ ok: true, value: "0" });
  });
});
