/**
 * scp's progress meter (OpenSSH progressmeter.c): on a terminal, the file
 * name padded to the width less 36 columns, the percentage, the size and
 * rate with OpenSSH's units, and the time; redrawn with "\r". The
 * simulation draws the start (0%) and the end (100%), as a transfer on a
 * LAN finishes before the first once-a-second update.
 */

const UNITS = " KMGT";

/** format_size: at most 4 digits and a unit ("   5  ", " 293KB") */
export function formatSize(bytes: number): string {
  let i = 0;
  let b = Math.floor(bytes);
  for (; b >= 10000 && i < 4; i++) b = Math.floor((b + 512) / 1024);
  return `${String(b).padStart(4)}${UNITS[i]}${i ? "B" : " "}`;
}

/** format_rate: one decimal, at least K ("  2.1KB", "  6.2MB") */
export function formatRate(bytesPerSecond: number): string {
  let b = Math.floor(bytesPerSecond) * 100;
  let i = 0;
  for (; b >= 100 * 1000 && i < 4; i++) b = Math.floor((b + 512) / 1024);
  if (i === 0) {
    i++;
    b = Math.floor((b + 512) / 1024);
  }
  return `${String(Math.floor((b + 5) / 100)).padStart(3)}.${Math.floor((b + 5) / 10) % 10}${UNITS[i]}${i ? "B" : " "}`;
}

function clock(seconds: number): string {
  const s = Math.floor(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  return h ? `${h}:${two(m)}:${two(sec)}` : `  ${two(m)}:${two(sec)}`;
}

/** One redraw: "\r" + the line (no line break). `done` is the final line. */
export function progressLine(file: string, cols: number, size: number, done: boolean, elapsedMs: number): string {
  const nameWidth = cols - 35;
  let line = nameWidth > 0 ? `\r${file.slice(0, nameWidth).padEnd(nameWidth)}` : "";
  if (!done) return `${line}   0%    0     0.0KB/s   --:-- ETA`.slice(0, cols);
  const seconds = Math.max(elapsedMs, 1) / 1000;
  line += ` 100% ${formatSize(size)} ${formatRate(size / seconds)}/s ${clock(seconds)}    `;
  return line;
}
