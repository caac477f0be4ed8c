/**
 * The kernel log buffer (what dmesg reads): one line per message, stamped
 * like Linux's "[%5lu.%06lu] " with seconds of virtual time, the oldest
 * dropped beyond LOG_BUF_LINES.
 */
import type { KernelState } from "./state.js";

export const LOG_BUF_LINES = 2000;

/** append `text` to the ring buffer; returns the line as dmesg shows it */
export function logBufferAppend(k: KernelState, nowMs: number, text: string): string {
  const t = (nowMs / 1000).toFixed(6).padStart(12, " ");
  const line = `[${t}] ${text}`;
  k.dmesg.push(line);
  if (k.dmesg.length > LOG_BUF_LINES) k.dmesg.shift();
  return line;
}
