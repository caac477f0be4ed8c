/**
 * The lab's network beside the terminal: hosts with their interfaces and
 * addresses, the switches and cables joining them, and live state (link
 * UP / DOWN / NO-CARRIER, ip_forward, the default route), redrawn after every
 * command line. The SVG is drawn from `layoutTopology` and is hidden from
 * screen readers, which get the same facts as a list (`describeTopology`).
 *
 * Collapsible with a native <details>: keyboard operable (Enter / Space on
 * the summary) without script.
 */
import type { PacketDecision } from "@rootlab/sim";
import { useId } from "react";
import { describeTopology, type TopologyFacts } from "@/topology/facts";
import { layoutTopology, type TextKind } from "@/topology/layout";
import { PacketPath } from "./PacketPath";

const TEXT_CLASS: Record<TextKind, string> = {
  host: "topo-host-name",
  "forward-on": "topo-forward topo-forward--on",
  "forward-off": "topo-forward",
  route: "topo-route",
  "iface-up": "topo-iface",
  "iface-down": "topo-iface topo-iface--down",
  addr: "topo-addr",
  more: "topo-more",
};

export function TopologyPicture({
  facts,
  open,
  onToggle,
  trace = [],
}: {
  facts: TopologyFacts;
  /** the last command line's packet decisions, shown under the picture */
  trace?: readonly PacketDecision[];
  open: boolean;
  onToggle: (open: boolean) => void;
}) {
  const listId = useId();
  const l = layoutTopology(facts);
  const hostCount = facts.hosts.length;
  return (
    <details className="topology" open={open} onToggle={(e) => onToggle(e.currentTarget.open)} data-lab={facts.lab}>
      <summary>
        Network <span className="topology-summary">· {hostCount === 1 ? "1 host" : `${hostCount} hosts`}, live</span>
      </summary>
      <svg
        className="topology-svg"
        width={l.width}
        height={l.height}
        viewBox={`0 0 ${l.width} ${l.height}`}
        aria-hidden="true"
        focusable="false"
      >
        {l.segments.map((s) => (
          <g key={s.name} className={`topo-segment topo-segment--${s.kind}`} data-segment={s.name}>
            <line x1={s.x1} y1={s.y} x2={s.x2} y2={s.y} />
            <text x={s.label.x} y={s.label.y}>
              {s.label.text}
            </text>
          </g>
        ))}
        {l.edges.map((e) => (
          <line
            key={`${e.segment}:${e.host}:${e.iface}`}
            className={e.live ? "topo-edge" : "topo-edge topo-edge--dead"}
            x1={e.x}
            y1={e.y1}
            x2={e.x}
            y2={e.y2}
          />
        ))}
        {l.hosts.map((h) => (
          <g key={h.name} className="topo-host" data-host={h.name}>
            <rect x={h.x} y={h.y} width={h.w} height={h.h} rx={6} />
            {h.lines.map((t, i) => (
              <text key={i} x={t.x} y={t.y} textAnchor={t.anchor} className={TEXT_CLASS[t.kind]}>
                {t.text}
              </text>
            ))}
          </g>
        ))}
        {l.ports.map((p) => (
          <g key={`${p.host}:${p.iface}`} className={`topo-port topo-port--${p.state.toLowerCase()}`}>
            <rect x={p.x - 4} y={p.y - 4} width={8} height={8} />
            <text x={p.x + 7} y={p.y + 14}>
              {p.iface}
            </text>
          </g>
        ))}
      </svg>
      <ul className="visually-hidden" id={listId} aria-label="Network facts">
        {describeTopology(facts).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
      {trace.length > 0 ? <PacketPath trace={trace} /> : null}
    </details>
  );
}
