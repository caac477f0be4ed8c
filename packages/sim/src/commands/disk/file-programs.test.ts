/**
 * file(1) on the simulation's programs against file 5.44 on the real ones
 * (fixtures/file-programs.jsonl, record-file-programs.sh): every program
 * the tree installs, at the same path, says what the real Debian 12 one
 * says: symlinks as symlinks, and through them (-L) the ELF line with its
 * BuildID, or the script the real program is.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

interface Rec {
  path: string;
  brief: string;
  real: string;
  elf: string;
}

const recs = readFileSync(join(import.meta.dirname, "fixtures", "file-programs.jsonl"), "utf8")
  .trim()
  .split("\n")
  .map((l) => JSON.parse(l) as Rec);
const byPath = new Map(recs.map((r) => [r.path, r]));

/**
 * The recording machine differs from a plain Debian 12 server here: gawk
 * and vim (vim.basic) were installed, so its awk and vi alternatives point
 * to them; the simulation's point to mawk and vim.tiny, recorded too.
 */
const THROUGH: Record<string, string> = { "/usr/bin/awk": "/usr/bin/mawk", "/usr/bin/vi": "/usr/bin/vim.tiny" };

describe("file on the programs of a Debian 12 host", () => {
  const s = LabSession.create("single");
  const programs = recs.filter((r) => !r.path.startsWith("/usr/lib/grub/"));

  it.each(programs.map((r) => [r.path, r] as const))("%s", (path, r) => {
    expect(s.run("host", `file -b ${path}`).stdout).toBe(`${r.brief}\n`);
    const elf = byPath.get(THROUGH[path] ?? path)!.elf;
    expect(s.run("host", `file -b -L ${path}`).stdout).toBe(`${elf}\n`);
  });

  it("GRUB's modules in /boot/grub/i386-pc are 32-bit relocatable objects", () => {
    const mods = recs.filter((r) => r.path.startsWith("/usr/lib/grub/i386-pc/"));
    expect(mods.length).toBeGreaterThan(10);
    for (const r of mods) {
      const sim = r.path.replace("/usr/lib/grub/", "/boot/grub/");
      expect(s.run("host", `file -b ${sim}`).stdout, sim).toBe(`${r.elf}\n`);
    }
  });

  it("names line up as file pads them; /bin and /sbin lead into /usr", () => {
    const ls = byPath.get("/usr/bin/ls")!.elf;
    const sh = byPath.get("/usr/bin/sh")!.brief;
    expect(s.run("host", "file /bin/ls /bin/sh")).toMatchObject({ stdout: `/bin/ls: ${ls}\n/bin/sh: ${sh}\n`, exit: 0 });
  });

  it("a copy of a program elsewhere is described by its bytes alone, as file describes the placeholder", () => {
    s.run("host", "cp /usr/bin/ls /tmp/myls; chmod 4755 /tmp/myls");
    expect(s.run("host", "file /tmp/myls").stdout).toBe("/tmp/myls: setuid ELF 64-bit LSB (SYSV)\n");
  });
});
