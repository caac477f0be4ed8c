/** sha256sum (coreutils 9.1): see checksum.ts for the shared behaviour. */
import type { Command } from "../types.js";
import { runChecksum, SHA256 } from "./checksum.js";
import { SHA256SUM_MAN } from "./man-pages.js";

export const sha256sum: Command = {
  name: "sha256sum",
  summary: "sha256sum - compute and check SHA256 message digest",
  man: SHA256SUM_MAN,
  run: (proc) => runChecksum(proc, SHA256),
  complete: ({ current }) => (current.startsWith("--") ? ["--check", "--quiet", "--status", "--strict"] : []),
};
