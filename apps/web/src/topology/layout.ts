/**
 * Lays the topology out for an SVG: hosts side by side in lab order, each a
 * box listing its state and interfaces, every interface a port on the box's
 * bottom edge, and every segment a horizontal bar below the hosts with a
 * drop from each port it joins. Segments whose bars would overlap go to
 * separate lanes, so a router's two networks never share a line.
 *
 * Pure: facts in, positions (px in the SVG's user space) out. The component
 * draws exactly what this returns; tests check it for every built-in lab.
 */
import { linkStateText, type TopologyFacts } from "./facts";

/** px: a host box's width; fits "default via 192.168.100.100" in 12 px type */
export const HOST_W = 210;
const GAP = 32;
const PAD = 8;
/** px between text lines inside a host box */
const LINE = 15;
/** px from a box's left edge to its text, and further for addresses under their interface */
const INSET = 9;
const ADDR_INSET = 20;
/** characters of host name that leave room for "ip_forward 1" on the same line (13 px bold name, 12 px state) */
const SHORT_NAME = 14;
/** address lines shown per interface before "+N more" (the text alternative lists all) */
export const MAX_ADDRS = 4;
const PORT = 8;
/** px from the boxes' bottom edge to the first segment lane, and between lanes */
const LANE_TOP = 22;
const LANE_GAP = 30;
/** px per character of a segment label (11 px sans), to keep labels inside the canvas */
const LABEL_CHAR_W = 6.5;
/** half the width of a segment bar with a single port */
const STUB = 36;

export type TextKind = "host" | "forward-on" | "forward-off" | "route" | "iface-up" | "iface-down" | "addr" | "more";

export interface TextLine {
  text: string;
  kind: TextKind;
  /** absolute; the start of the text, or its end when `anchor` is "end" */
  x: number;
  /** baseline, absolute */
  y: number;
  anchor?: "end";
}

export interface HostNode {
  name: string;
  x: number;
  y: number;
  w: number;
  h: number;
  lines: TextLine[];
}

export interface PortNode {
  host: string;
  iface: string;
  /** centre of the port on the box's bottom edge */
  x: number;
  y: number;
  state: "UP" | "DOWN" | "NO-CARRIER";
}

export interface SegmentBar {
  name: string;
  kind: "cable" | "switch";
  x1: number;
  x2: number;
  y: number;
  /** index of the lane, 0 nearest the hosts */
  lane: number;
  /** where "name · kind" goes: under the bar from x1, or (a one-port stub) after it on its line */
  label: { x: number; y: number; text: string };
}

/** A drop from a port to its segment's bar; `live` when the interface is up with carrier. */
export interface Edge {
  segment: string;
  host: string;
  iface: string;
  x: number;
  y1: number;
  y2: number;
  live: boolean;
}

export interface TopologyLayout {
  width: number;
  height: number;
  hosts: HostNode[];
  ports: PortNode[];
  segments: SegmentBar[];
  edges: Edge[];
}

export function layoutTopology(t: TopologyFacts): TopologyLayout {
  // Each host's lines top to bottom; ip_forward shares the name's line, at the right edge, when the name is short.
  const texts = t.hosts.map((h) => {
    const forward: Omit<TextLine, "x" | "y"> = { text: `ip_forward ${h.ipForward ? 1 : 0}`, kind: forwardKind(h.ipForward) };
    const lines: Omit<TextLine, "x" | "y">[] = [
      { text: h.name, kind: "host" },
      ...(h.name.length > SHORT_NAME ? [forward] : []),
      { text: defaultRouteText(h.defaultRoute), kind: "route" },
    ];
    for (const i of h.interfaces) {
      const state = linkStateText(i);
      lines.push({ text: `${i.name} ${state}`, kind: state === "UP" ? "iface-up" : "iface-down" });
      for (const a of i.addresses.slice(0, MAX_ADDRS)) lines.push({ text: a.label ? `${a.cidr} ${a.label}` : a.cidr, kind: "addr" });
      if (i.addresses.length > MAX_ADDRS) lines.push({ text: `+${i.addresses.length - MAX_ADDRS} more`, kind: "more" });
    }
    return lines;
  });
  // One height for every box: the ports line up and the bars run straight.
  const boxH = Math.max(...texts.map((l) => l.length), 1) * LINE + 10;

  const hosts: HostNode[] = t.hosts.map((h, n) => {
    const x = PAD + n * (HOST_W + GAP);
    return {
      name: h.name,
      x,
      y: PAD,
      w: HOST_W,
      h: boxH,
      lines: [
        ...texts[n].map((l, j) => ({ ...l, x: x + (l.kind === "addr" || l.kind === "more" ? ADDR_INSET : INSET), y: PAD + 17 + j * LINE })),
        ...(h.name.length > SHORT_NAME
          ? []
          : [{ text: `ip_forward ${h.ipForward ? 1 : 0}`, kind: forwardKind(h.ipForward), x: x + HOST_W - INSET, y: PAD + 17, anchor: "end" as const }]),
      ],
    };
  });

  const ports: PortNode[] = t.hosts.flatMap((h, n) =>
    h.interfaces.map((i, j) => ({
      host: h.name,
      iface: i.name,
      x: hosts[n].x + Math.round(((j + 1) * HOST_W) / (h.interfaces.length + 1)),
      y: PAD + boxH,
      state: linkStateText(i),
    })),
  );
  const portOf = (host: string, iface: string) => ports.find((p) => p.host === host && p.iface === iface);

  // Greedy lanes: a bar goes to the first lane where it overlaps no bar already placed.
  const laneEnds: { x1: number; x2: number }[][] = [];
  const segments: SegmentBar[] = [];
  const edges: Edge[] = [];
  const laneY = (lane: number) => PAD + boxH + PORT / 2 + LANE_TOP + lane * LANE_GAP;
  for (const s of t.segments) {
    const xs = s.ends.map((e) => portOf(e.host, e.iface)?.x).filter((x): x is number => x !== undefined);
    if (xs.length === 0) continue;
    const lo = Math.min(...xs);
    const hi = Math.max(...xs);
    const x1 = xs.length === 1 ? lo - STUB : lo - 12;
    const x2 = xs.length === 1 ? hi + STUB : hi + 12;
    let lane = laneEnds.findIndex((bars) => bars.every((b) => x2 + 8 < b.x1 || x1 > b.x2 + 8));
    if (lane < 0) lane = laneEnds.push([]) - 1;
    laneEnds[lane].push({ x1, x2 });
    const y = laneY(lane);
    const text = `${s.name} · ${s.kind}`;
    const label = xs.length === 1 ? { x: x2 + 6, y: y + 4, text } : { x: x1, y: y + 13, text };
    segments.push({ name: s.name, kind: s.kind, x1, x2, y, lane, label });
    for (const e of s.ends) {
      const p = portOf(e.host, e.iface);
      if (p) edges.push({ segment: s.name, host: e.host, iface: e.iface, x: p.x, y1: p.y + PORT / 2, y2: y, live: p.state === "UP" });
    }
  }

  const lanes = Math.max(laneEnds.length, 1);
  const width = Math.max(
    PAD * 2 + t.hosts.length * HOST_W + Math.max(t.hosts.length - 1, 0) * GAP,
    ...segments.map((s) => Math.max(s.x2, s.label.x + s.label.text.length * LABEL_CHAR_W) + PAD),
  );
  // room under the last lane for a label below its bar
  const height = laneY(lanes - 1) + (segments.some((s) => s.lane === lanes - 1 && s.label.y > s.y + 4) ? 17 : 8);
  return { width, height, hosts, ports, segments, edges };
}

function forwardKind(on: boolean): TextKind {
  return on ? "forward-on" : "forward-off";
}

function defaultRouteText(d: TopologyFacts["hosts"][number]["defaultRoute"]): string {
  if (!d) return "no default route";
  if (d.via) return `default via ${d.via}`;
  return `default dev ${d.dev ?? "?"}`;
}
