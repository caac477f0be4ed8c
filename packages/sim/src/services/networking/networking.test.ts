import { describe, expect, it } from "vitest";
import { poweredOnHost } from "../../commands/net/test-support.js";
import { bringUpNetworking } from "./index.js";

describe("bringUpNetworking", () => {
  it("brings up lo and the auto interfaces as Debian's boot does, running hook lines through the shell", () => {
    const lines: string[] = [];
    const h = poweredOnHost({
      "/etc/network/interfaces": `auto lo\niface lo inet loopback\n\nallow-hotplug eth0\niface eth0 inet static\n  address 192.168.1.10\n  netmask 255.255.255.0\n  gateway 192.168.1.1\n  up echo hello\n`,
    });
    bringUpNetworking(h.host, (line) => {
      lines.push(line);
      return 0;
    });
    expect(h.kernel.linkByName("lo")!.up).toBe(true);
    expect(h.kernel.addrs4(2).map((a) => `${a.local}/${a.prefixlen} brd ${a.broadcast}`)).toEqual(["192.168.1.10/24 brd 192.168.1.255"]);
    expect(h.kernel.routes("main").map((r) => `${r.dst} ${r.gateway ?? ""}`)).toEqual(["default 192.168.1.1", "192.168.1.0/24 "]);
    expect(lines).toEqual(["echo hello"]);
    expect(h.fs.files.has("/run/network/ifstate.eth0")).toBe(true);
  });
});
