/**
 * What rtnetlink reports about a device beyond its flags, addresses and
 * counters: the IFLA_* attributes `ip -d` prints (promiscuity, MTU bounds,
 * queues, segmentation limits, the parent device) and IFLA_CARRIER_CHANGES,
 * which `ip -s -s` prints as "transns".
 *
 * The simulated VM is a Debian 12 guest under QEMU: lo, and one virtio_net
 * NIC per interface (QEMU's default virtio-net-pci, one queue pair), on
 * Linux 6.1. The disk is SATA (sda), so the NICs are the only virtio
 * devices and are probed in PCI order: the first NIC is virtio0, the next
 * virtio1, and so on. Values are the 6.1 kernel's defaults for each driver:
 *  - every netdev starts with gso_max_size 65536 (GSO_LEGACY_MAX_SIZE),
 *    gso_max_segs 65535, gro_max_size 65536, tso_max_size 65536
 *    (TSO_LEGACY_MAX_SIZE) and tso_max_segs 65535; loopback raises
 *    tso_max_size to GSO_MAX_SIZE (524280 on 64-bit) for BIG TCP, virtio_net
 *    keeps the legacy 65536 (a veth would raise it too);
 *  - min/max MTU: ether_setup's 68..65535 for virtio_net (no
 *    VIRTIO_NET_F_MTU); loopback leaves both 0 ("no limit");
 *  - carrier: virtio_net's probe turns the carrier off once after
 *    registering (carrier_down_count 1), then on when the host reports the
 *    link up (carrier_up_count 1): 2 with a cable, 1 without. Up/down by the
 *    admin does not touch a NIC's carrier (a veth's carrier follows both
 *    ends' admin state, so recordings on veth differ here). lo never changes.
 */
import type { KernelState, LinkState } from "../state.js";

/** GSO_MAX_SIZE on 64-bit: what lo (and veth) allow for BIG TCP */
const GSO_MAX_SIZE = 524280;
const LEGACY_MAX_SIZE = 65536;
const MAX_SEGS = 65535;

export interface LinkInfo {
  /** IFLA_PROMISCUITY: the promiscuous-mode reference count (nothing in the simulation sets it) */
  promiscuity: number;
  /** IFLA_ALLMULTI: the all-multicast reference count */
  allmulti: number;
  /** IFLA_MIN_MTU / IFLA_MAX_MTU in bytes; 0 and 0 mean "no bounds" (lo) */
  minMtu: number;
  maxMtu: number;
  /** IFLA_INET6_ADDR_GEN_MODE (`ip link` only): how the link-local address is made */
  addrGenMode: "eui64";
  numTxQueues: number;
  numRxQueues: number;
  /** bytes and segments */
  gsoMaxSize: number;
  gsoMaxSegs: number;
  tsoMaxSize: number;
  tsoMaxSegs: number;
  groMaxSize: number;
  /** IFLA_PARENT_DEV_BUS_NAME / IFLA_PARENT_DEV_NAME: the device the NIC sits on; absent for lo */
  parentBus?: string;
  parentDev?: string;
  /** IFLA_CARRIER_CHANGES: carrier up plus down transitions since the device was registered */
  carrierChanges: number;
}

/** IFLA_CARRIER_CHANGES as the driver's probe leaves it (see the header) */
export function probeCarrierChanges(link: LinkState): number {
  if (link.kind === "loopback") return 0;
  return link.carrier ? 2 : 1;
}

export function linkInfo(state: KernelState, link: LinkState): LinkInfo {
  const lo = link.kind === "loopback";
  const info: LinkInfo = {
    promiscuity: 0,
    allmulti: 0,
    minMtu: lo ? 0 : 68,
    maxMtu: lo ? 0 : 65535,
    addrGenMode: "eui64",
    numTxQueues: 1,
    numRxQueues: 1,
    gsoMaxSize: LEGACY_MAX_SIZE,
    gsoMaxSegs: MAX_SEGS,
    tsoMaxSize: lo ? GSO_MAX_SIZE : LEGACY_MAX_SIZE,
    tsoMaxSegs: MAX_SEGS,
    groMaxSize: LEGACY_MAX_SIZE,
    carrierChanges: link.carrierChanges ?? probeCarrierChanges(link),
  };
  if (!lo) {
    const nics = state.links.filter((l) => l.kind !== "loopback").sort((a, b) => a.ifindex - b.ifindex);
    info.parentBus = "virtio";
    info.parentDev = `virtio${nics.indexOf(link)}`;
  }
  return info;
}
