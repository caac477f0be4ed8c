/**
 * The kernel log buffer (what dmesg reads). Each record is kept as the
 * syslog(2) interface hands it out, `<PRI>[%5lu.%06lu] TEXT`: PRI is
 * facility << 3 | level (facility 0, "kern", for everything the kernel
 * prints itself), the stamp is seconds of virtual time since the host's
 * boot. The oldest records are dropped beyond LOG_BUF_LINES. Records saved
 * before the prefix was kept have none: they read as level 4, as the kernel
 * stores a printk without a level (default_message_loglevel).
 *
 * Callers say the level as Linux does, with a KERN_* prefix on the text
 * (`printk(KERN_INFO + "EXT4-fs ...")`); without one the record gets 4.
 * `dmesg -C` does not erase records: it moves the clear mark
 * (SYSLOG_ACTION_CLEAR's clear_seq), and readers start after it.
 */
import type { KernelState } from "./state.js";

export const LOG_BUF_LINES = 2000;

/** KERN_SOH and the level digit, as include/linux/kern_levels.h spells them */
export const KERN_EMERG = "\x010";
export const KERN_ALERT = "\x011";
export const KERN_CRIT = "\x012";
export const KERN_ERR = "\x013";
export const KERN_WARNING = "\x014";
export const KERN_NOTICE = "\x015";
export const KERN_INFO = "\x016";
export const KERN_DEBUG = "\x017";

/** CONFIG_MESSAGE_LOGLEVEL_DEFAULT on Debian's kernel */
export const DEFAULT_MESSAGE_LOGLEVEL = 4;

/** one record of the buffer, taken apart */
export interface LogRecord {
  /** 0 (kern) for the kernel's own messages */
  facility: number;
  /** 0 emerg .. 7 debug */
  level: number;
  /** µs since boot */
  usec: number;
  text: string;
}

/** the stamp as printk's print_time() writes it: "[%5lu.%06lu]" */
export function logStamp(usec: number): string {
  const sec = Math.floor(usec / 1e6);
  return `[${String(sec).padStart(5, " ")}.${String(usec % 1e6).padStart(6, "0")}]`;
}

/**
 * Append `text` (with an optional KERN_* prefix) to the ring buffer,
 * stamped `uptimeMs` after boot; returns the line as `dmesg` shows it
 * ("[  123.456789] TEXT"), for the syslog daemon.
 */
export function logBufferAppend(k: KernelState, uptimeMs: number, text: string): string {
  let level = DEFAULT_MESSAGE_LOGLEVEL;
  let body = text;
  if (body.charCodeAt(0) === 1 && /^[0-7]$/.test(body.charAt(1))) {
    level = Number(body.charAt(1));
    body = body.slice(2);
  }
  // virtual time has sub-millisecond parts: whole microseconds, as local_clock() / 1000 gives them
  const line = `${logStamp(Math.max(0, Math.floor(uptimeMs * 1000 + 1e-6)))} ${body}`;
  k.dmesg.push(`<${level}>${line}`);
  if (k.dmesg.length > LOG_BUF_LINES) {
    k.dmesg.shift();
    if (k.dmesgClear) k.dmesgClear--;
  }
  return line;
}

/** a stored record taken apart (see the file comment for the format) */
export function parseLogRecord(raw: string): LogRecord {
  const m = /^(?:<(\d+)>)?\[ *(\d+)\.(\d{6})\] ?([\s\S]*)$/.exec(raw);
  if (!m) return { facility: 0, level: DEFAULT_MESSAGE_LOGLEVEL, usec: 0, text: raw };
  const pri = m[1] === undefined ? DEFAULT_MESSAGE_LOGLEVEL : Number(m[1]);
  return { facility: pri >> 3, level: pri & 7, usec: Number(m[2]) * 1e6 + Number(m[3]), text: m[4] };
}

/** the records a reader sees: those after the last clear, oldest first */
export function logBufferRecords(k: KernelState): LogRecord[] {
  return k.dmesg.slice(k.dmesgClear ?? 0).map(parseLogRecord);
}

/** SYSLOG_ACTION_CLEAR: readers start after the records there are now */
export function logBufferClear(k: KernelState): void {
  k.dmesgClear = k.dmesg.length;
}
