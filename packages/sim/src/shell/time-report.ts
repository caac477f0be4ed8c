/**
 * What bash's `time` keyword prints after a pipeline, formatted by
 * TIMEFORMAT as bash does: `%[p][l]R`, `U` and `S` (real, user and system
 * seconds, p digits of fraction, 0-3, default 3; `l`: minutes and seconds,
 * "1m1.504s"), `%P` (CPU percentage), `%%`. Unset, bash's default
 * ($'\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS'); empty, nothing at all; `time -p`
 * uses POSIX's. Real time is the virtual clock's; user and system time are
 * 0 (the simulation spends none of a process's CPU).
 */
export const DEFAULT_TIMEFORMAT = "\nreal\t%3lR\nuser\t%3lU\nsys\t%3lS";
export const POSIX_TIMEFORMAT = "real %2R\nuser %2U\nsys %2S";

export interface Times {
  realMs: number;
  userMs: number;
  sysMs: number;
}

/** the report for `times` by `format`, with its newline; or an error for a bad format character (bash then prints nothing else) */
export function timeReport(format: string, times: Times): { text: string } | { error: string } {
  let out = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    let j = i + 1;
    if (format[j] === "%") {
      out += "%";
      i = j;
      continue;
    }
    if (format[j] === "P") {
      const cpu = times.realMs > 0 ? ((times.userMs + times.sysMs) / times.realMs) * 100 : 0;
      out += cpu.toFixed(2);
      i = j;
      continue;
    }
    let precision = 3;
    if (format[j] >= "0" && format[j] <= "9") {
      precision = Math.min(3, Number(format[j]));
      j++;
    }
    const long = format[j] === "l";
    if (long) j++;
    const which = format[j];
    const ms = which === "R" ? times.realMs : which === "U" ? times.userMs : which === "S" ? times.sysMs : undefined;
    if (ms === undefined) return { error: `TIMEFORMAT: \`${which ?? ""}': invalid format character` };
    out += seconds(ms, precision, long);
    i = j;
  }
  return { text: `${out}\n` };
}

/** seconds with `precision` digits of fraction, truncated as bash does; long: "MmS.FFFs" */
function seconds(ms: number, precision: number, long: boolean): string {
  const micros = Math.floor(ms * 1000);
  const whole = Math.floor(micros / 1_000_000);
  const frac = String(micros % 1_000_000).padStart(6, "0").slice(0, precision);
  const sec = (n: number) => (precision > 0 ? `${n}.${frac}` : `${n}`);
  return long ? `${Math.floor(whole / 60)}m${sec(whole % 60)}s` : sec(whole);
}
