/**
 * The disk programs against the real ones: each case of comparison-cases.ts
 * was recorded (test-support/record-disk-fixtures.ts) on an image file with
 * the simulated disk's bytes; here it runs on /dev/sda of a fresh lab host.
 * The image file is named disk.img, as long as "/dev/sda", so columns line
 * up the same. What a block device adds to the output (fdisk's "Disk
 * model:" line) is removed; dd's timings are virtual and masked.
 */
import { describe, expect, it } from "vitest";
import { utf8Encode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import { DISK_CASES } from "./comparison-cases.js";
import fixtures from "./fixtures/real-tools.json" with { type: "json" };
import { unusedDisk } from "./test-support.js";

interface Recorded {
  line: string;
  setup?: string[];
  input?: string;
  stdout: string;
  stderr: string;
  exit: number;
}

const toSim = (s: string) => s.replaceAll("disk.img", "/dev/sda");
const fromSim = (s: string) => s.replaceAll("/dev/sda", "disk.img").replace(/^Disk model: .*\n/gm, "");
const maskTimes = (s: string) => s.replace(/copied, [0-9.e+-]+ s, [0-9.]+ [kMGT]?B\/s/g, "copied, T s, R B/s");
/** a new label's identifier is random (the real tool's from /dev/urandom, the simulation's from its PRNG) */
const maskNewIds = (c: Recorded, s: string) =>
  /(^|[\n']|\\n)o(\n|\\n)/.test(`${c.line}\n${c.input ?? ""}`) ? s.replace(/(disk identifier |Disk identifier: )0x[0-9a-f]{8}/g, "$10xXXXXXXXX") : s;

describe("disk programs match util-linux, coreutils, file and xxd on the same bytes", () => {
  const cases = (fixtures as { cases: Recorded[] }).cases;
  it("has a recording for every case", () => {
    expect(cases.map((c) => c.line + (c.input ?? ""))).toEqual(DISK_CASES.map((c) => c.line + (c.input ?? "")));
  });
  for (const c of cases) {
    it(`${c.line}${c.input ? ` <<< ${JSON.stringify(c.input)}` : ""}`, () => {
      const lab = LabSession.create("single");
      // an image file is nobody's root filesystem: compare with a disk nothing has mounted
      unusedDisk(lab);
      const host = lab.world.host("host")!;
      for (const s of c.setup ?? []) expect(lab.run(undefined, toSim(s)).exit).toBe(0);
      let line = toSim(c.line);
      if (c.input !== undefined) {
        host.fs.writeFile("/root/.input", utf8Encode(c.input));
        line = `${line} < /root/.input`;
      }
      const r = lab.run(undefined, line);
      // an image file is no block device: libfdisk has no partition table to make the kernel re-read
      const stdout = fromSim(r.stdout).replaceAll("Calling ioctl() to re-read partition table.\n", "");
      expect(maskNewIds(c, maskTimes(stdout))).toBe(maskNewIds(c, maskTimes(c.stdout)));
      expect(maskTimes(fromSim(r.stderr))).toBe(maskTimes(c.stderr));
      expect(r.exit).toBe(c.exit);
    });
  }
});
