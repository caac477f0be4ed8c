/**
 * `systemctl status UNIT` as systemd 252 prints it on Debian 12: the state
 * dot, Loaded/Active lines with the relative time, Docs, the daemon's own
 * lines while it runs, and the unit's last journal lines. A Type=oneshot
 * unit (`UnitDriver.oneshot`) shows its drop-ins, "active (exited)" or
 * "failed (Result: exit-code)", the Duration it was active once stopped,
 * its Exec processes (each ExecStart, ExecStop and ExecStopPost command
 * that ran) with their exit status, the last ExecStart as Main PID, and its journal
 * since it last started (print_status_info in systemctl-show.c).
 */
import type { Host } from "../../host/host.js";
import type { ExecRun, OneshotStatus, UnitDriver } from "../../services/systemd/unit.js";
import { type DaemonSignals, type MainExit, exitJournal, exitStatusText } from "../../services/systemd/main-exit.js";
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
  // the same microsecond: systemd says "now"
  return ms > 0 ? `${Math.floor(ms)}ms ago` : "now";
}

function journalStamp(unixMs: number): string {
  const t = civilTime(unixMs);
  const p2 = (n: number) => String(n).padStart(2, "0");
  return `${MONTHS[t.m - 1]} ${p2(t.d)} ${p2(t.hh)}:${p2(t.mm)}:${p2(t.ss)}`;
}

/** systemd's format_timespan with 1 ms accuracy ("5min 12.005s", "6.602s"), for a span in ms */
export function formatTimespan(ms: number): string {
  const units: [string, number][] = [
    ["y", 31_557_600_000_000], ["month", 2_629_800_000_000], ["w", 604_800_000_000], ["d", 86_400_000_000],
    ["h", 3_600_000_000], ["min", 60_000_000], ["s", 1_000_000], ["ms", 1000], ["us", 1],
  ];
  const accuracy = 1000;
  let t = Math.round(ms * 1000);
  if (t <= 0) return "0";
  const parts: string[] = [];
  for (const [suffix, usec] of units) {
    if (t <= 0 || (t < accuracy && parts.length > 0)) break;
    if (t < usec) continue;
    const a = Math.floor(t / usec);
    let b = t % usec;
    if (t < 60_000_000 && b > 0) {
      let j = 0;
      for (let cc = usec; cc > 1; cc = Math.floor(cc / 10)) j++;
      for (let cc = accuracy; cc > 1; cc = Math.floor(cc / 10)) {
        b = Math.floor(b / 10);
        j--;
      }
      if (j > 0) {
        parts.push(`${a}.${String(b).padStart(j, "0")}${suffix}`);
        t = 0;
        continue;
      }
    }
    parts.push(`${a}${suffix}`);
    t = b;
  }
  return parts.join(" ");
}

/** "(code=exited, status=0/SUCCESS)" */
function exitText(status: number): string {
  return `(code=exited, status=${status}${status === 0 ? "/SUCCESS" : status === 1 ? "/FAILURE" : ""})`;
}

function oneshotStatus(host: Host, unit: UnitDriver, o: OneshotStatus): string {
  const clock = host.clock;
  const since = unit.since(host);
  const sinceText = since !== undefined ? ` since ${formatWallTime(clock.unixMs - (clock.now - since))}; ${relativeSpan(clock.now - since)}` : "";
  const glyph = o.state === "active" ? "●" : o.state === "failed" ? "×" : "○";
  const lines = [
    `${glyph} ${unit.name} - ${unit.description}`,
    `     Loaded: loaded (${unit.path}; ${unit.isEnabled(host) ? "enabled" : "disabled"}; preset: enabled)`,
  ];
  const dropIns = unit.dropIns ?? [];
  if (dropIns.length > 0) {
    const dir = dropIns[0].slice(0, dropIns[0].lastIndexOf("/"));
    lines.push(`    Drop-In: ${dir}`, `             └─${dropIns.map((d) => d.slice(d.lastIndexOf("/") + 1)).join(", ")}`);
  }
  const active = o.state === "active" ? "active (exited)" : o.state === "failed" ? "failed (Result: exit-code)" : "inactive (dead)";
  lines.push(`     Active: ${active}${sinceText}`);
  if (o.state !== "active" && o.activeEnter !== undefined && o.activeExit !== undefined && o.activeExit >= o.activeEnter)
    lines.push(`   Duration: ${formatTimespan(o.activeExit - o.activeEnter)}`);
  lines.push(`       Docs: ${unit.docs[0]}`, ...unit.docs.slice(1).map((d) => `             ${d}`));
  // the exec status lists in the unit's property order, each command of a list in file order
  const order: ExecRun["name"][] = ["ExecStart", "ExecStop", "ExecStopPost"];
  const runs = [...o.runs].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
  for (const r of runs) lines.push(`    Process: ${r.pid} ${r.name}=${r.argv} ${exitText(r.status)}`);
  // a oneshot's main process is its ExecStart command that ran last
  const main = runs.filter((r) => r.name === "ExecStart").at(-1);
  if (main) lines.push(`   Main PID: ${main.pid} ${exitText(main.status)}`);
  if (runs.length > 0) lines.push(`        CPU: ${o.cpuMs}ms`);
  const journal = o.journal.slice(-10);
  if (journal.length > 0) {
    lines.push("");
    const hn = host.kernel.hostname;
    for (const j of journal) {
      const stamp = journalStamp(clock.unixMs - (clock.now - j.at));
      lines.push(`${stamp} ${hn} ${j.ident}${j.pid !== undefined ? `[${j.pid}]` : ""}: ${j.message}`);
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A daemon a signal ended (services/systemd/main-exit.ts). Stopped for good:
 * "inactive (dead)" after a clean end, "failed (Result: signal)" or
 * "(Result: exit-code)" else, with the Duration it ran, its ExecStart
 * process and Main PID with how they ended, and the CPU it used. Restarted:
 * running as usual. The journal has the first start, the end and any restart.
 */
function signalledStatus(host: Host, unit: UnitDriver, exit: MainExit, d: DaemonSignals): string {
  const clock = host.clock;
  const active = unit.isActive(host);
  const hn = host.kernel.hostname;
  const at = (t: number) => formatWallTime(clock.unixMs - (clock.now - t));
  const failed = exit.result !== "success" && exit.restartAt === undefined;
  const lines = [
    `${active || exit.restartAt !== undefined ? "●" : failed ? "×" : "○"} ${unit.name} - ${unit.description}`,
    `     Loaded: loaded (${unit.path}; ${unit.isEnabled(host) ? "enabled" : "disabled"}; preset: enabled)`,
  ];
  const since = unit.since(host) ?? exit.at;
  const sinceText = ` since ${at(since)}; ${relativeSpan(clock.now - since)}`;
  if (active) lines.push(`     Active: active (running)${sinceText}`);
  else if (exit.restartAt !== undefined) lines.push(`     Active: activating (auto-restart) (Result: ${exit.result})${sinceText}`);
  else lines.push(`     Active: ${failed ? `failed (Result: ${exit.result})` : "inactive (dead)"}${sinceText}`);
  if (!active) lines.push(`   Duration: ${formatTimespan(exit.at - exit.startedAt)}`);
  lines.push(`       Docs: ${unit.docs[0]}`, ...unit.docs.slice(1).map((x) => `             ${x}`));
  if (active) lines.push(...unit.runningLines(host));
  else {
    lines.push(`    Process: ${exit.pid} ExecStart=${d.execStart} ${exitStatusText(exit)}`);
    lines.push(`   Main PID: ${exit.pid} ${exitStatusText(exit)}`);
    const cpu = unit.runningLines(host).find((l) => l.trimStart().startsWith("CPU:"));
    if (cpu) lines.push(cpu);
  }
  const journal: { at: number; ident: string; pid: number; message: string }[] = [
    { at: exit.startedAt, ident: "systemd", pid: 1, message: `Starting ${unit.name} - ${unit.description}...` },
    { at: exit.startedAt, ident: "systemd", pid: 1, message: `Started ${unit.name} - ${unit.description}.` },
    ...exitJournal(d, exit),
  ];
  if (active && exit.restartAt !== undefined) {
    journal.push({ at: exit.restartAt, ident: "systemd", pid: 1, message: `Starting ${unit.name} - ${unit.description}...` });
    journal.push({ at: exit.restartAt, ident: "systemd", pid: 1, message: `Started ${unit.name} - ${unit.description}.` });
  }
  lines.push("");
  for (const j of journal.filter((x) => x.at <= clock.now).slice(-10)) {
    const stamp = journalStamp(clock.unixMs - (clock.now - j.at));
    lines.push(`${stamp} ${hn} ${j.ident}[${j.pid}]: ${j.message}`);
  }
  return `${lines.join("\n")}\n`;
}

export function unitStatus(host: Host, unit: UnitDriver): string {
  const oneshot = unit.oneshot?.(host);
  if (oneshot) return oneshotStatus(host, unit, oneshot);
  const ended = unit.mainExit?.(host);
  if (ended) return signalledStatus(host, unit, ended.exit, ended.signals);
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
