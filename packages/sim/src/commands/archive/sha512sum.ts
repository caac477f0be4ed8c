/** sha512sum (coreutils 9.1): see checksum.ts for the shared behaviour. */
import type { Command } from "../types.js";
import { runChecksum, SHA512 } from "./checksum.js";
import { SHA512SUM_MAN } from "./man-pages.js";

export const sha512sum: Command = {
  name: "sha512sum",
  summary: "sha512sum - compute and check SHA512 message digest",
  man: SHA512SUM_MAN,
  run: (proc) => runChecksum(proc, SHA512),
  complete: ({ current }) => (current.startsWith("--") ? ["--check", "--quiet", "--status", "--strict"] : []),
};
