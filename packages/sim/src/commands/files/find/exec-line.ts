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

/** the program a name would run (a path, or found on PATH); undefined when there is none */
export function lookupProgram(proc: Process, name: string): string | undefined {
  const executable = (path: string) => {
    const st = proc.host.fs.stat(proc.resolve(path));
    return st.ok && st.value.type === "file" && (st.value.mode & 0o111) !== 0;
  };
  if (name.includes("/")) return executable(name) ? name : undefined;
  for (const dir of (proc.env.PATH ?? "/usr/local/bin:/usr/bin:/bin").split(":")) {
    proc.budget.charge(1);
    const path = `${dir === "" ? "." : dir}/${name}`;
    if (executable(path)) return path;
  }
  return undefined;
}

/** run argv as a child; its exit status */
export function runArgv(proc: Process, argv: string[]): number {
  if (!proc.runCommandLine) throw new Error("runArgv: no runCommandLine");
  return proc.runCommandLine(argv.map(shellWord).join(" "));
}
