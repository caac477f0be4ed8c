/**
 * `systemctl status UNIT` as systemd 252 prints it on Debian 12: the state
 * dot, Loaded/Active lines with the relative time, Docs, the daemon's own
 * lines while it runs, and the unit's last journal lines.
 */
import type { Host } from "../../host/host.js";
import type { UnitDriver } from "../../services/systemd/unit.js";
import { civilTime, formatWallTime } from "../../world/calendar.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** systemd's format_timestamp_relative, for a span in ms */
export function relativeSpan(ms: number): string {
  const s = Math.floor(ms / 1000);
  const min = Math.floor(s / 60);
  const h = Math.floor(min / 60);
  const d = Math.floor(h / 24);
  if (d >= 2) return `${d} days ago`;
  if (h >= 25) return `1 day ${h - 24}h ago`;
  if (h >= 6) return `${h}h ago`;
  if (h >= 1) return `${h}h ${min % 60}min ago`;
  if (min >= 5) return `${min}min ago`;
  if (min >= 1) return `${min}min ${s % 60}s ago`;
  if (s >= 1) return `${s}s ago`;
  return `${Math.floor(ms)}ms ago`;
}

function journalStamp(unixMs: number): string {
  const t = civilTime(unixMs);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${MONTHS[t.m - 1]} ${p2(t.d)} ${p2(t.hh)}:${p2(t.mm)}:${p2(t.ss)}`;
}

export function unitStatus(host: Host, unit: UnitDriver): string {
  const active = unit.isActive(host);
  const enabled = unit.isEnabled(host);
  const since = unit.since(host);
  const clock = host.clock;
  const sinceText = (t: number) => ` since ${formatWallTime(clock.unixMs - (clock.now - t))}; ${relativeSpan(clock.now - t)}`;
  const lines = [
    `${active ? "●" : "○"} ${unit.name} - ${unit.description}`,
    `     Loaded: loaded (${unit.path}; ${enabled ? "enabled" : "disabled"}; preset: enabled)`,
    active
      ? `     Active: active (running)${since !== undefined ? sinceText(since) : ""}`
      : `     Active: inactive (dead)${since !== undefined ? sinceText(since) : ""}`,
    `       Docs: ${unit.docs[0]}`,
    ...unit.docs.slice(1).map((d) => `             ${d}`),
  ];
  if (active) lines.push(...unit.runningLines(host));
  if (since !== undefined) {
    const stamp = journalStamp(clock.unixMs - (clock.now - since));
    const hn = host.kernel.hostname;
    lines.push("");
    if (active) {
      lines.push(`${stamp} ${hn} systemd[1]: Starting ${unit.name} - ${unit.description}...`);
      lines.push(`${stamp} ${hn} systemd[1]: Started ${unit.name} - ${unit.description}.`);
    } else {
      lines.push(`${stamp} ${hn} systemd[1]: Stopping ${unit.name} - ${unit.description}...`);
      lines.push(`${stamp} ${hn} systemd[1]: ${unit.name}: Deactivated successfully.`);
      lines.push(`${stamp} ${hn} systemd[1]: Stopped ${unit.name} - ${unit.description}.`);
    }
  }
  return `${lines.join("\n")}\n`;
}
