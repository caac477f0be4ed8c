/**
 * hostnamectl against systemd 252.39 on Debian 12 (fixtures/hostnamectl-debian12.txt,
 * recorded by fixtures/record-hostnamed-timedated.sh): every recorded line is
 * replayed, in order, on a host set up as the recording machine was (hostname
 * "debian", /etc/machine-info with CHASSIS=vm and ICON_NAME=computer-vm).
 * The recording machine is a container: its Machine ID, Boot ID and kernel
 * differ, and its status has no Virtualization, Architecture, Hardware or
 * Firmware rows; those rows follow systemd 252's source (print_status_info)
 * and are checked on their own below.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { recordedSession } from "../../test-support/recorded-session.js";
import { hostnameCleanup, hostnameIsValid } from "./hostnamed.js";

const SOURCE_ROWS = /^ *(Virtualization|Architecture|Hardware Vendor|Hardware Model|Firmware Version): .*\n/gm;
const mask = (text: string) => text.replace(/^( *(?:Machine ID|Boot ID|Kernel): ).*$/gm, "$1*");

function setUpLikeRecording(): LabSession {
  const s = LabSession.create("single");
  s.run("host", "hostname debian; echo debian > /etc/hostname; printf 'CHASSIS=vm\\nICON_NAME=computer-vm\\n' > /etc/machine-info");
  return s;
}

describe("hostnamectl, replaying the Debian 12 recording", () => {
  const s = setUpLikeRecording();
  for (const rec of recordedSession(join(import.meta.dirname, "fixtures", "hostnamectl-debian12.txt"))) {
    it(rec.line, () => {
      const r = s.run("host", `{ ${rec.line}; } 2>&1; echo rc=$?`);
      expect(mask(r.stdout.replace(SOURCE_ROWS, ""))).toBe(mask(`${rec.output}rc=${rec.rc}\n`));
    });
  }
});

describe("hostnamectl status", () => {
  it("shows a KVM guest's rows, the machine ID from /etc/machine-id and the kernel's boot ID", () => {
    const s = LabSession.create("single");
    const bootId = /Boot ID: ([0-9a-f]{32})\n/.exec(s.run("host", "hostnamectl").stdout)![1];
    // rows after Boot ID as print_status_info orders them (systemd 252 source; QEMU i440FX with SeaBIOS)
    expect(s.run("host", "hostnamectl").stdout).toBe(
      " Static hostname: host\n" +
        "       Icon name: computer-vm\n" +
        "         Chassis: vm 🖴\n" +
        "      Machine ID: b3f9e2c47d1a4e0f8a6c5d2e91f0a7b3\n" +
        `         Boot ID: ${bootId}\n` +
        "  Virtualization: kvm\n" +
        "Operating System: Debian GNU/Linux 12 (bookworm)\n" +
        "          Kernel: Linux 6.1.0-28-amd64\n" +
        "    Architecture: x86-64\n" +
        " Hardware Vendor: QEMU\n" +
        "  Hardware Model: Standard PC _i440FX + PIIX, 1996_\n" +
        "Firmware Version: 1.16.2-debian-1.16.2-1\n",
    );
    expect(s.run("host", "cat /etc/machine-id").stdout).toBe("b3f9e2c47d1a4e0f8a6c5d2e91f0a7b3\n");
    expect(s.run("host", "uname -r").stdout).toBe("6.1.0-28-amd64\n");
    expect(bootId[12]).toBe("4"); // a version 4 UUID, as the kernel draws it
  });

  it("keeps the boot ID for the whole boot and draws a new one at reboot", () => {
    const s = LabSession.create("single");
    const id = () => /Boot ID: (\w+)/.exec(s.run("host", "hostnamectl").stdout)![1];
    const first = id();
    s.run("host", "sleep 60");
    expect(id()).toBe(first);
    s.run("host", "reboot");
    expect(id()).not.toBe(first);
  });

  it("gives hosts of a lab different boot IDs", () => {
    const s = LabSession.create("gateway");
    const ids = ["machine_A", "machine_B", "inet"].map((h) => /Boot ID: (\w+)/.exec(s.run(h, "hostnamectl").stdout)![1]);
    expect(new Set(ids).size).toBe(3);
  });
});

describe("hostnamectl set-hostname", () => {
  it("writes /etc/hostname, renames the kernel at once, and the name survives a reboot", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "hostnamectl set-hostname web-01")).toMatchObject({ stdout: "", stderr: "", exit: 0 });
    expect(s.run("host", "cat /etc/hostname").stdout).toBe("web-01\n");
    expect(s.run("host", "hostname").stdout).toBe("web-01\n");
    expect(s.run("host", "uname -n").stdout).toBe("web-01\n");
    expect(s.run("host", "cat /proc/sys/kernel/hostname").stdout).toBe("web-01\n");
    s.run("host", "reboot");
    expect(s.run("host", "hostname").stdout).toBe("web-01\n");
    expect(s.run("host", "hostnamectl hostname").stdout).toBe("web-01\n");
  });

  it("leaves the running shell's prompt as bash read it at start (\\h), and a new login shows the new name", () => {
    // bash keeps the host name it read at startup: `hostname b; echo "${PS1@P}"` still shows the old one
    const s = LabSession.create("single");
    expect(s.prompt("host")).toBe("root@host:~# ");
    s.run("host", "hostnamectl set-hostname web-01");
    expect(s.prompt("host")).toBe("root@host:~# ");
    s.run("host", "reboot");
    expect(s.prompt("host")).toBe("root@web-01:~# ");
  });

  it("a transient name alone is lost at reboot; the static one comes back", () => {
    const s = LabSession.create("single");
    s.run("host", "hostnamectl set-hostname --static '' ; hostnamectl set-hostname --transient temp1");
    expect(s.run("host", "hostname").stdout).toBe("temp1\n");
    s.run("host", "hostnamectl set-hostname --static web-02");
    expect(s.run("host", "hostname").stdout).toBe("web-02\n");
    s.run("host", "hostname temp2");
    s.run("host", "reboot");
    expect(s.run("host", "hostname").stdout).toBe("web-02\n");
  });

  it("refuses an invalid static name with status 1 and changes nothing", () => {
    const s = LabSession.create("single");
    const r = s.run("host", "hostnamectl --static set-hostname 'web_01'");
    expect(r).toMatchObject({ stderr: "Could not set static hostname: Invalid static hostname 'web_01'\n", exit: 1 });
    expect(s.run("host", "cat /etc/hostname; hostname").stdout).toBe("host\nhost\n");
  });
});

describe("hostname_is_valid and hostname_cleanup", () => {
  it("accept what systemd accepts and clean up the rest as it does", () => {
    expect(hostnameIsValid("web-01.example.com")).toBe(true);
    expect(hostnameIsValid("-web")).toBe(false);
    expect(hostnameIsValid("web-")).toBe(false);
    expect(hostnameIsValid("a".repeat(65))).toBe(false);
    expect(hostnameIsValid("a.b.")).toBe(false);
    expect(hostnameIsValid("a.b.", true)).toBe(true);
    expect(hostnameCleanup("My Host!")).toBe("MyHost");
    expect(hostnameCleanup("..a--b..c-")).toBe("a--b.c");
  });
});
