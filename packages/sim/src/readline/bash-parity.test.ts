/**
 * Replays key sequences recorded from the real bash 5.2 (fixtures/, see its
 * README) through the editor and checks that the screen looks the same after
 * every step: same text on every row, cursor in the same place. The bytes
 * differ (bash uses ICH/DCH and repeated CUF; we redraw the tail), the
 * picture must not.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { createCompleter } from "./complete.js";
import { LineEditor } from "./line-editor.js";
import { TestTerminal } from "./test-terminal.js";
import { fakeVfs } from "./test-vfs.js";

interface Recording {
  name: string;
  cols: number;
  steps: { keys: string; bash: string }[];
}

const recordings: Recording[] = JSON.parse(
  readFileSync(new URL("./fixtures/bash-readline.json", import.meta.url), "utf8"),
);

/** the directory the recordings were made in (cwd), and bash's history file plus the `cd` that started the session */
const fx = "/tmp/readline-helper/fx";
const vfs = fakeVfs([
  "/tmp/",
  "/tmp/readline-helper/",
  `${fx}/`,
  `${fx}/.hid`,
  `${fx}/apple`,
  `${fx}/dir1/`,
  `${fx}/dir2/`,
  `${fx}/dxx_long_name_here`,
  `${fx}/dyy`,
  `${fx}/fa`,
  `${fx}/fb`,
  `${fx}/file.txt`,
  `${fx}/my file`,
  `${fx}/sub/`,
  `${fx}/sub/inner/`,
  `${fx}/sub/inner/only`,
]);
const history = ["echo one", "ls -l", "echo two", `cd ${fx}`];
const complete = createCompleter({
  commandNames: () => ["ls"],
  shellNames: () => ["cd"],
  fs: () => vfs,
  cwd: () => fx,
  home: () => "/root",
  argumentCompleter: () => [],
});

describe("same screen as bash 5.2", () => {
  for (const rec of recordings) {
    it(rec.name, () => {
      const bash = new TestTerminal(rec.cols);
      const ours = new TestTerminal(rec.cols);
      bash.write("$ ");
      const ed = new LineEditor({ cols: rec.cols, history, complete });
      ours.write(ed.begin("$ "));
      for (const step of rec.steps) {
        bash.write(step.bash);
        for (const ev of ed.feed(step.keys)) {
          if (ev.type === "output") ours.write(ev.data);
          else if (ev.type === "interrupt" || ev.type === "line") ours.write(ed.begin("$ "));
        }
        const where = `after ${JSON.stringify(step.keys)}`;
        expect(ours.screen(), where).toEqual(bash.screen());
        expect([ours.row, ours.col], where).toEqual([bash.row, bash.col]);
        expect(ours.bells, where).toBe(bash.bells);
      }
    });
  }
});
