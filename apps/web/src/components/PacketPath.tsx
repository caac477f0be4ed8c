/**
 * What happened to the last command line's packets, hop by hop, under the
 * network picture: each host's decision (sent, forwarded, delivered, queued
 * for ARP, dropped and why) and, where netfilter saw the packet, each
 * hook/table/chain it crossed with the deciding rule, NAT before/after and
 * the conntrack entry it made or matched. A native <details>, closed by default so the
 * terminal keeps its rows; its summary is the one-line outcome, and the list
 * is real text (the accessible form, no picture to describe).
 */
import type { PacketDecision } from "@rootlab/sim";
import { pathHops, pathSummary } from "@/topology/path";

export function PacketPath({ trace }: { trace: readonly PacketDecision[] }) {
  const hops = pathHops(trace);
  return (
    <details className="packet-path">
      <summary>
        Last packets: <span className="packet-path-summary">{pathSummary(trace)}</span>
      </summary>
      <ol aria-label="Packet path, hop by hop">
        {hops.map((h, i) => (
          <li key={i} className={h.dropped ? "packet-hop packet-hop--dropped" : "packet-hop"}>
            <strong>{h.host}</strong>
            {h.devices ? ` (${h.devices})` : ""}: {h.packet}. {h.dropped ? <em>{h.reason}</em> : h.reason}
            {h.netfilter.length > 0 ? (
              <ol className="packet-netfilter" aria-label={`Netfilter at ${h.host}`}>
                {h.netfilter.map((step, j) => (
                  <li key={j}>{step}</li>
                ))}
              </ol>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
