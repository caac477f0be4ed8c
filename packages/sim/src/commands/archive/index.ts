/**
 * Archive and checksum programs: gzip/gunzip/zcat (gzip 1.12), tar (GNU tar
 * 1.34), md5sum/sha1sum/sha256sum/sha512sum/b2sum (coreutils 9.1) and sz
 * (lrzsz), which hands a file to the page as a download. See README.md.
 */
import type { Command } from "../types.js";
import { b2sum } from "./b2sum.js";
import { gunzip, gzip, zcat } from "./gzip.js";
import { md5sum } from "./md5sum.js";
import { sha1sum } from "./sha1sum.js";
import { sha256sum } from "./sha256sum.js";
import { sha512sum } from "./sha512sum.js";
import { sz } from "./sz.js";
import { tar } from "./tar.js";

export const archiveCommands: Command[] = [b2sum, gunzip, gzip, md5sum, sha1sum, sha256sum, sha512sum, sz, tar, zcat];
