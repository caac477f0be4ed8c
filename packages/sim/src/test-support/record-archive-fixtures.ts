/**
 * Records the real tools' behaviour on the archive comparison cases:
 *   npx tsx src/test-support/record-archive-fixtures.ts
 * writes src/commands/archive/fixtures/real-tools.json (stdout as a latin1
 * byte string, stderr, exit status per case). Run as root on Debian 12.
 */
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { CASES } from "../commands/archive/comparison-cases.js";
import { TREE } from "../commands/archive/test-support.js";
import { EPOCH_MS } from "../world/clock.js";
import { buildTree, makeTempDir, realSh, removeDir } from "./real-tools.js";

const versions = ["gzip --version", "tar --version", "md5sum --version"].map(
  (c) => execFileSync("bash", ["-c", `${c} | head -1`]).toString().trim(),
);
const cases = CASES.map((line) => {
  const dir = makeTempDir();
  try {
    buildTree(dir, TREE, EPOCH_MS / 1000);
    const r = realSh(dir, line);
    return { line, stdout: r.out.toString("latin1"), stderr: r.err, exit: r.code };
  } finally {
    removeDir(dir);
  }
});
const out = new URL("../commands/archive/fixtures/real-tools.json", import.meta.url);
writeFileSync(out, `${JSON.stringify({ recorded: versions, cases }, null, 1)}\n`);
console.log(`recorded ${cases.length} cases with ${versions.join(", ")}`);
