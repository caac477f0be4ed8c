/**
 * Running a program with exact arguments from find -exec and xargs: the
 * only way a program can start another is its process's runCommandLine
 * (a child `sh -c LINE`), so the words are single-quoted into a line the
 * shell cannot read as anything but those words. The program is looked up
 * on PATH first, so a missing one gets the caller's own error and status
 * 127 (execvp's ENOENT), as GNU find and xargs report it.
 */
import type { Process } from "../../../process/process.js";

/** a word as one shell word, whatever it holds */
export function shellWord(word: string): string {
  return `'${word.replaceAll("'", "'\\''")}'`;
}

/**
 * Why execvp would fail for a program name: ENOENT (nothing of that name on
 * PATH, or the path does not exist), EACCES (a path naming a directory or a
 * file without execute permission, or only such entries on PATH: glibc's
 * execvp remembers EACCES and reports it when nothing else starts), or
 * undefined when it would start. `path` is the PATH the child gets (env
 * changes it); unset, glibc searches its CS_PATH, /bin:/usr/bin.
 */
export function execError(proc: Process, name: string, path = proc.env.PATH): "ENOENT" | "EACCES" | undefined {
  const denied = (p: string): "ENOENT" | "EACCES" | undefined => {
    const st = proc.host.fs.stat(proc.resolve(p));
    if (!st.ok) return "ENOENT";
    return st.value.type === "file" && (st.value.mode & 0o111) !== 0 ? undefined : "EACCES";
  };
  if (name.includes("/")) return denied(name);
  let eacces = false;
  for (const dir of (path ?? "/bin:/usr/bin").split(":")) {
    proc.budget.charge(1);
    const e = denied(`${dir === "" ? "." : dir}/${name}`);
    if (e === undefined) return undefined;
    if (e === "EACCES") eacces = true;
  }
  return eacces ? "EACCES" : "ENOENT";
}

/** run argv as a child (its standard input /dev/null with `nullStdin`); its exit status */
export function runArgv(proc: Process, argv: string[], nullStdin = false): number {
  if (!proc.runCommandLine) throw new Error("runArgv: no runCommandLine");
  return proc.runCommandLine(argv.map(shellWord).join(" ") + (nullStdin ? " </dev/null" : ""));
}
