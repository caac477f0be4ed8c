/**
 * chmod's MODE argument: octal ("755", "1777") or symbolic ("u+x", "go-w",
 * "a=r,u+w", "+X"), applied to a current mode. A symbolic clause without
 * "who" is filtered by the process's umask, as chmod(1) does.
 */

/**
 * The new permission bits, or undefined if `spec` is not a valid mode.
 * @param current the file's current mode bits (0o7777 range)
 * @param isDir the file is a directory (for X)
 */
export function parseMode(spec: string, current: number, isDir: boolean, umask = 0o022): number | undefined {
  if (/^[0-7]+$/.test(spec)) {
    const v = Number.parseInt(spec, 8);
    if (v > 0o7777) return undefined;
    // a directory keeps its set-id bits unless 5+ digits say otherwise ("00755")
    return isDir && spec.length <= 4 ? v | (current & 0o6000) : v;
  }
  let mode = current;
  for (const clause of spec.split(",")) {
    const m = /^([ugoa]*)([-+=][rwxXstugo]*)+$/.exec(clause);
    if (!m) return undefined;
    const who = m[1];
    let whoMask = 0;
    for (const w of who) whoMask |= w === "u" ? 0o4700 : w === "g" ? 0o2070 : w === "o" ? 0o1007 : 0o7777;
    const noWho = who === "";
    if (noWho) whoMask = 0o7777;
    const ops = clause.slice(who.length).match(/[-+=][rwxXstugo]*/g) ?? [];
    for (const op of ops) {
      const kind = op[0];
      let bits = 0;
      for (const p of op.slice(1)) {
        if (p === "r") bits |= 0o444;
        else if (p === "w") bits |= 0o222;
        else if (p === "x") bits |= 0o111;
        else if (p === "X") bits |= isDir || (mode & 0o111) !== 0 ? 0o111 : 0;
        else if (p === "s") bits |= 0o6000;
        else if (p === "t") bits |= 0o1000;
        else {
          // copy another class's permissions: u, g or o
          const src = p === "u" ? (mode >> 6) & 7 : p === "g" ? (mode >> 3) & 7 : mode & 7;
          bits |= src * 0o111;
        }
      }
      let eff = bits & whoMask;
      if (noWho) eff &= ~umask | 0o7000;
      if (kind === "+") mode |= eff;
      else if (kind === "-") mode &= ~eff;
      else {
        const clear = noWho ? (isDir ? 0o1777 : 0o7777) : whoMask & (isDir ? ~0o6000 | (bits & 0o6000) : 0o7777);
        mode = (mode & ~clear) | eff;
      }
    }
  }
  return mode & 0o7777;
}
