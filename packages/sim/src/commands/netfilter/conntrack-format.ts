/**
 * conntrack(8)'s line layouts (libnetfilter_conntrack 1.0.9,
 * __snprintf_conntrack_default), as recorded in fixtures/:
 *
 *   [ipv4     2 ]tcp      6 118 TIME_WAIT src=.. dst=.. sport=.. dport=.. [packets=.. bytes=..]
 *     [UNREPLIED] src=.. dst=.. sport=.. dport=.. [packets=..] [ASSURED] mark=0 [delta-time=N] use=1[ id=N]
 *
 * (one line). Events (-E) put "    [NEW] ", " [UPDATE] " or "[DESTROY] "
 * first and carry fewer fields: the kernel's event message has no use
 * count, the mark only when it is not 0, counters and delta-time only on
 * DESTROY, the timeout only when it is not 0 (an expired entry's DESTROY
 * has none); a DESTROY a process asked for ends "[USERSPACE] portid=N".
 */
import { ctCountersText, ctProtoText, ctTupleText } from "../../fs/proc-nf-conntrack.js";
import { ctSecondsLeft } from "../../kernel/net/netfilter/netfilter.js";
import type { CtEntry, CtEvent } from "../../kernel/net/netfilter/types.js";

export interface CtOutput {
  /** -o extended: the layer-3 protocol first */
  extended: boolean;
  /** -o id */
  id: boolean;
  /** -o timestamp: events get "[sec.usec]\t" first (a listing is unchanged) */
  timestamp: boolean;
}

/** what the kernel attaches to every entry: acct counters, creation timestamps (sysctls) */
export interface CtExtensions {
  acct: boolean;
  timestamp: boolean;
}

function deltaTime(e: CtEntry, now: number): string {
  return `delta-time=${Math.max(0, Math.floor((now - e.startedAt) / 1000))} `;
}

function body(e: CtEntry, timeout: number | undefined, counters: boolean): string {
  let s = ctProtoText(e.proto);
  if (timeout !== undefined) s += `${timeout} `;
  if (e.tcpState) s += `${e.tcpState} `;
  s += ctTupleText(e.proto, e.orig);
  if (counters) s += ctCountersText(e.origCounters);
  if (!e.status.seenReply) s += "[UNREPLIED] ";
  s += ctTupleText(e.proto, e.reply);
  if (counters) s += ctCountersText(e.replyCounters);
  if (e.status.assured) s += "[ASSURED] ";
  return s;
}

/** one entry of a listing (-L, -D, -G); `use` is 2 for -G (the kernel holds a reference while answering) */
export function ctListLine(e: CtEntry, now: number, out: CtOutput, ext: CtExtensions, use = 1): string {
  let s = out.extended ? "ipv4     2 " : "";
  s += body(e, ctSecondsLeft(e, now), ext.acct);
  s += `mark=${e.mark} `;
  if (ext.timestamp) s += deltaTime(e, now);
  s += `use=${use}`;
  if (out.id) s += ` id=${e.id}`;
  return s;
}

const EVENT_LABEL: Record<CtEvent["type"], string> = { NEW: "    [NEW] ", UPDATE: " [UPDATE] ", DESTROY: "[DESTROY] " };

/** "[1796041366.020028]\t": the event's wall-clock time, seconds and microseconds */
function stamp(unixMs: number): string {
  const us = Math.round(unixMs * 1000);
  return `[${Math.floor(us / 1e6)}.${String(us % 1e6).padStart(6, "0")}]\t`;
}

/** one line of `conntrack -E`; `epochMs` turns virtual ms into Unix ms */
export function ctEventLine(ev: CtEvent, out: CtOutput, ext: CtExtensions, epochMs: number): string {
  const e = ev.entry;
  const destroy = ev.type === "DESTROY";
  const left = ctSecondsLeft(e, ev.at);
  let s = (out.timestamp ? stamp(epochMs + ev.at) : "") + EVENT_LABEL[ev.type] + (out.extended ? "ipv4     2 " : "");
  s += body(e, destroy && left === 0 ? undefined : left, destroy && ext.acct);
  if (e.mark !== 0) s += `mark=${e.mark} `;
  if (destroy && ext.timestamp) s += deltaTime(e, ev.at);
  s = s.trimEnd();
  if (out.id) s += ` id=${e.id}`;
  if (ev.portid !== undefined) s += ` [USERSPACE] portid=${ev.portid}`;
  return s;
}
