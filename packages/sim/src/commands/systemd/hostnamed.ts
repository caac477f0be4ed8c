/**
 * systemd-hostnamed (systemd 252) as hostnamectl reaches it: the three
 * names (static in /etc/hostname, pretty in /etc/machine-info, transient =
 * the kernel's), the machine-info settings (icon name, chassis, deployment,
 * location), and the Set* methods with their checks and error texts. The
 * machine is a KVM guest on QEMU's i440FX board with SeaBIOS, as Debian 12's
 * libvirt makes one: the chassis, virtualization and DMI strings below are
 * what hostnamed derives there (from source; the recording machine is a
 * container and has no DMI).
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";

/** FALLBACK_HOSTNAME of Debian's build: what the kernel gets when no static name is set */
export const FALLBACK_HOSTNAME = "localhost";
const HOST_NAME_MAX = 64;
const MACHINE_INFO = "/etc/machine-info";

/** the DMI and detect_virtualization answers for the simulated VM */
export const VM = {
  chassis: "vm",
  virtualization: "kvm",
  architecture: "x86-64",
  // udev's $attr{} turns the "(" and ")" of product_name into "_"
  hardwareVendor: "QEMU",
  hardwareModel: "Standard PC _i440FX + PIIX, 1996_",
  firmwareVersion: "1.16.2-debian-1.16.2-1",
};

const CHASSIS = ["desktop", "laptop", "convertible", "server", "tablet", "handset", "watch", "embedded", "vm", "container"];

const ldh = (c: string) => /^[A-Za-z0-9]$/.test(c);

/** hostname_is_valid(s, flags): dot-separated labels of letters, digits and inner hyphens, at most 64 bytes */
export function hostnameIsValid(s: string, trailingDot = false): boolean {
  if (s === "") return false;
  let dot = true;
  let hyphen = true;
  let dots = 0;
  for (const c of s) {
    if (c === ".") {
      if (dot || hyphen) return false;
      dot = true;
      hyphen = false;
      dots++;
    } else if (c === "-") {
      if (dot) return false;
      dot = false;
      hyphen = true;
    } else {
      if (!ldh(c)) return false;
      dot = false;
      hyphen = false;
    }
  }
  if (dot && (dots < 2 || !trailingDot)) return false;
  if (hyphen) return false;
  return s.length <= HOST_NAME_MAX;
}

/** hostname_cleanup: drop what is not allowed, collapse dots and hyphens, keep at most 64 bytes */
export function hostnameCleanup(s: string): string {
  let out = "";
  let dot = true;
  let hyphen = true;
  for (const c of s) {
    if (out.length >= HOST_NAME_MAX) break;
    if (c === ".") {
      if (dot || hyphen) continue;
      out += ".";
      dot = true;
      hyphen = false;
    } else if (c === "-") {
      if (dot) continue;
      out += "-";
      dot = false;
      hyphen = true;
    } else if (ldh(c)) {
      out += c;
      dot = false;
      hyphen = false;
    }
  }
  if (out.endsWith("-") || out.endsWith(".")) out = out.slice(0, -1);
  return out;
}

/** read_etc_hostname: the first line that is neither empty nor a comment, when it is a valid name */
export function staticHostname(host: Host): string {
  const r = host.fs.readFile("/etc/hostname");
  if (!r.ok) return "";
  const line = utf8Decode(r.value)
    .split("\n")
    .map((l) => l.trim())
    .find((l) => l !== "" && !l.startsWith("#"));
  return line !== undefined && hostnameIsValid(line, true) ? line.replace(/\.$/, "") : "";
}

// --- /etc/machine-info: an env file, KEY=VALUE, shell quoting -------------

function parseEnvValue(raw: string): string {
  const v = raw.trim();
  if (v.length >= 2 && (v[0] === '"' || v[0] === "'") && v.endsWith(v[0])) {
    const inner = v.slice(1, -1);
    return v[0] === '"' ? inner.replace(/\\(["\\`$])/g, "$1") : inner;
  }
  return v;
}

function machineInfo(host: Host): [string, string][] {
  const r = host.fs.readFile(MACHINE_INFO);
  if (!r.ok) return [];
  const out: [string, string][] = [];
  for (const line of utf8Decode(r.value).split("\n")) {
    const t = line.trim();
    if (t === "" || t.startsWith("#")) continue;
    const eq = t.indexOf("=");
    if (eq > 0) out.push([t.slice(0, eq), parseEnvValue(t.slice(eq + 1))]);
  }
  return out;
}

export function machineInfoValue(host: Host, key: string): string {
  return machineInfo(host).find(([k]) => k === key)?.[1] ?? "";
}

/** write_env_var: quoted with "" when the shell would need it, with \ before " \ ` $ */
function envLine(key: string, value: string): string {
  const needsQuotes = /[\x00-\x1f\x7f"\\`$*?[\]'()<>|&;!\s]/.test(value);
  return needsQuotes ? `${key}="${value.replace(/(["\\`$])/g, "\\$1")}"` : `${key}=${value}`;
}

/** set (or, with "", remove) one key; the file goes when nothing is left in it */
function setMachineInfo(host: Host, key: string, value: string): void {
  const entries = machineInfo(host);
  const i = entries.findIndex(([k]) => k === key);
  if (value === "") {
    if (i >= 0) entries.splice(i, 1);
  } else if (i >= 0) entries[i] = [key, value];
  else entries.push([key, value]);
  if (entries.length === 0) host.fs.unlink(MACHINE_INFO);
  else host.fs.writeFile(MACHINE_INFO, utf8Encode(entries.map(([k, v]) => `${envLine(k, v)}\n`).join("")));
}

// --- the bus properties hostnamectl reads ---------------------------------

export function prettyHostname(host: Host): string {
  return machineInfoValue(host, "PRETTY_HOSTNAME");
}

export function chassis(host: Host): string {
  return machineInfoValue(host, "CHASSIS") || VM.chassis;
}

export function iconName(host: Host): string {
  return machineInfoValue(host, "ICON_NAME") || `computer-${chassis(host)}`;
}

/** PRETTY_NAME of /etc/os-release (falling back to /usr/lib/os-release) */
export function osPrettyName(host: Host): string {
  for (const path of ["/etc/os-release", "/usr/lib/os-release"]) {
    const r = host.fs.readFile(path);
    if (!r.ok) continue;
    const line = utf8Decode(r.value)
      .split("\n")
      .find((l) => l.startsWith("PRETTY_NAME="));
    return line ? parseEnvValue(line.slice("PRETTY_NAME=".length)) : "";
  }
  return "";
}

// --- the Set* methods: an error text (as hostnamectl prints it after "Could not set ...: ") or undefined

/** the name the kernel should carry: the static one when set, else the transient one asked for, else the fallback */
function updateKernelHostname(host: Host, transient?: string): void {
  const name = staticHostname(host) || transient || FALLBACK_HOSTNAME;
  if (host.kernel.hostname !== name) host.kernel.setHostname(name);
}

export function setStaticHostname(host: Host, name: string): string | undefined {
  if (name !== "" && !hostnameIsValid(name)) return `Invalid static hostname '${name}'`;
  if (name === "") host.fs.unlink("/etc/hostname");
  else host.fs.writeFile("/etc/hostname", utf8Encode(`${name}\n`), { mode: 0o644 });
  updateKernelHostname(host);
  return undefined;
}

export function setTransientHostname(host: Host, name: string): string | undefined {
  const n = name || staticHostname(host) || FALLBACK_HOSTNAME;
  if (!hostnameIsValid(n)) return `Invalid hostname '${n}'`;
  updateKernelHostname(host, n);
  return undefined;
}

/** SetPrettyHostname, SetIconName, SetChassis, SetDeployment, SetLocation */
export function setMachineInfoField(host: Host, field: "pretty" | "icon" | "chassis" | "deployment" | "location", value: string): string | undefined {
  const key = { pretty: "PRETTY_HOSTNAME", icon: "ICON_NAME", chassis: "CHASSIS", deployment: "DEPLOYMENT", location: "LOCATION" }[field];
  const bad = /[\x00-\x1f\x7f]/.test(value);
  if (field === "pretty" && (bad || value.length > 255)) return `Invalid pretty hostname '${value}'`;
  if (field === "chassis" && value !== "" && !CHASSIS.includes(value)) return `Invalid chassis '${value}'`;
  if (field === "icon" && value !== "" && !/^[A-Za-z0-9_.-]+$/.test(value)) return `Invalid icon name '${value}'`;
  if (field === "deployment" && value !== "" && !/^[A-Za-z0-9_.-]+$/.test(value)) return `Invalid deployment '${value}'`;
  if (field === "location" && bad) return `Invalid location '${value}'`;
  setMachineInfo(host, key, value);
  return undefined;
}
