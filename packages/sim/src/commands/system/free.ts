/**
 * free (procps-ng 4.0.2): memory use from /proc/meminfo, as Debian 12's
 * prints it. "used" is total minus available (procps 4), "buff/cache" is
 * Buffers + Cached + SReclaimable; units from bytes to pebibytes, `-h`
 * with procps's rule for fitting a value in 4 or 5 characters, `--si`,
 * `-w` (buffers and cache apart), `-t`, `-l`, `-v`, and `-c`/`-s` repeats
 * on the virtual clock (with `-s` and no `-c` it never ends, as the real one
 * runs until interrupted). Recorded against the real one in fixtures/free.jsonl.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { parseOptions } from "../files/options.js";
import type { Command } from "../types.js";

const USAGE = `
Usage:
 free [options]

Options:
 -b, --bytes         show output in bytes
     --kilo          show output in kilobytes
     --mega          show output in megabytes
     --giga          show output in gigabytes
     --tera          show output in terabytes
     --peta          show output in petabytes
 -k, --kibi          show output in kibibytes
 -m, --mebi          show output in mebibytes
 -g, --gibi          show output in gibibytes
     --tebi          show output in tebibytes
     --pebi          show output in pebibytes
 -h, --human         show human-readable output
     --si            use powers of 1000 not 1024
 -l, --lohi          show detailed low and high memory statistics
 -t, --total         show total for RAM + swap
 -v, --committed     show committed memory and commit limit
 -s N, --seconds N   repeat printing every N seconds
 -c N, --count N     repeat printing N times, then exit
 -w, --wide          wide output

     --help     display this help and exit
 -V, --version  output version information and exit

For more details see free(1).
`;

/** unit options: the power of the base applied to bytes (kibi = 1, the default) */
const UNITS: { key: string; short?: string; long: string; power: number; si: boolean }[] = [
  { key: "b", short: "b", long: "bytes", power: 0, si: false },
  { key: "kilo", long: "kilo", power: 1, si: true },
  { key: "mega", long: "mega", power: 2, si: true },
  { key: "giga", long: "giga", power: 3, si: true },
  { key: "tera", long: "tera", power: 4, si: true },
  { key: "peta", long: "peta", power: 5, si: true },
  { key: "k", short: "k", long: "kibi", power: 1, si: false },
  { key: "m", short: "m", long: "mebi", power: 2, si: false },
  { key: "g", short: "g", long: "gibi", power: 3, si: false },
  { key: "tebi", long: "tebi", power: 4, si: false },
  { key: "pebi", long: "pebi", power: 5, si: false },
];

/** procps's scale_size for -h: the first form that fits (4 characters, 5 with the "i" of binary units) */
function human(kib: number, si: boolean): string {
  const bytes = kib * 1024;
  if (`${bytes}B`.length <= 4) return `${bytes}B`;
  const base = si ? 1000 : 1024;
  const width = si ? 4 : 5;
  for (const [i, unit] of ["K", "M", "G", "T", "P"].entries()) {
    const v = bytes / base ** (i + 1);
    const suffix = si ? unit : `${unit}i`;
    const decimal = `${v.toFixed(1)}${suffix}`;
    if (decimal.length <= width) return decimal;
    const whole = `${Math.trunc(v)}${suffix}`;
    if (whole.length <= width) return whole;
  }
  return `${bytes}B`;
}

function meminfo(proc: Process): Map<string, number> {
  const r = proc.host.fs.readFile("/proc/meminfo");
  const out = new Map<string, number>();
  if (!r.ok) return out;
  for (const line of utf8Decode(r.value).split("\n")) {
    const m = /^(\w+(?:\(\w+\))?):\s+(\d+)/.exec(line);
    if (m) out.set(m[1], Number(m[2]));
  }
  return out;
}

/** a number as strtod reads -s's argument (sign allowed: a negative one is refused later with its own message) */
function number(text: string): number | undefined {
  const n = Number(text);
  return text.trim() !== "" && Number.isFinite(n) ? n : undefined;
}

export const free: Command = {
  name: "free",
  summary: "free - Display amount of free and used memory in the system",
  man: `NAME
free - Display amount of free and used memory in the system

SYNOPSIS
free [options]

DESCRIPTION
free displays the total amount of free and used physical and swap memory in
the system, as well as the buffers and caches used by the kernel. The
information is gathered by parsing /proc/meminfo.

total      Total installed memory (MemTotal and SwapTotal)
used       Used memory (calculated as total - available)
free       Unused memory (MemFree and SwapFree)
shared     Memory used (mostly) by tmpfs (Shmem)
buff/cache Sum of buffers and cache (Buffers, Cached, SReclaimable)
available  Estimation of how much memory is available for starting new
           applications, without swapping (MemAvailable)

OPTIONS
-b, -k, -m, -g   bytes, kibibytes (the default), mebibytes, gibibytes
-h, --human      show all output fields scaled to the shortest unit
--si             use powers of 1000 rather than 1024
-t, --total      a line with the totals of RAM and swap
-w, --wide       buffers and cache in two columns
-s N, -c N       repeat every N seconds, N times
`,
  complete: () => ["-b", "-k", "-m", "-g", "-h", "-t", "-w", "--si", "-s", "-c"],
  run(proc) {
    const parsed = parseOptions(proc.argv.slice(1), [
      ...UNITS.map((u) => ({ key: u.key, short: u.short, long: u.long })),
      { key: "h", short: "h", long: "human" },
      { key: "si", long: "si" },
      { key: "l", short: "l", long: "lohi" },
      { key: "t", short: "t", long: "total" },
      { key: "v", short: "v", long: "committed" },
      { key: "s", short: "s", long: "seconds", arg: "required" },
      { key: "c", short: "c", long: "count", arg: "required" },
      { key: "w", short: "w", long: "wide" },
      { key: "help", long: "help" },
      { key: "V", short: "V", long: "version" },
    ]);
    if (!parsed.ok) {
      proc.stderr.write(`free: ${parsed.error}\n${USAGE}`);
      return 1;
    }
    if (parsed.operands.length > 0) {
      proc.stderr.write(USAGE);
      return 1;
    }
    const has = (k: string) => parsed.list.some((o) => o.key === k);
    const value = (k: string) => [...parsed.list].reverse().find((o) => o.key === k)?.value;
    if (has("help")) {
      proc.stdout.write(USAGE);
      return 0;
    }
    if (has("V")) {
      proc.stdout.write("free from procps-ng 4.0.2\n");
      return 0;
    }
    let seconds: number | undefined;
    const s = value("s");
    if (s !== undefined) {
      seconds = number(s);
      if (seconds === undefined) {
        proc.stderr.write(`free: seconds argument failed: '${s}': Invalid argument\n`);
        return 1;
      }
      if (seconds < 0) {
        proc.stderr.write(`free: seconds argument \`${s}' is not positive number\n`);
        return 1;
      }
    }
    let count: number | undefined;
    const c = value("c");
    if (c !== undefined) {
      if (!/^\d+$/.test(c)) {
        proc.stderr.write(`free: failed to parse count argument: '${c}'\n`);
        return 1;
      }
      count = Number(c);
      if (count < 1) {
        proc.stderr.write(`free: failed to parse count argument: '${c}': Numerical result out of range\n`);
        return 1;
      }
    }
    const unit = [...parsed.list].reverse().map((o) => UNITS.find((u) => u.key === o.key)).find((u) => u !== undefined);
    const si = has("si");
    const show = (kib: number): string => {
      if (has("h")) return human(kib, si);
      if (!unit) return String(kib);
      return String(Math.trunc((kib * 1024) / (unit.si ? 1000 : 1024) ** unit.power));
    };
    const wide = has("w");
    const row = (label: string, values: number[]) => `${label.padEnd(8)}${values.map((v) => show(v).padStart(12)).join("")}\n`;
    const report = () => {
      const m = meminfo(proc);
      const get = (k: string) => m.get(k) ?? 0;
      const total = get("MemTotal");
      const available = get("MemAvailable");
      const cache = get("Cached") + get("SReclaimable");
      const heads = ["total", "used", "free", "shared", ...(wide ? ["buffers", "cache"] : ["buff/cache"]), "available"];
      let out = `${" ".repeat(8)}${heads.map((h) => h.padStart(12)).join("")}\n`;
      const used = total - available;
      out += row("Mem:", [total, used, get("MemFree"), get("Shmem"), ...(wide ? [get("Buffers"), cache] : [get("Buffers") + cache]), available]);
      if (has("l")) {
        out += row("Low:", [total, total - get("MemFree"), get("MemFree")]);
        out += row("High:", [0, 0, 0]);
      }
      const swapTotal = get("SwapTotal");
      const swapFree = get("SwapFree");
      out += row("Swap:", [swapTotal, swapTotal - swapFree, swapFree]);
      if (has("t")) out += row("Total:", [total + swapTotal, used + swapTotal - swapFree, get("MemFree") + swapFree]);
      if (has("v")) out += row("Comm:", [get("CommitLimit"), get("Committed_AS"), get("CommitLimit") - get("Committed_AS")]);
      return out;
    };
    const repeats = count ?? (seconds !== undefined ? Infinity : 1);
    for (let i = 0; i < repeats; i++) {
      // a repeat without end runs out of steps, as the real one prints until interrupted
      proc.budget.charge(repeats === Infinity ? 1000 : 1);
      if (i > 0) {
        proc.stdout.write("\n");
        proc.host.world.advance(Math.round((seconds ?? 1) * 1000));
      }
      proc.stdout.write(report());
    }
    return 0;
  },
};
