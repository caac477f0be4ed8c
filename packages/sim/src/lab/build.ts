/**
 * Building a world from a lab: make each host's hardware and disk, write its
 * configuration files the way a Debian installer would, then boot it.
 */
import { dpkgStatus, LAB_PACKAGES } from "../fs/debian-tree/dpkg-status.js";
import { utf8Encode } from "../bytes.js";
import { INSTALLED, newDebianFs } from "../fs/debian-tree.js";
import { installBootFiles } from "../fs/debian-boot.js";
import { newDebianDisk } from "../kernel/block/install.js";
import type { NicSpec } from "../host/host.js";
import { boot, type RunCommandLine } from "../init/boot.js";
import { newKernelState } from "../kernel/power-on.js";
import { installMysqld, runInitSql } from "../services/mysqld/install.js";
import { authorizeKey, giveUserKey, hostKeyOf, installSshd, knowHost } from "../services/sshd/install.js";
import { installNetfilterPersistent } from "../services/netfilter-persistent/install.js";
import { webServerFiles } from "../services/web/install.js";
import { parseEnd, type SegmentState } from "../world/segments.js";
import { World } from "../world/world.js";
import type { LabHostSpec, LabSpec } from "./types.js";
import { provideLabBuilder } from "./lab-session.js";

/** prefix length -> dotted netmask, for /etc/network/interfaces */
function netmaskOf(prefixlen: number): string {
  const bits = prefixlen === 0 ? 0 : (0xffffffff << (32 - prefixlen)) >>> 0;
  return [24, 16, 8, 0].map((s) => (bits >>> s) & 255).join(".");
}

/** /etc/network/interfaces as Debian's installer writes it for static addresses. */
export function interfacesFile(spec: LabHostSpec): string {
  let out =
    "# This file describes the network interfaces available on your system\n" +
    "# and how to activate them. For more information, see interfaces(5).\n\n" +
    "source /etc/network/interfaces.d/*\n\n" +
    "# The loopback network interface\nauto lo\niface lo inet loopback\n";
  for (const nic of spec.interfaces) {
    if (!nic.address) continue;
    const [addr, len] = nic.address.split("/");
    out += `\n# The network interface ${nic.name}\nauto ${nic.name}\niface ${nic.name} inet static\n`;
    out += `\taddress ${addr}\n\tnetmask ${netmaskOf(Number(len))}\n`;
    if (nic.gateway) out += `\tgateway ${nic.gateway}\n`;
  }
  return out;
}

/** the lab's segments checked against its hosts: every end names a NIC, no NIC is in two */
export function labSegments(lab: LabSpec): SegmentState[] {
  const seen = new Set<string>();
  // A lab that says nothing of cabling plugs each NIC into a switch of its own:
  // carrier up, nobody else on the wire (as the first lessons' single host).
  const segments = lab.segments ?? lab.hosts.flatMap((h) => h.interfaces.map((i) => ({ name: `${h.name}-${i.name}`, ends: [`${h.name}:${i.name}`] })));
  return segments.map((seg) => ({
    name: seg.name,
    ends: seg.ends.map((text) => {
      const end = parseEnd(text);
      const host = end && lab.hosts.find((h) => h.name === end.host);
      if (!end || !host || !host.interfaces.some((i) => i.name === end.nic))
        throw new Error(`lab ${lab.id}: segment ${seg.name}: no NIC "${text}" (write host:nic)`);
      if (seen.has(text)) throw new Error(`lab ${lab.id}: NIC ${text} is plugged into two segments`);
      seen.add(text);
      return end;
    }),
  }));
}

export function buildWorld(lab: LabSpec, seed: number, run: (world: World, host: string) => RunCommandLine): World {
  const world = World.empty(lab.id, seed);
  world.state.segments = labSegments(lab);
  for (const spec of lab.hosts) {
    const nics: NicSpec[] = spec.interfaces.map((i) => ({
      name: i.name,
      mac: i.mac ?? randomMac(world),
      ...(i.altnames ? { altnames: i.altnames } : {}),
      carrier: world.state.segments.some((s) => s.ends.some((e) => e.host === spec.name && e.nic === i.name)),
    }));
    const host = world.addHost({
      name: spec.name,
      flavor: spec.flavor ?? "debian",
      hardware: { nics },
      kernel: newKernelState({ hostname: spec.name, nics }),
      // a Red Hat flavoured host has no ifupdown (and so no networking.service)
      fs: newDebianFs({ hostname: spec.name, clock: world.clock, ifupdown: spec.flavor !== "redhat" }),
      disks: [newDebianDisk()],
      bootedAt: 0,
      rebootRequested: false,
    });
    installBootFiles(host.fs, INSTALLED);
    const files: Record<string, string> = {
      "/etc/network/interfaces": interfacesFile(spec),
      ...(spec.services?.includes("web") ? webServerFiles() : {}),
      ...spec.files,
    };
    for (const [path, text] of Object.entries(files)) {
      const dir = path.slice(0, path.lastIndexOf("/"));
      if (dir) host.fs.mkdir(dir, { parents: true });
      const r = host.fs.writeFile(path, utf8Encode(text));
      if (!r.ok) throw new Error(`lab ${lab.id}: cannot write ${path} on ${spec.name}: ${r.errno}`);
    }
    for (const path of spec.executables ?? []) {
      if (!(path in files)) throw new Error(`lab ${lab.id}: executable ${path} on ${spec.name} is not one of its files`);
      host.fs.chmod(path, 0o755);
    }
    if (spec.packages?.includes("iptables-persistent")) installNetfilterPersistent(host);
    if (spec.packages?.includes("mariadb-server")) {
      installMysqld(host);
      if (spec.mysqlInit) runInitSql(host, spec.mysqlInit, `lab ${lab.id}, host ${spec.name}`);
    }
    if (spec.packages?.includes("openssh-server")) installSshd(host);
    // dpkg's record of what the lab installed
    const installed = [...(spec.packages ?? []), ...(spec.services?.includes("web") ? ["nginx"] : [])];
    if (installed.some((p) => p in LAB_PACKAGES)) host.fs.writeFile("/var/lib/dpkg/status", utf8Encode(dpkgStatus(installed)));
  }
  setUpSshLogins(lab, world);
  for (const spec of lab.hosts) boot(world, spec.name, run(world, spec.name));
  return world;
}

function setUpSshLogins(lab: LabSpec, world: World): void {
  for (const login of lab.sshLogins ?? []) {
    const from = world.host(login.from);
    const to = world.host(login.to);
    const toSpec = lab.hosts.find((h) => h.name === login.to);
    if (!from || !to || !toSpec) throw new Error(`lab ${lab.id}: ssh login ${login.from} -> ${login.to}: no such host`);
    if (!toSpec.packages?.includes("openssh-server")) throw new Error(`lab ${lab.id}: ssh login to ${login.to}, which has no openssh-server`);
    const user = login.user ?? "root";
    const key = giveUserKey(from, user);
    authorizeKey(to, user, key);
    const addresses = toSpec.interfaces.flatMap((i) => (i.address ? [i.address.split("/")[0]] : []));
    knowHost(from, user, [login.to, ...addresses], hostKeyOf(login.to));
  }
}

function randomMac(world: World): string {
  const b = [world.prng.int(0, 255), world.prng.int(0, 255), world.prng.int(0, 255)];
  return ["52", "54", "00", ...b.map((x) => x.toString(16).padStart(2, "0"))].join(":");
}

provideLabBuilder(buildWorld);
