/**
 * The same topology in the simulation: one `LabSession` over the whole lab
 * (hosts boot from their files as the real namespaces are configured by
 * ifup), the topology's sysctls set as `sysctl -w` would, then the scripts'
 * lines run at each host's shell.
 */
import { utf8Decode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import type { LabSpec } from "../../lab/types.js";
import type { RunOutput } from "./real.js";
import type { Step, Topology } from "./topology.js";

/**
 * The topology's veth links as the lab's cables: one two-ended segment per
 * link, and a segment of its own for every other NIC (the real side gives
 * it a peer in the stub namespace: carrier, nobody else). A lab that has
 * its own segments keeps them.
 */
function withSegments(topo: Topology): LabSpec {
  if (topo.lab.segments || !topo.links) return topo.lab;
  const linked = new Set(topo.links.flat().map((e) => `${e.host}:${e.nic}`));
  const segments = topo.links.map(([a, b], i) => ({ name: `link${i}`, ends: [`${a.host}:${a.nic}`, `${b.host}:${b.nic}`] }));
  for (const h of topo.lab.hosts)
    for (const nic of h.interfaces) if (!linked.has(`${h.name}:${nic.name}`)) segments.push({ name: `stub-${h.name}-${nic.name}`, ends: [`${h.name}:${nic.name}`] });
  return { ...topo.lab, segments };
}

export class SimNetwork {
  readonly session: LabSession;

  constructor(readonly topo: Topology) {
    this.session = LabSession.create(withSegments(topo));
    for (const [host, sysctls] of Object.entries(topo.sysctls ?? {}))
      for (const [k, v] of Object.entries(sysctls)) this.session.world.host(host)!.kernel.sysctlSet(k, v);
  }

  /** the host's /etc files the real side mirrors */
  files(host: string): Record<string, string> {
    const fs = this.session.world.host(host)!.fs;
    const out: Record<string, string> = {};
    for (const p of ["/etc/hosts", "/etc/networks", "/etc/sysctl.conf", "/etc/network/interfaces", "/etc/nsswitch.conf"]) {
      const r = fs.readFile(p);
      if (r.ok) out[p] = utf8Decode(r.value);
    }
    return out;
  }

  run(step: Step): RunOutput {
    const r = this.session.run(step.host, step.cmd);
    return { stdout: r.stdout, stderr: r.stderr, exit: r.exit };
  }
}
