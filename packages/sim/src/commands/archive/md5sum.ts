/** md5sum (coreutils 9.1): see checksum.ts for the shared behaviour. */
import type { Command } from "../types.js";
import { MD5, runChecksum } from "./checksum.js";
import { MD5SUM_MAN } from "./man-pages.js";

export const md5sum: Command = {
  name: "md5sum",
  summary: "md5sum - compute and check MD5 message digest",
  man: MD5SUM_MAN,
  run: (proc) => runChecksum(proc, MD5),
  complete: ({ current }) => (current.startsWith("--") ? ["--check", "--quiet", "--status", "--strict"] : []),
};
