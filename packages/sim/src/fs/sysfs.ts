/**
 * /sys as a live view of the kernel's links: /sys/class/net/<ifname>/ with
 * the attribute files `ip` and udev read (address, mtu, operstate, carrier,
 * ifindex, flags, statistics/*). Attributes are read-only here: sysfs refuses
 * to open a file without a store handler for writing (EACCES), and the kernel
 * API has no setter for the writable ones (mtu, tx_queue_len) yet, so they
 * answer the same way.
 *
 * Reading `carrier` of a link that is down fails with EINVAL, as on Linux.
 */
import type { ByteString } from "../bytes.js";
import { fail, ok } from "../kernel/errno.js";
import type { Kernel } from "../kernel/kernel.js";
import type { LinkState } from "../kernel/state.js";
import { type PseudoDir, type PseudoFile, type PseudoNode, dirOf } from "./pseudo.js";

/** A sysfs attribute: text computed on read, refusing writes at open. */
function attr(text: () => string | undefined, mode = 0o444): PseudoFile {
  return {
    type: "file",
    mode,
    size: 4096,
    read: () => {
      const t = text();
      return t === undefined ? fail("EINVAL") : ok(`${t}\n` as ByteString);
    },
    openWriteErrno: "EACCES",
  };
}

// dev->flags bits (include/uapi/linux/if.h); IFF_RUNNING is not in dev->flags.
const IFF_UP = 0x1;
const IFF_BROADCAST = 0x2;
const IFF_LOOPBACK = 0x8;
const IFF_MULTICAST = 0x1000;

export function linkFlags(l: LinkState): number {
  const base = l.kind === "loopback" ? IFF_LOOPBACK : IFF_BROADCAST | IFF_MULTICAST;
  return base | (l.up ? IFF_UP : 0);
}

/** RFC 2863 operstate as Linux reports it: loopback never gets one ("unknown"). */
export function operstate(l: LinkState): string {
  if (l.kind === "loopback") return l.up ? "unknown" : "down";
  return l.up && l.carrier ? "up" : "down";
}

const STAT_FILES: Record<string, (l: LinkState) => number> = {
  collisions: (l) => l.stats.txCollisions,
  multicast: (l) => l.stats.rxMulticast,
  rx_bytes: (l) => l.stats.rxBytes,
  rx_crc_errors: () => 0,
  rx_dropped: (l) => l.stats.rxDropped,
  rx_errors: (l) => l.stats.rxErrors,
  rx_fifo_errors: () => 0,
  rx_frame_errors: () => 0,
  rx_missed_errors: (l) => l.stats.rxMissed,
  rx_packets: (l) => l.stats.rxPackets,
  tx_bytes: (l) => l.stats.txBytes,
  tx_carrier_errors: (l) => l.stats.txCarrier,
  tx_dropped: (l) => l.stats.txDropped,
  tx_errors: (l) => l.stats.txErrors,
  tx_fifo_errors: () => 0,
  tx_packets: (l) => l.stats.txPackets,
};

function linkDir(kernel: Kernel, ifindex: number): PseudoDir {
  // Look the link up on every read: it may be renamed or gone.
  const get = () => kernel.linkByIndex(ifindex);
  const a = (f: (l: LinkState) => string | undefined, mode?: number) =>
    attr(() => {
      const l = get();
      return l ? f(l) : undefined;
    }, mode);
  return dirOf(
    () => {
      const stats: Record<string, PseudoNode> = {};
      for (const [name, f] of Object.entries(STAT_FILES)) stats[name] = a((l) => String(f(l)));
      return {
        addr_len: a(() => "6"),
        address: a((l) => l.mac),
        broadcast: a((l) => (l.kind === "loopback" ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff")),
        carrier: a((l) => (l.up ? (l.carrier ? "1" : "0") : undefined), 0o644),
        carrier_changes: a((l) => String(kernel.linkInfo(l.ifindex)?.carrierChanges ?? 0)),
        dormant: a(() => "0"),
        flags: a((l) => `0x${linkFlags(l).toString(16)}`, 0o644),
        ifalias: a(() => "", 0o644),
        ifindex: a((l) => String(l.ifindex)),
        iflink: a((l) => String(l.ifindex)),
        mtu: a((l) => String(l.mtu), 0o644),
        operstate: a((l) => operstate(l)),
        statistics: dirOf(() => stats, 0o755),
        tx_queue_len: a((l) => String(l.txqlen), 0o644),
        type: a((l) => (l.kind === "loopback" ? "772" : "1")),
      };
    },
    0o755,
  );
}

/** /sys/block/<disk>: the attributes lsblk and fdisk read, and a directory per partition. */
function blockDirs(kernel: Kernel): Record<string, PseudoNode> {
  const out: Record<string, PseudoNode> = {};
  const devices = kernel.block.devices();
  for (const disk of devices.filter((d) => !d.partition)) {
    const children: Record<string, PseudoNode> = {
      dev: attr(() => `${disk.major}:${disk.minor}`),
      device: dirOf(() => ({ model: attr(() => disk.disk.model), vendor: attr(() => disk.disk.vendor), rev: attr(() => "2.5+") }), 0o755),
      range: attr(() => String(disk.disk.minors ?? 16)),
      removable: attr(() => "0"),
      ro: attr(() => "0"),
      size: attr(() => String(disk.sectors)),
    };
    for (const p of devices.filter((d) => d.partition && d.disk === disk.disk))
      children[p.name] = dirOf(
        () => ({
          dev: attr(() => `${p.major}:${p.minor}`),
          partition: attr(() => String(p.partition!.number)),
          ro: attr(() => "0"),
          size: attr(() => String(p.sectors)),
          start: attr(() => String(p.start)),
        }),
        0o755,
      );
    out[disk.name] = dirOf(() => children, 0o755);
  }
  return out;
}

/** The root of /sys: class/net and block are modelled. */
export function sysRoot(kernel: Kernel): PseudoDir {
  return dirOf(
    () => ({
      block: dirOf(() => blockDirs(kernel), 0o755),
      bus: dirOf(() => ({}), 0o755),
      class: dirOf(
        () => ({
          net: dirOf(() => {
            const out: Record<string, PseudoNode> = {};
            for (const l of kernel.links()) out[l.name] = linkDir(kernel, l.ifindex);
            return out;
          }, 0o755),
        }),
        0o755,
      ),
      devices: dirOf(() => ({}), 0o755),
      fs: dirOf(() => ({}), 0o755),
      kernel: dirOf(() => ({}), 0o755),
      module: dirOf(() => ({}), 0o755),
    }),
    0o555,
  );
}
