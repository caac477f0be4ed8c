/**
 * sz (lrzsz 0.12.21): send files to the terminal program with ZMODEM. The
 * page's terminal plays the part of a ZMODEM-aware terminal: each file's
 * bytes are handed to it as a download through `host.offerDownload`, and
 * the protocol bytes a real sz would write (which such a terminal swallows)
 * are not shown. What the learner sees are lrzsz's own messages.
 */
import { basename } from "../../fs/path.js";
import type { Command } from "../types.js";
import { SZ_MAN } from "./man-pages.js";

export const sz: Command = {
  name: "sz",
  summary: "sz - send files with ZMODEM",
  man: SZ_MAN,
  run(proc) {
    const names = proc.argv.slice(1).filter((a) => a !== "-v" && a !== "-b" && a !== "-y" && a !== "--");
    const bad = proc.argv.slice(1).find((a) => a.startsWith("-") && a.length > 1 && !["-v", "-b", "-y", "--"].includes(a));
    if (bad) {
      proc.stderr.write(`sz: invalid option -- '${bad[1]}'\nTry \`sz --help' for more information.\n`);
      return 2;
    }
    if (names.length === 0) {
      proc.stderr.write("sz: need at least one file to send\nTry `sz --help' for more information.\n");
      return 2;
    }
    let sent = 0;
    for (const name of names) {
      const path = proc.resolve(name);
      const st = proc.host.fs.stat(path);
      const data = st.ok && st.value.type === "file" ? proc.host.fs.readFile(path) : undefined;
      if (!data?.ok) {
        const why = !st.ok ? st.errno : st.value.type === "dir" ? "EISDIR" : data && !data.ok ? data.errno : "EACCES";
        const text = { ENOENT: "No such file or directory", EISDIR: "Is a directory", EACCES: "Permission denied" }[why as string] ?? why;
        proc.stderr.write(`sz: cannot open ${name}: ${text}\n`);
        continue;
      }
      proc.host.offerDownload(basename(path), data.value);
      sent++;
    }
    if (sent === 0) {
      proc.stderr.write("\nCan't open any requested files.\n");
      return 128;
    }
    return 0;
  },
};
