/**
 * Cables and switches between hosts. A segment is one broadcast domain: a
 * switch with the listed NICs plugged into it (a point-to-point cable is a
 * segment with two ends). A NIC is named by host and its hardware name
 * ("machine_A:eth1"), which a rename inside the host (`ip link set eth1 name
 * wan`) does not change: the cable stays in the same socket.
 *
 * The switch learns nothing and forwards by the current MAC of each port:
 * broadcast and unknown unicast go to every other port, a unicast frame to
 * the port whose NIC has that MAC.
 */
export interface SegmentEnd {
  host: string;
  /** the NIC's hardware name (HostState.hardware.nics[].name) */
  nic: string;
}

export interface SegmentState {
  name: string;
  ends: SegmentEnd[];
}

/** "machine_A:eth1" -> { host, nic }, or undefined when malformed */
export function parseEnd(text: string): SegmentEnd | undefined {
  const i = text.lastIndexOf(":");
  if (i <= 0 || i === text.length - 1) return undefined;
  return { host: text.slice(0, i), nic: text.slice(i + 1) };
}

export function segmentOf(segments: readonly SegmentState[], host: string, nic: string): SegmentState | undefined {
  return segments.find((s) => s.ends.some((e) => e.host === host && e.nic === nic));
}
