/**
 * networking.service (ifupdown 0.8.41's unit) under systemctl and service,
 * as systemd 252 runs it on Debian 12: active (exited) after boot with its
 * two ExecStart processes; restart takes the interfaces down and brings
 * them up from the edited /etc/network/interfaces (allow-hotplug ones
 * through the second ExecStart); an interface ifup cannot raise fails it.
 * Layouts follow systemctl-show.c of v252 and the package's unit file (the
 * recording machine runs no systemd).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import type { LabSpec } from "../../lab/types.js";

function lab(opts: { flavor?: "redhat"; files?: Record<string, string> } = {}): LabSpec {
  return {
    id: "net",
    title: "net",
    description: "one host",
    hosts: [
      {
        name: "host",
        ...(opts.flavor ? { flavor: opts.flavor } : {}),
        interfaces: [{ name: "eth0", mac: "52:54:00:12:34:56", address: "192.168.1.10/24", gateway: "192.168.1.1" }],
        ...(opts.files ? { files: opts.files } : {}),
      },
    ],
  };
}

const HEAD = "networking.service - Raise network interfaces\n" + "     Loaded: loaded (/lib/systemd/system/networking.service; enabled; preset: enabled)\n";
const IFUP = "ExecStart=/sbin/ifup -a --read-environment";
const HOTPLUG = "ExecStart=/bin/sh -c if [ -f /run/network/restart-hotplug ]; then /sbin/ifup -a --read-environment --allow=hotplug; fi";
const OK = "(code=exited, status=0/SUCCESS)";
const STARTING = "systemd[1]: Starting networking.service - Raise network interfaces...";
const FINISHED = "systemd[1]: Finished networking.service - Raise network interfaces.";

/** the pids of the Process lines, in order */
function pids(status: string): string[] {
  return [...status.matchAll(/Process: (\d+) /g)].map((m) => m[1]);
}

/** eth0's IPv4 addresses, as `ip -4 -br addr` lists them */
const addrs = (s: LabSession) => s.run("host", "ip -4 -br addr show dev eth0").stdout.trim().split(/\s+/).slice(2).join(" ");

describe("networking.service", () => {
  it("is active (exited) after boot, both ExecStart processes shown, the last as Main PID", () => {
    const s = LabSession.create(lab());
    s.run("host", "sleep 2700");
    const r = s.run("host", "systemctl status networking");
    expect(r.exit).toBe(0);
    const [a, b] = pids(r.stdout);
    expect(Number(b)).toBeGreaterThan(Number(a));
    expect(r.stdout).toBe(
      `● ${HEAD}` +
        "     Active: active (exited) since Mon 2026-11-30 09:00:00 UTC; 45min ago\n" +
        "       Docs: man:interfaces(5)\n" +
        `    Process: ${a} ${IFUP} ${OK}\n` +
        `    Process: ${b} ${HOTPLUG} ${OK}\n` +
        `   Main PID: ${b} ${OK}\n` +
        "        CPU: 21ms\n\n" +
        [STARTING, FINISHED].map((l) => `Nov 30 09:00:00 host ${l}\n`).join(""),
    );
    expect(s.run("host", "systemctl is-active networking")).toMatchObject({ stdout: "active\n", exit: 0 });
    expect(s.run("host", "systemctl is-enabled networking.service")).toMatchObject({ stdout: "enabled\n", exit: 0 });
    // the package's files, as Debian 12 has them
    expect(s.run("host", "grep ^Exec /lib/systemd/system/networking.service").stdout).toBe(
      "ExecStart=/sbin/ifup -a --read-environment\n" +
        "ExecStart=-/bin/sh -c 'if [ -f /run/network/restart-hotplug ]; then /sbin/ifup -a --read-environment --allow=hotplug; fi'\n" +
        "ExecStop=/sbin/ifdown -a --read-environment --exclude=lo\n" +
        "ExecStopPost=/usr/bin/touch /run/network/restart-hotplug\n",
    );
    expect(s.run("host", "readlink /etc/systemd/system/network-online.target.wants/networking.service").stdout).toBe("/lib/systemd/system/networking.service\n");
    expect(s.run("host", "grep -c WAIT_ONLINE /etc/default/networking; head -1 /etc/init.d/networking").stdout).toBe("4\n#!/bin/sh -e\n");
  });

  it("restart applies an edited interfaces file: an up line and a second address stanza", () => {
    const s = LabSession.create(lab());
    s.run("host", "echo '\tup ip addr add 192.168.1.11/24 dev eth0 label eth0:1' >> /etc/network/interfaces");
    expect(addrs(s)).toBe("192.168.1.10/24");
    expect(s.run("host", "systemctl restart networking")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(addrs(s)).toBe("192.168.1.10/24 192.168.1.11/24");
    expect(s.run("host", "ip route show default").stdout).toBe("default via 192.168.1.1 dev eth0 onlink \n");
    s.run("host", "printf 'iface eth0 inet static\\n\\taddress 192.168.1.12/24\\n' >> /etc/network/interfaces");
    expect(s.run("host", "service networking restart")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(addrs(s)).toBe("192.168.1.10/24 192.168.1.11/24 192.168.1.12/24");
    expect(s.run("host", "service networking reload")).toMatchObject({
      stderr: "Failed to reload networking.service: Job type reload is not applicable for unit networking.service.\n",
      exit: 1,
    });
    expect(s.run("host", "service networking frobnicate")).toMatchObject({ stderr: "Usage: /etc/init.d/networking {start|stop|reload|restart|force-reload}\n", exit: 1 });
    // the status shows this start only: its processes and its journal
    const r = s.run("host", "systemctl status networking");
    expect(r.stdout).toContain("     Active: active (exited) since Mon 2026-11-30 09:00:00 UTC; now\n");
    expect(r.stdout).not.toContain("ExecStop");
    expect(r.stdout.slice(r.stdout.indexOf("\n\n") + 2)).toBe([STARTING, FINISHED].map((l) => `Nov 30 09:00:00 host ${l}\n`).join(""));
  });

  it("stop takes every interface but lo down and leaves restart-hotplug; start brings them back", () => {
    const s = LabSession.create(lab());
    s.run("host", "sleep 60");
    expect(s.run("host", "systemctl stop networking")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(s.run("host", "ip -br link show eth0; ip -br link show lo").stdout).toBe(
      "eth0             DOWN           52:54:00:12:34:56 <BROADCAST,MULTICAST> \n" + "lo               UNKNOWN        00:00:00:00:00:00 <LOOPBACK,UP,LOWER_UP> \n",
    );
    expect(s.run("host", "ls -1 /run/network").stdout).toBe("ifstate.lo\nrestart-hotplug\n");
    const r = s.run("host", "systemctl status networking");
    expect(r.exit).toBe(3);
    const [a, b, stop, post] = pids(r.stdout);
    expect(r.stdout).toBe(
      `○ ${HEAD}` +
        "     Active: inactive (dead) since Mon 2026-11-30 09:01:00 UTC; now\n" +
        "   Duration: 1min\n" +
        "       Docs: man:interfaces(5)\n" +
        `    Process: ${a} ${IFUP} ${OK}\n` +
        `    Process: ${b} ${HOTPLUG} ${OK}\n` +
        `    Process: ${stop} ExecStop=/sbin/ifdown -a --read-environment --exclude=lo ${OK}\n` +
        `    Process: ${post} ExecStopPost=/usr/bin/touch /run/network/restart-hotplug ${OK}\n` +
        `   Main PID: ${b} ${OK}\n` +
        "        CPU: 30ms\n\n" +
        [STARTING, FINISHED].map((l) => `Nov 30 09:00:00 host ${l}\n`).join("") +
        [
          "systemd[1]: Stopping networking.service - Raise network interfaces...",
          "systemd[1]: networking.service: Deactivated successfully.",
          "systemd[1]: Stopped networking.service - Raise network interfaces.",
        ]
          .map((l) => `Nov 30 09:01:00 host ${l}\n`)
          .join(""),
    );
    expect(s.run("host", "systemctl is-active networking")).toMatchObject({ stdout: "inactive\n", exit: 3 });
    expect(s.run("host", "systemctl start networking")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(addrs(s)).toBe("192.168.1.10/24");
    expect(s.run("host", "systemctl is-active networking").stdout).toBe("active\n");
  });

  it("an allow-hotplug interface goes down on restart and comes back through the second ExecStart", () => {
    const file =
      "auto lo\niface lo inet loopback\n\nallow-hotplug eth0\niface eth0 inet static\n\taddress 192.168.1.10/24\n" +
      "\tup echo up >> /root/log\n\tdown echo down >> /root/log\n";
    const s = LabSession.create(lab({ files: { "/etc/network/interfaces": file } }));
    // at boot udev's hotplug event raised it (the unit's ifup -a takes auto interfaces only)
    expect(s.run("host", "cat /root/log").stdout).toBe("up\n");
    expect(s.run("host", "systemctl restart networking")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(s.run("host", "cat /root/log").stdout).toBe("up\ndown\nup\n");
    expect(addrs(s)).toBe("192.168.1.10/24");
  });

  it("an interface ifup cannot raise fails the unit with systemd's message; status shows why", () => {
    const s = LabSession.create(lab());
    s.run("host", "sed -i 's/eth0/ens3/' /etc/network/interfaces");
    const r = s.run("host", "systemctl restart networking");
    expect(r).toMatchObject({
      stdout: "",
      stderr:
        "Job for networking.service failed because the control process exited with error code.\n" +
        'See "systemctl status networking.service" and "journalctl -xeu networking.service" for details.\n',
      exit: 1,
    });
    const st = s.run("host", "systemctl status networking");
    expect(st.exit).toBe(3);
    const [ifup, post] = pids(st.stdout);
    expect(st.stdout).toBe(
      `× ${HEAD}` +
        "     Active: failed (Result: exit-code) since Mon 2026-11-30 09:00:00 UTC; now\n" +
        "   Duration: 0\n" +
        "       Docs: man:interfaces(5)\n" +
        `    Process: ${ifup} ${IFUP} (code=exited, status=1/FAILURE)\n` +
        `    Process: ${post} ExecStopPost=/usr/bin/touch /run/network/restart-hotplug ${OK}\n` +
        `   Main PID: ${ifup} (code=exited, status=1/FAILURE)\n` +
        "        CPU: 21ms\n\n" +
        [
          STARTING,
          `ifup[${ifup}]: Cannot find device "ens3"`,
          `ifup[${ifup}]: ifup: failed to bring up ens3`,
          "systemd[1]: networking.service: Main process exited, code=exited, status=1/FAILURE",
          "systemd[1]: networking.service: Failed with result 'exit-code'.",
          "systemd[1]: Failed to start networking.service - Raise network interfaces.",
        ]
          .map((l) => `Nov 30 09:00:00 host ${l}\n`)
          .join(""),
    );
    expect(s.run("host", "systemctl is-active networking")).toMatchObject({ stdout: "failed\n", exit: 3 });
    // fixed, it starts again
    s.run("host", "sed -i 's/ens3/eth0/' /etc/network/interfaces");
    expect(s.run("host", "systemctl restart networking").exit).toBe(0);
    expect(s.run("host", "systemctl is-active networking").stdout).toBe("active\n");
  });

  it("disable removes both WantedBy= links: the next boot leaves the auto interfaces down", () => {
    const s = LabSession.create(lab());
    expect(s.run("host", "systemctl disable networking").stderr).toBe(
      "Synchronizing state of networking.service with SysV service script with /lib/systemd/systemd-sysv-install.\n" +
        "Executing: /lib/systemd/systemd-sysv-install disable networking\n" +
        'Removed "/etc/systemd/system/multi-user.target.wants/networking.service".\n' +
        'Removed "/etc/systemd/system/network-online.target.wants/networking.service".\n',
    );
    s.rebootHost("host");
    expect(addrs(s)).toBe("");
    expect(s.run("host", "systemctl status networking").stdout).toContain("     Active: inactive (dead)\n");
    expect(s.run("host", "systemctl enable networking").stderr).toContain(
      "Created symlink /etc/systemd/system/multi-user.target.wants/networking.service → /lib/systemd/system/networking.service.\n" +
        "Created symlink /etc/systemd/system/network-online.target.wants/networking.service → /lib/systemd/system/networking.service.\n",
    );
    s.rebootHost("host");
    expect(addrs(s)).toBe("192.168.1.10/24");
  });

  it("a host without the unit (Red Hat flavoured, or saved before it existed) still raises its interfaces at boot", () => {
    const rh = LabSession.create(lab({ flavor: "redhat" }));
    expect(rh.run("host", "systemctl status networking")).toMatchObject({ stderr: "Unit networking.service could not be found.\n", exit: 4 });
    expect(rh.run("host", "ls /etc/systemd/system /etc/default/networking").exit).not.toBe(0);
    expect(addrs(rh)).toBe("192.168.1.10/24");
    const old = LabSession.create(lab());
    old.run("host", "rm /lib/systemd/system/networking.service");
    old.rebootHost("host");
    expect(addrs(old)).toBe("192.168.1.10/24");
  });
});
