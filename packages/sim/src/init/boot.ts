/**
 * init: booting a host. Power the kernel on (runtime state is gone), then do
 * what Debian's init does with the files on disk: hostname from /etc/hostname,
 * an empty /run, sysctl settings from /etc/sysctl.conf and /etc/sysctl.d, the
 * saved iptables rules (netfilter-persistent, where installed), networking from
 * /etc/network/interfaces (networking.service, then udev's hotplug `ifup`;
 * services/networking) (and, on a Red Hat flavoured host, the static
 * routes of /etc/sysconfig). What a learner configured only at runtime is lost;
 * what they wrote to files comes back, as on a real machine (iptables rules
 * too, from /etc/iptables/rules.v4 when iptables-persistent is installed).
 */
import { utf8Decode } from "../bytes.js";
import { newKernelState } from "../kernel/power-on.js";
import { startCron } from "../services/cron/index.js";
import { startServices } from "../services/index.js";
import { bringUpNetworking } from "../services/networking/index.js";
import { bootNetfilterPersistent } from "../services/netfilter-persistent/unit.js";
import { bootUnits } from "../services/systemd/unit.js";
import type { World } from "../world/world.js";
import { applyRedHatStaticRoutes } from "./static-routes.js";
import { applySysctlFiles } from "./sysctl-files.js";
import { emptyDirectory } from "./tmpfs.js";
import { attachBlockDevices } from "./disks.js";
import { KERN_NOTICE } from "../kernel/printk.js";
import { PROC_VERSION } from "../fs/procfs.js";

/** Runs one command line on the booting host (init has no terminal); returns its status. */
export type RunCommandLine = (line: string) => number;


export function boot(world: World, hostName: string, runCommandLine: RunCommandLine): void {
  const old = world.host(hostName);
  if (!old) throw new Error(`no host ${hostName}`);
  const hostnameFile = old.fs.readFile("/etc/hostname");
  const hostname = (hostnameFile.ok && utf8Decode(hostnameFile.value).trim()) || old.name;
  old.state.kernel = newKernelState({ hostname, nics: old.state.hardware.nics });
  old.state.bootedAt = world.clock.now;
  old.state.rebootRequested = false;

  const host = world.host(hostName)!; // a view over the new kernel state
  emptyDirectory(host.fs, "/run");
  // the tmpfs mounted on /run/lock (the mount table lists it): world-writable and sticky, as systemd makes it
  host.fs.mkdir("/run/lock", { mode: 0o1777 });
  // start_kernel: pr_notice("%s", linux_banner), the text /proc/version shows
  host.kernel.printk(KERN_NOTICE + PROC_VERSION.trimEnd());
  attachBlockDevices(host);
  applySysctlFiles(host);
  // netfilter-persistent.service: Before=network-pre.target, so the firewall is up before any NIC
  bootNetfilterPersistent(host, runCommandLine);
  bringUpNetworking(host, runCommandLine);
  // the rescue system runs none of the installed system's services
  if (host.state.machine?.kind === "rescue") return;
  if (host.state.flavor === "redhat") applyRedHatStaticRoutes(host, runCommandLine);
  bootUnits(host);
  startCron(world, host);
  startServices(host);
}
