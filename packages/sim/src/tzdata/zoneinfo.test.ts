/**
 * /usr/share/zoneinfo on a new host against Debian 12's (fixtures/
 * zoneinfo-ls.txt, zoneinfo-ls-la.txt, zoneinfo-file.txt: record-zoneinfo.sh):
 * the same entries with the same types, sizes, link targets and dates;
 * TZif files `file` describes as the real ones; zone files glibc reads the
 * footer of; and a world snapshot that holds their names, not their bytes.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import "../eager.js";
import { LabSession } from "../lab/lab-session.js";
import { tzifFooter } from "./local-zone.js";

const fixture = (name: string) => readFileSync(join(import.meta.dirname, "fixtures", name), "utf8");

describe("/usr/share/zoneinfo", () => {
  const s = LabSession.create("single", 1);
  const fs = s.world.host("host")!.fs;

  it("holds every recorded entry with its type, size and target", () => {
    const wrong: string[] = [];
    for (const line of fixture("zoneinfo-ls.txt").trim().split("\n")) {
      const [kind, rel, a] = line.split(" ");
      const path = `/usr/share/zoneinfo/${rel}`;
      const st = fs.lstat(path);
      if (!st.ok) wrong.push(`${rel}: missing`);
      else if (kind[0] === "l") {
        const t = fs.readlink(path);
        if (!t.ok || t.value !== a) wrong.push(`${rel}: -> ${t.ok ? t.value : "?"}`);
      } else if (st.value.type !== "file" || st.value.size !== Number(a)) wrong.push(`${rel}: ${st.value.type} ${st.value.size}`);
    }
    expect(wrong).toEqual([]);
  });

  // (columns squeezed: the real .. is /usr/share with more links than the simulated one, which widens a column)
  it("lists the top level as ls -la does, but for the directories' install dates", () => {
    const real = fixture("zoneinfo-ls-la.txt").trim().split("\n");
    const ours = s.run("host", "ls -la /usr/share/zoneinfo").stdout.trim().split("\n").slice(3);
    const masked = (l: string) => {
      const squeezed = l.replace(/ +/g, " ");
      return squeezed.startsWith("d") ? squeezed.replace(/ \w{3} \d+ (\d\d:\d\d|\d{4}) /, " DATE ") : squeezed;
    };
    expect(ours.map(masked)).toEqual(real.map(masked));
  });

  it("has TZif files `file` describes as it does the real ones, each ending in its zone's rule", () => {
    for (const line of fixture("zoneinfo-file.txt").trim().split("\n")) {
      const [rel, want] = line.split("\t");
      expect(s.run("host", `file -b /usr/share/zoneinfo/${rel}`).stdout).toBe(`${want}\n`);
    }
    const paris = fs.readFile("/usr/share/zoneinfo/Europe/Paris");
    expect(paris.ok && tzifFooter(paris.value)).toEqual(expect.objectContaining({ std: "CET", stdOffset: 3600 }));
  });

  it("is carried by a snapshot as image names; a written file gets bytes of its own", () => {
    const json = JSON.stringify(s.world.snapshot());
    expect(json).toContain('"image":"tzif:Europe/Paris"');
    expect(json).not.toContain("TZif2");
    s.run("host", "echo x >> /usr/share/zoneinfo/Etc/UTC");
    expect(s.run("host", "stat -c %s /usr/share/zoneinfo/Etc/UTC").stdout).toBe("116\n");
    expect(JSON.stringify(s.world.snapshot())).toContain("TZif2");
  });
});
