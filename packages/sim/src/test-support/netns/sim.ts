/**
 * The same topology in the simulation: one `LabSession` over the whole lab
 * (hosts boot from their files as the real namespaces are configured by
 * ifup), the topology's sysctls set as `sysctl -w` would, then the scripts'
 * lines run at each host's shell.
 */
import { utf8Decode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import type { RunOutput } from "./real.js";
import type { Step, Topology } from "./topology.js";

export class SimNetwork {
  readonly session: LabSession;

  constructor(readonly topo: Topology) {
    // links between hosts are the world's business once labs carry them; until then each NIC is plugged in
    this.session = LabSession.create(topo.lab);
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
