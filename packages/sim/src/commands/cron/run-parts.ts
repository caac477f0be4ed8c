/**
 * run-parts (debianutils 5.7): run the executable files of a directory in
 * name order, as /etc/crontab does for /etc/cron.hourly and friends. Only
 * names made of letters, digits, `_` and `-` count (so `.placeholder` and
 * `backup.sh` are skipped, a classic surprise). `--report` prints a file's
 * name before running it (the real one waits for its first output), `--test`
 * and `--list` only print names.
 */
import type { Process } from "../../process/process.js";
import type { Command } from "../types.js";

const VALID = /^[A-Za-z0-9_-]+$/;

function run(proc: Process): number {
  let report = false;
  let test = false;
  let list = false;
  let verbose = false;
  const args: string[] = [];
  const dirs: string[] = [];
  const argv = proc.argv.slice(1);
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--report") report = true;
    else if (a === "--test") test = true;
    else if (a === "--list") list = true;
    else if (a === "-v" || a === "--verbose") verbose = true;
    else if (a.startsWith("--arg=")) args.push(a.slice(6));
    else if (a === "-a" || a === "--arg") {
      if (i + 1 >= argv.length) {
        proc.stderr.write(`run-parts: option requires an argument -- 'a'\n`);
        return 1;
      }
      args.push(argv[++i]);
    } else if (a.startsWith("-a") && a.length > 2) args.push(a.slice(2));
    else if (a.startsWith("-") && a !== "-") {
      if (a.startsWith("--umask=")) continue;
      proc.stderr.write(`run-parts: unrecognized option '${a}'\n`);
      return 1;
    } else dirs.push(a);
  }
  if (dirs.length !== 1) {
    proc.stderr.write("Usage: run-parts [OPTION]... DIRECTORY\n");
    return 1;
  }
  const dir = proc.resolve(dirs[0]);
  const names = proc.host.fs.readdir(dir);
  if (!names.ok) {
    proc.stderr.write(`run-parts: failed to open directory ${dirs[0]}: No such file or directory\n`);
    return 1;
  }
  let status = 0;
  for (const name of names.value) {
    if (!VALID.test(name)) continue;
    const path = `${dirs[0].replace(/\/$/, "")}/${name}`;
    const st = proc.host.fs.stat(`${dir}/${name}`);
    if (!st.ok || st.value.type !== "file") continue;
    if (list) {
      proc.stdout.write(`${path}\n`);
      continue;
    }
    if ((st.value.mode & 0o111) === 0) continue;
    if (test) {
      proc.stdout.write(`${path}\n`);
      continue;
    }
    if (report) proc.stdout.write(`${path}:\n`);
    if (verbose) proc.stderr.write(`run-parts: executing ${[path, ...args].join(" ")}\n`);
    const line = [path, ...args.map((x) => `'${x.replace(/'/g, "'\\''")}'`)].join(" ");
    const rc = proc.runCommandLine ? proc.runCommandLine(line) : 127;
    if (rc !== 0) {
      proc.stderr.write(`run-parts: ${path} exited with return code ${rc}\n`);
      status = 1;
    }
  }
  return status;
}

export const runParts: Command = {
  name: "run-parts",
  summary: "run-parts - run scripts or programs in a directory",
  man: `NAME
run-parts - run scripts or programs in a directory

SYNOPSIS
run-parts [--test] [--list] [--report] [-v] [-a ARG]... DIRECTORY

DESCRIPTION
run-parts runs all the executable files named within constraints in
DIRECTORY, in lexical order. Names must consist entirely of ASCII letters,
digits, underscores and hyphens: a file named backup.sh is not run.
`,
  run,
};
