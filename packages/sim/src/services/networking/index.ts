/**
 * Debian's networking.service at boot: `ifup -a` (lo and every `auto`
 * interface of /etc/network/interfaces), then what udev's hotplug events do
 * for the NICs present at boot (`ifup --allow=hotplug` for allow-hotplug
 * interfaces). Called by host/boot.ts once the kernel is fresh; output goes
 * to the boot log, which the simulation discards.
 */
import { ifupdown } from "../../commands/net/ifupdown/ifupdown.js";
import type { Host } from "../../host/host.js";
import type { OutputStream } from "../../process/streams.js";

const discard: OutputStream = { write() {}, writeBytes() {}, isTTY: false };

export function bringUpNetworking(host: Host, runCommandLine: (line: string) => number): void {
  const env = { host, stdout: discard, stderr: discard, runCommandLine };
  ifupdown(env, "up", ["-a"]);
  ifupdown(env, "up", ["-a", "--allow=hotplug"]);
}
