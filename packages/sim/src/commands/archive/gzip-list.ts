/**
 * `gzip -l` / `gzip -lv`: gzip 1.12's do_list. Sizes are right-aligned in
 * 19 columns (the width of the largest off_t), the ratio is display_ratio's
 * "%5.1f%%", and the date is the .gz file's own mtime in local time (TZ, else
 * /etc/localtime): -n is the default when decompressing, so gzip ignores the
 * header's MTIME unless -N is given. The totals
 * line appears when there were two or more operands; its ratio reuses the last file's
 * header size, as gzip does.
 */
import type { OutputStream } from "../../process/streams.js";
import { type LocalZone, UTC_ZONE } from "../../tzdata/local-zone.js";
import { strftime } from "../../world/strftime.js";
import type { GzipHeader } from "./gzip-member.js";
import { lastTrailer } from "./gzip-member.js";

const W = 19;

function ratio(num: number, den: number): string {
  return `${(den === 0 ? 0 : (100 * num) / den).toFixed(1).padStart(5, " ")}%`;
}

export class GzipLister {
  private first = true;
  private totalIn = 0;
  private totalOut = 0;
  private headerBytes = 0;

  constructor(
    private readonly out: OutputStream,
    private readonly verbose: boolean,
    private readonly quiet: boolean,
    private readonly zone: LocalZone = UTC_ZONE,
  ) {}

  /**
   * One line for one .gz file.
   * @param members how many gzip members the file holds
   * @param fileUnixMs the .gz file's mtime (Unix ms)
   * @param useHeaderTime -N: show the header's MTIME when it has one
   */
  add(data: Uint8Array, header: GzipHeader, members: number, name: string, fileUnixMs: number, useHeaderTime: boolean): void {
    if (this.first) {
      this.first = false;
      let line = this.verbose ? "method  crc     date  time  " : "";
      if (!this.quiet) line += `${"compressed".padStart(W)} ${"uncompressed".padStart(W)}  ratio uncompressed_name`;
      if (line) this.out.write(`${line}\n`);
    }
    const t = lastTrailer(data) ?? { crc: 0xffffffff, size: 0 };
    const bytesIn = data.length;
    const bytesOut = t.size;
    // what gzip 1.12 prints shows it counts no header bytes for a file of several members
    const headerBytes = members > 1 ? 0 : header.length + 8;
    let line = "";
    if (this.verbose) {
      const ms = useHeaderTime && header.mtimeSec !== 0 ? header.mtimeSec * 1000 : fileUnixMs;
      line += `defla ${t.crc.toString(16).padStart(8, "0")} ${strftime("%b %_2d %H:%M", ms, this.zone(ms))} `;
    }
    line += `${String(bytesIn).padStart(W)} ${String(bytesOut).padStart(W)} `;
    line += `${ratio(bytesOut - (bytesIn - headerBytes), bytesOut)} ${name}`;
    this.out.write(`${line}\n`);
    this.totalIn += bytesIn;
    this.totalOut += bytesOut;
    this.headerBytes = headerBytes;
  }

  /** the totals line: gzip prints it when given more than one operand, even if some failed */
  finish(operands: number): void {
    if (operands < 2 || this.totalIn <= 0 || this.totalOut <= 0) return;
    let line = this.verbose ? " ".repeat(28) : "";
    line += `${String(this.totalIn).padStart(W)} ${String(this.totalOut).padStart(W)} `;
    line += `${ratio(this.totalOut - (this.totalIn - this.headerBytes), this.totalOut)} (totals)`;
    this.out.write(`${line}\n`);
  }
}
