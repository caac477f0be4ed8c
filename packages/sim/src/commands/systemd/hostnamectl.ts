/**
 * hostnamectl (systemd 252): `status` (the default), `hostname [NAME]` and
 * the obsolete `set-hostname NAME`, `icon-name`, `chassis`, `deployment`,
 * `location`, with --static / --transient / --pretty. Setting a name that
 * is not a valid host name without a flag keeps it as the pretty name and
 * uses its cleaned-up form as the static and kernel names (recorded on
 * Debian 12). The daemon's side is hostnamed.ts.
 */
import { utf8Decode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import { OS_RELEASE } from "../../kernel/power-on.js";
import type { Process } from "../../process/process.js";
import type { Command, CompletionContext } from "../types.js";
import {
  VM, chassis, hostnameCleanup, hostnameIsValid, iconName, machineInfoValue, osPrettyName, prettyHostname, setMachineInfoField,
  setStaticHostname, setTransientHostname, staticHostname,
} from "./hostnamed.js";
import { HOSTNAMECTL_MAN } from "./hostnamectl-man.js";
import { type ParsedArgs, dispatchVerb, parseSystemdArgs } from "./systemd-args.js";
import { keyValueTable } from "./systemd-table.js";

export const HOSTNAMECTL_HELP = `hostnamectl [OPTIONS...] COMMAND ...

Query or change system hostname.

Commands:
  status                 Show current hostname settings
  hostname [NAME]        Get/set system hostname
  icon-name [NAME]       Get/set icon name for host
  chassis [NAME]         Get/set chassis type for host
  deployment [NAME]      Get/set deployment environment for host
  location [NAME]        Get/set location for host

Options:
  -h --help              Show this help
     --version           Show package version
     --no-ask-password   Do not prompt for password
  -H --host=[USER@]HOST  Operate on remote host
  -M --machine=CONTAINER Operate on local container
     --transient         Only set transient hostname
     --static            Only set static hostname
     --pretty            Only set pretty hostname
     --json=pretty|short|off
                         Generate JSON output

See the hostnamectl(1) man page for details.
`;

export const SYSTEMD_VERSION =
  "systemd 252 (252.39-1~deb12u2)\n" +
  "+PAM +AUDIT +SELINUX +APPARMOR +IMA +SMACK +SECCOMP +GCRYPT -GNUTLS +OPENSSL +ACL +BLKID +CURL +ELFUTILS +FIDO2 +IDN2 -IDN +IPTC +KMOD +LIBCRYPTSETUP +LIBFDISK +PCRE2 -PWQUALITY +P11KIT +QRENCODE +TPM2 +BZIP2 +LZ4 +XZ +ZLIB +ZSTD -BPF_FRAMEWORK -XKBCOMMON +UTMP +SYSVINIT default-hierarchy=unified\n";

const CHASSIS_GLYPH: Record<string, string> = {
  laptop: "💻", desktop: "🖥️", server: "🖳", tablet: "具", watch: "⌚", handset: "🕻", vm: "🖴", container: "☐",
};

/** sd_id128_get_machine: /etc/machine-id when it holds 32 hex digits */
function machineId(host: Host): string | undefined {
  const r = host.fs.readFile("/etc/machine-id");
  const id = r.ok ? utf8Decode(r.value).trim() : "";
  return /^[0-9a-f]{32}$/.test(id) ? id : undefined;
}

/** print_status_info: the rows hostnamectl's table shows, empty ones left out */
export function hostnameStatus(host: Host): string {
  const statik = staticHostname(host);
  const pretty = prettyHostname(host);
  const transient = host.kernel.hostname;
  const rows: [string, string][] = [["Static hostname", statik || "(unset)"]];
  if (pretty !== "" && pretty !== statik) rows.push(["Pretty hostname", pretty]);
  if (transient !== "" && transient !== statik) rows.push(["Transient hostname", transient]);
  rows.push(["Icon name", iconName(host)]);
  const ch = chassis(host);
  rows.push(["Chassis", CHASSIS_GLYPH[ch] ? `${ch} ${CHASSIS_GLYPH[ch]}` : ch]);
  for (const [key, label] of [["DEPLOYMENT", "Deployment"], ["LOCATION", "Location"]]) {
    const v = machineInfoValue(host, key);
    if (v) rows.push([label, v]);
  }
  const mid = machineId(host);
  if (mid) rows.push(["Machine ID", mid]);
  rows.push(["Boot ID", host.kernel.bootId]);
  // from here on the rows follow systemd 252's source: the recording machine is a container
  rows.push(["Virtualization", VM.virtualization]);
  const os = osPrettyName(host);
  if (os) rows.push(["Operating System", os]);
  rows.push(["Kernel", `Linux ${OS_RELEASE}`]);
  rows.push(["Architecture", VM.architecture]);
  rows.push(["Hardware Vendor", VM.hardwareVendor]);
  rows.push(["Hardware Model", VM.hardwareModel]);
  rows.push(["Firmware Version", VM.firmwareVersion]);
  return keyValueTable(rows);
}

/** set_hostname: pretty, static and transient, or only those the flags name */
function setHostname(proc: Process, args: ParsedArgs, name: string): number {
  const host = proc.host;
  const implicit = !args.flags.has("pretty") && !args.flags.has("static") && !args.flags.has("transient");
  const want = (f: string) => implicit || args.flags.has(f);
  const fail = (target: string, msg: string) => {
    proc.stderr.write(`Could not set ${target}: ${msg}\n`);
    return 1;
  };
  if (!implicit && !args.flags.has("static") && args.flags.has("transient") && staticHostname(host) !== "")
    proc.stderr.write("Hint: static hostname is already set, so the specified transient hostname will not be used.\n");
  let hostname = name;
  if (want("pretty")) {
    // a name that is already a valid host name needs no pretty form: the pretty name is unset
    const pretty = implicit && hostnameIsValid(name, true) ? "" : name;
    const err = setMachineInfoField(host, "pretty", pretty);
    if (err) return fail("pretty hostname", err);
    hostname = hostnameCleanup(name);
  }
  if (want("static")) {
    const err = setStaticHostname(host, hostname);
    if (err) return fail("static hostname", err);
  }
  if (want("transient")) {
    const err = setTransientHostname(host, hostname);
    if (err) return fail("transient hostname", err);
  }
  return 0;
}

function getHostname(proc: Process, args: ParsedArgs): number {
  const n = ["static", "pretty", "transient"].filter((f) => args.flags.has(f)).length;
  if (n > 1) {
    proc.stderr.write("Cannot query more than one name type at a time\n");
    return 1;
  }
  const host = proc.host;
  const v = args.flags.has("pretty") ? prettyHostname(host) : args.flags.has("static") ? staticHostname(host) : host.kernel.hostname;
  proc.stdout.write(`${v}\n`);
  return 0;
}

function machineInfoVerb(field: "icon" | "chassis" | "deployment" | "location", get: (h: Host) => string) {
  return (proc: Process, operands: string[]): number => {
    if (operands.length === 1) {
      proc.stdout.write(`${get(proc.host)}\n`);
      return 0;
    }
    const err = setMachineInfoField(proc.host, field, operands[1]);
    if (!err) return 0;
    proc.stderr.write(`Could not set ${field}: ${err}\n`);
    return 1;
  };
}

function run(proc: Process): number {
  const parsed = parseSystemdArgs(proc, "hostnamectl", ["transient", "static", "pretty", "no-ask-password"]);
  if (typeof parsed === "number") return parsed;
  if (parsed.help) {
    proc.stdout.write(HOSTNAMECTL_HELP);
    return 0;
  }
  if (parsed.version) {
    proc.stdout.write(SYSTEMD_VERSION);
    return 0;
  }
  const args = parsed;
  const icon = machineInfoVerb("icon", iconName);
  const chassisVerb = machineInfoVerb("chassis", chassis);
  const deployment = machineInfoVerb("deployment", (h) => machineInfoValue(h, "DEPLOYMENT"));
  const location = machineInfoVerb("location", (h) => machineInfoValue(h, "LOCATION"));
  const hostname = (p: Process, ops: string[]) => (ops.length === 1 ? getHostname(p, args) : setHostname(p, args, ops[1]));
  return dispatchVerb(proc, args.operands, "status", {
    status: { min: 1, max: 1, run: (p) => (args.flags.size ? getHostname(p, args) : (p.stdout.write(hostnameStatus(p.host)), 0)) },
    hostname: { min: 1, max: 2, run: hostname },
    "set-hostname": { min: 2, max: 2, run: hostname },
    "icon-name": { min: 1, max: 2, run: icon },
    "set-icon-name": { min: 2, max: 2, run: icon },
    chassis: { min: 1, max: 2, run: chassisVerb },
    "set-chassis": { min: 2, max: 2, run: chassisVerb },
    deployment: { min: 1, max: 2, run: deployment },
    "set-deployment": { min: 2, max: 2, run: deployment },
    location: { min: 1, max: 2, run: location },
    "set-location": { min: 2, max: 2, run: location },
    help: { min: 1, max: Infinity, run: (p) => (p.stdout.write(HOSTNAMECTL_HELP), 0) },
  });
}

const VERBS = ["status", "hostname", "set-hostname", "icon-name", "chassis", "deployment", "location"];
const OPTIONS = ["--help", "--version", "--static", "--transient", "--pretty", "--no-ask-password"];

export const hostnamectl: Command = {
  name: "hostnamectl",
  summary: "hostnamectl - Control the system hostname",
  man: HOSTNAMECTL_MAN,
  run,
  complete: (c: CompletionContext) => (c.current.startsWith("-") ? OPTIONS : c.words.length <= 1 ? VERBS : []).filter((w) => w.startsWith(c.current)),
};
