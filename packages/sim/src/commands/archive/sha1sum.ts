/** sha1sum (coreutils 9.1): see checksum.ts for the shared behaviour. */
import type { Command } from "../types.js";
import { runChecksum, SHA1 } from "./checksum.js";
import { SHA1SUM_MAN } from "./man-pages.js";

export const sha1sum: Command = {
  name: "sha1sum",
  summary: "sha1sum - compute and check SHA1 message digest",
  man: SHA1SUM_MAN,
  run: (proc) => runChecksum(proc, SHA1),
  complete: ({ current }) => (current.startsWith("--") ? ["--check", "--quiet", "--status", "--strict"] : []),
};
