/**
 * What `ip -d` (-details) adds to a link record (ipaddress.c's
 * print_linkinfo under show_details, iproute2 6.1), as text and as JSON,
 * from the kernel's LinkInfo: promiscuity, allmulti, MTU bounds, the IPv6
 * address generation mode (`ip link` only: `ip addr` does not ask for the
 * AF_SPEC attributes), queue counts, segmentation limits and the parent
 * device. The text continues the link/ether line (a NIC or lo has no
 * IFLA_LINKINFO kind, which would start a new line). The kernel's IPv6
 * link dump (`ip -6 addr` without a device) carries none of these.
 */
import type { LinkInfo } from "../../../kernel/net/link-info.js";
import type { JsonObject } from "./json-writer.js";

/** the text after "brd ..." on the link line; `link` for `ip link` (adds addrgenmode) */
export function detailsText(d: LinkInfo, link: boolean): string {
  let t = ` promiscuity ${d.promiscuity}  allmulti ${d.allmulti} minmtu ${d.minMtu} maxmtu ${d.maxMtu} `;
  if (link) t += `addrgenmode ${d.addrGenMode} `;
  t += `numtxqueues ${d.numTxQueues} numrxqueues ${d.numRxQueues} `;
  t += `gso_max_size ${d.gsoMaxSize} gso_max_segs ${d.gsoMaxSegs} tso_max_size ${d.tsoMaxSize} tso_max_segs ${d.tsoMaxSegs} gro_max_size ${d.groMaxSize} `;
  if (d.parentBus !== undefined) t += `parentbus ${d.parentBus} `;
  if (d.parentDev !== undefined) t += `parentdev ${d.parentDev} `;
  return t;
}

/** the same attributes under print_linkinfo's JSON keys, in its order */
export function detailsJson(d: LinkInfo, link: boolean): JsonObject {
  const j: JsonObject = { promiscuity: d.promiscuity, allmulti: d.allmulti, min_mtu: d.minMtu, max_mtu: d.maxMtu };
  if (link) j.inet6_addr_gen_mode = d.addrGenMode;
  Object.assign(j, {
    num_tx_queues: d.numTxQueues,
    num_rx_queues: d.numRxQueues,
    gso_max_size: d.gsoMaxSize,
    gso_max_segs: d.gsoMaxSegs,
    tso_max_size: d.tsoMaxSize,
    tso_max_segs: d.tsoMaxSegs,
    gro_max_size: d.groMaxSize,
  });
  if (d.parentBus !== undefined) j.parentbus = d.parentBus;
  if (d.parentDev !== undefined) j.parentdev = d.parentDev;
  return j;
}
