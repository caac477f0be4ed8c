/**
 * GNU tar 1.34: create (c), list (t) and extract (x) archives in GNU format,
 * gzip-compressed with z through the same gzip code as `gzip` (a stream
 * without a stored name or time, as tar's gzip child writes it). Reading a
 * file, tar recognises gzip data by itself, as GNU tar does; reading a pipe it
 * asks for -z.
 */
import { type ByteString, fromUint8Array, toUint8Array } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { strerror } from "../files/program.js";
import type { Command } from "../types.js";
import { gzipDecode, gzipEncode, isGzip, problemText } from "./gzip-member.js";
import { TAR_MAN } from "./man-pages.js";
import { createArchive } from "./tar-create.js";
import { type ReadMember, readArchive } from "./tar-header.js";
import { parseTarArgs, type TarArgs } from "./tar-options.js";
import { extractMembers, listMembers, selectMembers } from "./tar-read.js";
import { TarReporter } from "./tar-report.js";

const TRY = "Try 'tar --help' or 'tar --usage' for more information.\n";

const HELP = `Usage: tar [OPTION...] [FILE]...
GNU 'tar' saves many files together into a single tape or disk archive, and can
restore individual files from the archive.

Examples:
  tar -cf archive.tar foo bar  # Create archive.tar from files foo and bar.
  tar -tvf archive.tar         # List all files in archive.tar verbosely.
  tar -xf archive.tar          # Extract all files from archive.tar.

 Main operation mode:

  -c, --create               create a new archive
  -t, --list                 list the contents of an archive
  -x, --extract, --get       extract files from an archive

 Device selection and switching:

  -f, --file=ARCHIVE         use archive file or device ARCHIVE

 Local file name selection:

  -C, --directory=DIR        change to directory DIR

 Compression options:

  -z, --gzip, --gunzip, --ungzip   filter the archive through gzip

 Informative output:

  -v, --verbose              verbosely list files processed

Report bugs to <bug-tar@gnu.org>.
`;

function tarRun(proc: Process): number {
  const parsed = parseTarArgs(proc.argv.slice(1));
  if (!parsed.ok) {
    proc.stderr.write(`tar: ${parsed.error}\n${TRY}`);
    return parsed.status;
  }
  const a = parsed.args;
  if (a.help) {
    proc.stdout.write(HELP);
    return 0;
  }
  if (a.version) {
    proc.stdout.write("tar (GNU tar) 1.34\nCopyright (C) 2021 Free Software Foundation, Inc.\n");
    return 0;
  }
  if (a.modeConflict) {
    proc.stderr.write(`tar: You may not specify more than one '-Acdtrux', '--delete' or  '--test-label' option\n${TRY}`);
    return 2;
  }
  if (!a.mode) {
    proc.stderr.write(`tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\n${TRY}`);
    return 2;
  }
  const rep = new TarReporter(proc);
  return a.mode === "c" ? create(proc, rep, a) : read(proc, rep, a);
}

function create(proc: Process, rep: TarReporter, a: TarArgs): number {
  const fs = proc.host.fs;
  if (a.operands.length === 0) {
    proc.stderr.write(`tar: Cowardly refusing to create an empty archive\n${TRY}`);
    return 2;
  }
  const file = a.file ?? "-";
  if (file === "-" && proc.stdout.isTTY) return rep.fatal("Refusing to write archive contents to terminal (missing -f option?)");
  for (const op of a.operands) {
    if (op.dir === undefined) continue;
    const st = fs.stat(proc.resolve(op.dir));
    if (!st.ok) return rep.fatal(`${op.dir}: Cannot open: ${strerror(st.errno)}`);
    if (st.value.type !== "dir") return rep.fatal(`${op.dir}: Cannot open: Not a directory`);
  }
  let archivePath: string | undefined;
  if (file !== "-") {
    archivePath = proc.resolve(file);
    // tar opens (creates, truncates) the archive before reading anything
    const w = fs.writeFile(archivePath, "" as ByteString);
    if (!w.ok) return rep.fatal(`${file}: Cannot open: ${strerror(w.errno)}`);
  }
  const tarBytes = createArchive(proc, rep, {
    operands: a.operands,
    archivePath,
    reportArchive: !a.gzip,
    verbose: a.verbose,
    verboseTo: file === "-" ? "stderr" : "stdout",
  });
  if (tarBytes === undefined) return 2;
  const out = a.gzip ? fromUint8Array(gzipEncode(toUint8Array(tarBytes), { mtimeSec: 0, level: 6 })) : tarBytes;
  if (archivePath) {
    const w = fs.writeFile(archivePath, out);
    if (!w.ok) return rep.fatal(`${file}: Cannot write: ${strerror(w.errno)}`);
  } else proc.stdout.writeBytes(out);
  return rep.finish();
}

/** list or extract the members the operands select; returns the operands that matched nothing */
function processMembers(proc: Process, rep: TarReporter, a: TarArgs, members: ReadMember[]): string[] {
  const { chosen, missing } = selectMembers(members, a.operands.map((o) => o.name));
  if (a.mode === "t") listMembers(proc, chosen, a.verbose);
  else
    extractMembers(proc, rep, chosen, {
      root: a.lastDir !== undefined ? proc.resolve(a.lastDir) : proc.cwd,
      verbose: a.verbose,
      toStdout: a.toStdout,
    });
  return missing;
}

function read(proc: Process, rep: TarReporter, a: TarArgs): number {
  const fs = proc.host.fs;
  const file = a.file ?? "-";
  let raw: ByteString;
  if (file === "-") {
    if (proc.stdin.isTTY) return rep.fatal("Refusing to read archive contents from terminal (missing -f option?)");
    raw = proc.stdin.bytes();
  } else {
    const st = fs.stat(proc.resolve(file));
    if (st.ok && st.value.type === "dir") {
      rep.message(`${file}: Cannot read: Is a directory`);
      rep.message("At beginning of tape, quitting now");
      return rep.fatal("");
    }
    const r = fs.readFile(proc.resolve(file));
    if (!r.ok) return rep.fatal(`${file}: Cannot open: ${strerror(r.errno)}`);
    raw = r.value;
  }
  if (a.lastDir !== undefined && a.mode === "x") {
    const st = fs.stat(proc.resolve(a.lastDir));
    if (!st.ok) return rep.fatal(`${a.lastDir}: Cannot open: ${strerror(st.errno)}`);
  }
  const compressed = raw.length >= 2 && raw.charCodeAt(0) === 0x1f && raw.charCodeAt(1) === 0x8b;
  let tarBytes = raw;
  let fromPipe = false;
  if (a.gzip || (compressed && file !== "-")) {
    const bytes = toUint8Array(raw);
    const d = isGzip(bytes) ? gzipDecode(bytes) : undefined;
    const problems = d ? d.problems : [{ kind: "not-gzip" as const }];
    tarBytes = fromUint8Array(d?.data ?? new Uint8Array());
    fromPipe = true;
    if (problems.length > 0) {
      // gzip -d, tar's child, wrote what it could inflate before it failed (status 1) or warned
      // (2, trailing garbage); tar reads that, then finds the child's status: no "Unexpected EOF"
      for (const p of problems) {
        const t = problemText(p);
        proc.stderr.write(`${t.newlineBefore ? "\n" : ""}gzip: stdin: ${t.text}\n`);
      }
      if (tarBytes.length > 0) processMembers(proc, rep, a, readArchive(tarBytes, { fromPipe }).members);
      rep.message(`Child returned status ${problems.some((p) => !problemText(p).warning) ? 1 : 2}`);
      return rep.fatal("");
    }
  } else if (compressed) {
    return rep.fatal("Archive is compressed. Use -z option");
  }
  const { members, problem } = readArchive(tarBytes, { fromPipe });
  if (problem === "not-tar") {
    rep.error("This does not look like a tar archive");
    return rep.finish();
  }
  const missing = processMembers(proc, rep, a, members);
  if (problem === "eof") return rep.fatal("Unexpected EOF in archive");
  if (problem === "bad-header") rep.error("Skipping to next header");
  // names that matched nothing are reported after the members, as GNU tar does
  for (const name of missing) rep.error(`${name}: Not found in archive`);
  return rep.finish();
}

export const tar: Command = {
  name: "tar",
  summary: "tar - an archiving utility",
  man: TAR_MAN,
  run: tarRun,
  complete: ({ current, words }) =>
    words.length === 1 && !current.startsWith("-") ? ["czvf", "xzvf", "tzvf", "cvf", "xvf", "tvf"] : current.startsWith("-") ? ["-c", "-x", "-t", "-z", "-v", "-f", "-C"] : [],
};
