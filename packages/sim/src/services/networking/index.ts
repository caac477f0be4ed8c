/**
 * The network at boot on Debian: systemd starts networking.service
 * (unit.ts: `ifup -a`, lo and every `auto` interface of
 * /etc/network/interfaces) when it is installed and enabled, then udev's
 * hotplug events for the NICs present at boot do `ifup --allow=hotplug`
 * for the allow-hotplug interfaces. A host without the unit (Red Hat
 * flavoured, or saved before the unit was simulated) runs `ifup -a`
 * directly, as before. Called by init/boot.ts once the kernel is fresh;
 * output goes to the boot log, which the simulation discards.
 */
import { ifupdown } from "../../commands/net/ifupdown/ifupdown.js";
import type { Host } from "../../host/host.js";
import type { OutputStream } from "../../process/streams.js";
import { networkingUnit } from "./unit.js";

const discard: OutputStream = { write() {}, writeBytes() {}, isTTY: false };

export function bringUpNetworking(host: Host, runCommandLine: (line: string) => number): void {
  const env = { host, stdout: discard, stderr: discard, runCommandLine };
  if (!networkingUnit.bootStart(host, runCommandLine)) ifupdown(env, "up", ["-a"]);
  ifupdown(env, "up", ["-a", "--allow=hotplug"]);
}
