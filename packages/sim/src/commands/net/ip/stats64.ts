/**
 * A link's counters as ipaddress.c's print_stats64 prints them (iproute2
 * 6.1), text and JSON: with -s the RX and TX rows, with -s -s (or more) also
 * the "RX errors" and "TX errors" rows that break rx_errors and tx_errors
 * down by cause, and IFLA_CARRIER_CHANGES as "transns".
 *
 * Text columns: each starts at iproute2's width (the longest of its header
 * words: "*X errors:" 10, "packets" 7, "errors" 6, "dropped" 7, "heartbt" 7,
 * "overrun" 7, "compressed" 10) and widens to the longest number printed in
 * it, across all rows shown (size_columns, see `width`); the bytes header sits after
 * "RX: ", 4 columns into the first.
 *
 * The causes: the simulated wire never corrupts, truncates, overruns or
 * aborts a frame (the kernel model raises no error counter: rx_errors and
 * tx_errors stay 0), so every cause is 0, which is what they add up to.
 * rx_nohandler and the compressed counters are 0 too, so their optional
 * columns never appear.
 */
import type { LinkInfo } from "../../../kernel/net/link-info.js";
import type { LinkState } from "../../../kernel/state.js";
import type { JsonObject } from "./json-writer.js";

interface ErrorCauses {
  rxLength: number;
  rxCrc: number;
  rxFrame: number;
  rxFifo: number;
  rxOver: number;
  txAborted: number;
  txFifo: number;
  txWindow: number;
  txHeartbeat: number;
}

/**
 * size_columns' idea of a number's width: it counts powers of ten below the
 * value, so an exact power of ten (10, 100, ...) counts one digit short; one
 * that needs the extra column then runs into its neighbour instead
 */
function width(v: number): number {
  let len = 1;
  for (let pow = 10; pow < v; pow *= 10) len++;
  return len;
}

function errorCauses(_l: LinkState): ErrorCauses {
  return { rxLength: 0, rxCrc: 0, rxFrame: 0, rxFifo: 0, rxOver: 0, txAborted: 0, txFifo: 0, txWindow: 0, txHeartbeat: 0 };
}

/** `level`: how many times -s was given (1 or more) */
export function statsLines(l: LinkState, level: number, info: LinkInfo): string[] {
  const s = l.stats;
  const e = errorCauses(l);
  const rx = [s.rxBytes, s.rxPackets, s.rxErrors, s.rxDropped, s.rxMissed, s.rxMulticast];
  const tx = [s.txBytes, s.txPackets, s.txErrors, s.txDropped, s.txCarrier, s.txCollisions];
  const rxErr = [0, e.rxLength, e.rxCrc, e.rxFrame, e.rxFifo, e.rxOver];
  const txErr = [0, e.txAborted, e.txFifo, e.txWindow, e.txHeartbeat, info.carrierChanges];
  const rows = level > 1 ? [rx, rxErr, tx, txErr] : [rx, tx];
  const cols = [10, 7, 6, 7, 7, 7].map((w, i) => Math.max(w, ...rows.map((r) => width(r[i]))));
  const head = (label: string, names: string[]) =>
    `    ${label}: ${names.map((n, i) => n.padStart(i === 0 ? cols[0] - 4 : cols[i])).join(" ")} ${"".padStart(10)}`;
  const vals = (v: number[]) => `    ${v.map((x, i) => String(x).padStart(cols[i])).join(" ")} `;
  const errHead = (label: string, names: string[]) =>
    `    ${label} errors:${"".padStart(cols[0] - 10)} ${names.map((n, i) => n.padStart(cols[i + 1])).join(" ")}`;
  const errVals = (v: number[]) => `${"".padStart(cols[0] + 5)}${v.slice(1).map((x, i) => `${String(x).padStart(cols[i + 1])} `).join("")}`;
  const lines = [head("RX", ["bytes", "packets", "errors", "dropped", "missed", "mcast"]), vals(rx)];
  if (level > 1) lines.push(errHead("RX", ["length", "crc", "frame", "fifo", "overrun"]), errVals(rxErr));
  lines.push(head("TX", ["bytes", "packets", "errors", "dropped", "carrier", "collsns"]), vals(tx));
  if (level > 1) lines.push(errHead("TX", ["aborted", "fifo", "window", "heartbt", "transns"]), errVals(txErr));
  return lines;
}

/** the stats64 object: what the text's rows show, under rtnl_link_stats64's names */
export function statsJson(l: LinkState, level: number, info: LinkInfo): JsonObject {
  const s = l.stats;
  const e = errorCauses(l);
  const rx: JsonObject = { bytes: s.rxBytes, packets: s.rxPackets, errors: s.rxErrors, dropped: s.rxDropped, over_errors: s.rxMissed, multicast: s.rxMulticast };
  const tx: JsonObject = { bytes: s.txBytes, packets: s.txPackets, errors: s.txErrors, dropped: s.txDropped, carrier_errors: s.txCarrier, collisions: s.txCollisions };
  if (level > 1) {
    Object.assign(rx, { length_errors: e.rxLength, crc_errors: e.rxCrc, frame_errors: e.rxFrame, fifo_errors: e.rxFifo, missed_errors: s.rxMissed });
    Object.assign(tx, {
      aborted_errors: e.txAborted,
      fifo_errors: e.txFifo,
      window_errors: e.txWindow,
      heartbeat_errors: e.txHeartbeat,
      carrier_changes: info.carrierChanges,
    });
  }
  return { rx, tx };
}
