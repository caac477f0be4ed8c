/**
 * printf and echo -e write bytes as bash does: \xHH and \NNN are one byte
 * each, text is UTF-8, widths and precisions count bytes. Expected bytes
 * recorded with bash 5.2 (LANG=C.UTF-8) piped to `od -An -tx1`.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const RECORDED: [string, string][] = [
  ["printf '%c|' é", " c3 7c\n"],
  ["printf '%5s|' é", " 20 20 20 c3 a9 7c\n"],
  ["printf '\\x8b\\351é\\u00e9'", " 8b e9 c3 a9 c3 a9\n"],
  ["echo -e '\\x8b\\0351é'", " 8b e9 c3 a9 0a\n"],
  ["printf '%.1s|' é", " c3 7c\n"],
  ["printf '%b' '\\x8bé'", " 8b c3 a9\n"],
];

describe("printf and echo -e write bash's bytes", () => {
  const lab = LabSession.create("single");
  for (const [line, bytes] of RECORDED) {
    it(line, () => expect(lab.run(undefined, `${line} | od -An -tx1`).stdout).toBe(bytes));
  }
});
