/**
 * blkid and lsblk against the real ones (fixtures/real-blockdev.json,
 * recorded by test-support/record-blockdev-fixtures.ts on a loop device
 * holding the simulated disk's bytes).
 *
 * The real tools saw /dev/loopN, not /dev/sda, and lsblk's column widths
 * follow the names. So each case is compared twice:
 * - byte for byte on the same identity: the lab's disk is given the loop
 *   device's name, major 7 and single minor (its partitions become
 *   loopNp1.. with numbers of the extended major 259), and the line runs
 *   exactly as recorded. The one adjustment: which 259 minors the real
 *   kernel handed out depends on what it freed before, so the recording's
 *   are replaced, device by device, with the simulation's.
 * - on /dev/sda, where the text maps back without touching a layout: blkid
 *   lines and lsblk's raw (-r) and pairs (-P) formats, with /dev/loopNpK ->
 *   /dev/sdaK, loopN -> sda, loop's numbers -> 8:K and TYPE loop -> disk.
 * Standard output and error go to files (a pipe, not a terminal); the
 * terminal cases run on a terminal of the recorded width.
 */
import { describe, expect, it } from "vitest";
import { utf8Decode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { BLOCKDEV_CASES, BLOCKDEV_TTY_CASES } from "./blockdev-cases.js";
import fixtures from "./fixtures/real-blockdev.json" with { type: "json" };
import { asLoopDevice, toLoop, unusedDisk } from "./test-support.js";

interface Recorded {
  line: string;
  setup?: string[];
  cols?: number;
  loop: string;
  numbers: Record<string, string>;
  stdout: string;
  stderr?: string;
  exit: number;
}

const { cases, tty } = fixtures as { cases: Recorded[]; tty: Recorded[] };

function lab(c: Recorded, asLoop: boolean): LabSession {
  const l = LabSession.create("single");
  unusedDisk(l);
  if (asLoop) asLoopDevice(l, c.loop);
  for (const s of c.setup ?? []) expect(l.run(undefined, asLoop ? toLoop(s, c.loop) : s).exit).toBe(0);
  return l;
}

/** run a line with standard output and error to files */
function runPiped(l: LabSession, line: string) {
  const r = l.run(undefined, `${line} > /root/.out 2> /root/.err`);
  const host = l.world.host(l.defaultHost)!;
  const read = (p: string) => {
    const f = host.fs.readFile(p);
    return f.ok ? utf8Decode(f.value) : "";
  };
  return { stdout: read("/root/.out"), stderr: read("/root/.err"), exit: r.exit };
}

const token = (mm: string) => new RegExp(`(?<![\\d:])${mm}(?![\\d])`, "g");

/** the recording with its 259:N numbers replaced by the ones the simulation gave the same devices */
function withSimNumbers(c: Recorded, l: LabSession, text: string): string {
  const block = l.world.host(l.defaultHost)!.kernel.block;
  const pairs = Object.entries(c.numbers)
    .filter(([, mm]) => mm.startsWith("259:"))
    .map(([name, mm]) => {
      const d = block.byName(name)!;
      return [mm, `${d.major}:${d.minor}`] as const;
    });
  // through placeholders, so that a number given to one device is not taken for another's
  let out = text;
  pairs.forEach(([from], i) => (out = out.replace(token(from), `\0${i}\0`)));
  pairs.forEach(([, to], i) => (out = out.replaceAll(`\0${i}\0`, to)));
  return out;
}

/** the recording as it would read on /dev/sda (no layout involved: see the header) */
function asSda(c: Recorded, text: string): string {
  let out = text;
  const numbers = Object.entries(c.numbers);
  numbers.forEach(([, mm], i) => (out = out.replace(token(mm), `\0${i}\0`)));
  numbers.forEach(([name], i) => {
    const n = name === c.loop ? 0 : Number(name.slice(c.loop.length + 1));
    out = out.replaceAll(`\0${i}\0`, `8:${n}`);
  });
  return out
    .replace(new RegExp(`${c.loop}(?:p(\\d+))?(?!\\d)`, "g"), (_, n: string | undefined) => `sda${n ?? ""}`)
    .replace(/\bTYPE="loop"|(?<= )loop(?= )/g, (m) => (m.startsWith("TYPE") ? 'TYPE="disk"' : "disk"));
}

const layoutFree = (line: string) => line.startsWith("blkid") || /^lsblk (-[a-z]*[rP]|.* -[a-zA-Z]*[rP])/.test(line);

describe("blkid and lsblk match util-linux 2.38.1 on a loop device with the same bytes", () => {
  it("has a recording for every case", () => {
    expect(cases.map((c) => c.line + JSON.stringify(c.setup ?? []))).toEqual(BLOCKDEV_CASES.map((c) => c.line + JSON.stringify(c.setup ?? [])));
    expect(tty.map((c) => `${c.line}@${c.cols}`)).toEqual(BLOCKDEV_TTY_CASES.map((c) => `${c.line}@${c.cols}`));
  });
  for (const c of cases) {
    it(`${c.line}${c.setup ? " (after damage)" : ""}`, () => {
      const l = lab(c, true);
      const r = runPiped(l, toLoop(c.line, c.loop));
      expect(r.stdout).toBe(withSimNumbers(c, l, c.stdout));
      expect(r.stderr).toBe(c.stderr);
      expect(r.exit).toBe(c.exit);
    });
  }
  for (const c of tty) {
    it(`${c.line} on a terminal of ${c.cols} columns`, () => {
      const l = lab(c, true);
      const r = l.run(undefined, toLoop(c.line, c.loop), { cols: c.cols!, rows: 50, input: [] });
      expect(r.stdout).toBe(withSimNumbers(c, l, c.stdout));
      expect(r.exit).toBe(c.exit);
    });
  }
});

describe("the same recordings read on /dev/sda", () => {
  for (const c of cases.filter((x) => layoutFree(x.line))) {
    it(`${c.line}${c.setup ? " (after damage)" : ""}`, () => {
      const r = runPiped(lab(c, false), c.line);
      expect(r.stdout).toBe(asSda(c, c.stdout));
      expect(r.stderr).toBe(asSda(c, c.stderr ?? ""));
      expect(r.exit).toBe(c.exit);
    });
  }
});
