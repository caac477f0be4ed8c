/**
 * ip6tables-save and ip6tables-restore, as far as netfilter-persistent's
 * IPv6 plugin needs them: the simulation filters no IPv6, so there are no
 * ip6tables rules; ip6tables-save prints that empty ruleset (nothing, as on
 * a fresh Debian 12) and ip6tables-restore accepts only an empty one.
 */
import { utf8Decode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";

function version(proc: Process, name: string): boolean {
  if (!proc.argv.slice(1).some((a) => a === "-V" || a === "--version")) return false;
  proc.stdout.write(`${name} v1.8.9 (nf_tables)\n`);
  return true;
}

export const ip6tablesSave: Command = {
  name: "ip6tables-save",
  summary: "ip6tables-save \u2014 dump ip6tables rules",
  man: `NAME
ip6tables-save \u2014 dump ip6tables rules

DESCRIPTION
IPv6 packet filtering is not simulated: there are no ip6tables rules, and
ip6tables-save prints nothing, as on a machine where none were set.
`,
  run(proc) {
    version(proc, "ip6tables-save");
    return 0;
  },
};

export const ip6tablesRestore: Command = {
  name: "ip6tables-restore",
  summary: "ip6tables-restore \u2014 Restore IPv6 Tables",
  man: `NAME
ip6tables-restore \u2014 Restore IPv6 Tables

DESCRIPTION
IPv6 packet filtering is not simulated: ip6tables-restore accepts an empty
ruleset (comments and blank lines) and refuses any table.
`,
  run(proc) {
    if (version(proc, "ip6tables-restore")) return 0;
    const file = proc.argv.slice(1).find((a) => !a.startsWith("-"));
    let text: string;
    if (file !== undefined) {
      const r = proc.host.fs.readFile(proc.resolve(file));
      if (!r.ok) {
        proc.stderr.write(`Can't open ${file}: No such file or directory\n`);
        return 1;
      }
      text = utf8Decode(r.value);
    } else text = proc.stdin.text();
    const lines = text.split("\n");
    const i = lines.findIndex((l) => l.trim() !== "" && !l.startsWith("#"));
    if (i < 0) return 0;
    proc.stderr.write(`ip6tables-restore: line ${i + 1}: IPv6 rules are not simulated in Rootlab yet\n`);
    return 1;
  },
};
