/**
 * ifdown -a and --exclude as ifupdown 0.8.41 documents them (ifdown(8)):
 * every configured interface the file defines goes down, auto or
 * allow-hotplug, in the order of the state file; one the file no longer
 * defines stays up; --exclude=PATTERN and -X PATTERN leave matches alone.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";

const FILE =
  "auto lo\niface lo inet loopback\n\n" +
  "auto eth0\niface eth0 inet static\n\taddress 192.168.1.10/24\n\tdown echo eth0 >> /root/down\n\n" +
  "allow-hotplug eth1\niface eth1 inet static\n\taddress 10.0.0.1/24\n\tdown echo eth1 >> /root/down\n";

function session(): LabSession {
  return LabSession.create({
    id: "two",
    title: "two",
    description: "two NICs",
    hosts: [
      {
        name: "host",
        interfaces: [
          { name: "eth0", mac: "52:54:00:12:34:56" },
          { name: "eth1", mac: "52:54:00:12:34:57" },
        ],
        files: { "/etc/network/interfaces": FILE },
      },
    ],
  });
}

describe("ifdown -a", () => {
  it("takes down every configured interface the file defines, allow-hotplug ones too, in the state file's order", () => {
    const s = session();
    expect(s.run("host", "ls -1 /run/network").stdout).toBe("ifstate.eth0\nifstate.eth1\nifstate.lo\n");
    expect(s.run("host", "ifdown -a --exclude=lo")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(s.run("host", "cat /root/down").stdout).toBe("eth0\neth1\n");
    expect(s.run("host", "ls -1 /run/network").stdout).toBe("ifstate.lo\n");
    expect(s.run("host", "ip -br link show up").stdout).toBe("lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \n");
  });

  it("leaves alone an interface the file no longer defines, and what -X excludes", () => {
    const s = session();
    s.run("host", "printf 'auto lo\\niface lo inet loopback\\n\\nauto eth0\\niface eth0 inet static\\n\\taddress 192.168.1.10/24\\n' > /etc/network/interfaces");
    expect(s.run("host", "grep -c eth1 /etc/network/interfaces").stdout).toBe("0\n");
    expect(s.run("host", "ifdown -a -X eth0").exit).toBe(0);
    expect(s.run("host", "ls -1 /run/network").stdout).toBe("ifstate.eth0\nifstate.eth1\n");
    expect(s.run("host", "ip -4 -br addr show dev eth1").stdout).toBe("eth1             UP             10.0.0.1/24 \n");
  });
});
