/** b2sum (coreutils 9.1): see checksum.ts for the shared behaviour. */
import type { Command } from "../types.js";
import { runChecksum, BLAKE2B } from "./checksum.js";
import { B2SUM_MAN } from "./man-pages.js";

export const b2sum: Command = {
  name: "b2sum",
  summary: "b2sum - compute and check BLAKE2 message digest",
  man: B2SUM_MAN,
  run: (proc) => runChecksum(proc, BLAKE2B),
  complete: ({ current }) => (current.startsWith("--") ? ["--check", "--length=", "--quiet", "--status", "--strict"] : []),
};
