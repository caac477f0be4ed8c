/**
 * grub-install and update-grub against GRUB 2.06 (fixtures/real-grub.json,
 * recorded by test-support/record-grub-fixtures.ts on a loop device with
 * the simulated disk, its first partition a real ext4 holding the
 * simulated /boot, mounted at /mnt as in a rescue system). Here the same
 * lines run on a fresh lab host whose /dev/sda1 is mounted at /mnt.
 *
 * One substitution, for what a loop device cannot show: GRUB guesses no
 * BIOS drive for a loop device, so the recording named it (hd0) in
 * device.map, and grub-mkconfig then writes the generic search hint
 * `--hint='hd0,msdos1'`; for the ATA disk the simulation has, it writes
 * `--hint-bios=hd0,msdos1 --hint-efi=hd0,msdos1 --hint-baremetal=ahci0,msdos1`.
 */
import { describe, expect, it } from "vitest";
import { utf8Decode } from "../../bytes.js";
import { LabSession } from "../../lab/lab-session.js";
import fixtures from "./fixtures/real-grub.json" with { type: "json" };
import { GRUB_CASES, type GrubCase } from "./grub-cases.js";
import { unusedDisk } from "./test-support.js";

interface Recorded extends GrubCase {
  stdout: string;
  stderr: string;
  exit: number;
}

const { cases } = fixtures as { cases: Recorded[] };
const ataHints = (s: string) =>
  s.replaceAll("--hint='hd0,msdos1'", "--hint-bios=hd0,msdos1 --hint-efi=hd0,msdos1 --hint-baremetal=ahci0,msdos1");

describe("grub-install and update-grub match GRUB 2.06 in a rescue chroot", () => {
  it("has a recording for every case", () => {
    expect(cases.map((c) => c.line + JSON.stringify(c.setup ?? []))).toEqual(GRUB_CASES.map((c) => c.line + JSON.stringify(c.setup ?? [])));
  });
  for (const c of cases) {
    it(`${c.chroot ? "chroot /mnt " : ""}${c.line}${c.setup ? " (after setup)" : ""}`, () => {
      const lab = LabSession.create("single");
      unusedDisk(lab);
      expect(lab.run(undefined, "mount /dev/sda1 /mnt").exit).toBe(0);
      for (const s of c.setup ?? []) lab.run(undefined, s);
      const r = lab.run(undefined, `{ ${c.chroot ? "chroot /mnt " : ""}${c.line}; } > /root/.out 2> /root/.err`);
      const fs = lab.world.host(lab.defaultHost)!.fs;
      const read = (p: string) => {
        const f = fs.readFile(p);
        return f.ok ? utf8Decode(f.value) : "";
      };
      expect(read("/root/.out")).toBe(ataHints(c.stdout));
      expect(read("/root/.err")).toBe(c.stderr);
      expect(r.exit).toBe(c.exit);
    });
  }
});
