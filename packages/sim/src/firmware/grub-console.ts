/**
 * GRUB's command lines. `grub rescue>` (kernel.img alone) knows set,
 * unset, ls and insmod, and `name=value`; once normal.mod is loaded,
 * `normal` starts normal mode (grub.cfg, the menu, Linux). `grub>` (normal
 * mode without a grub.cfg) adds echo, linux, initrd, boot, configfile and
 * reboot. Output and error texts are GRUB 2.06's ("error: unknown
 * filesystem.", "Unknown command `x'.", "error: can't find command `x'.").
 */
import { utf8Decode } from "../bytes.js";
import type { Host } from "../host/host.js";
import { type GrubEnv, type GrubOutcome, NORMAL_BANNER, bootLinux, bootEntry, loadModule, normalMode } from "./grub.js";
import { firstDisk, grubFile, grubPartitions, openDevice, openFs, splitPath } from "./grub-disk.js";

export interface GrubState {
  mode: "rescue" | "normal";
  env: GrubEnv;
  modules: string[];
  linux?: string;
  initrd?: string;
}

export type GrubLine =
  | { kind: "stay"; screen: string }
  | { kind: "boot"; outcome: GrubOutcome }
  | { kind: "reboot"; screen: string };

const RESCUE_COMMANDS = new Set(["set", "unset", "ls", "insmod"]);

/** GRUB's word splitting: blanks separate, quotes group (no expansion in rescue mode) */
function words(line: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|'([^']*)'|(\S+)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line))) out.push(m[1] ?? m[2] ?? m[3]);
  return out;
}

function expand(word: string, env: GrubEnv): string {
  return word.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => env[a ?? b] ?? "");
}

function lsDevices(host: Host): string {
  const disk = firstDisk(host);
  if (!disk) return "\n";
  const parts = grubPartitions(disk).map((p) => `(hd0,msdos${p.number}) `).reverse();
  return `(hd0) ${parts.join("")}\n`;
}

function ls(host: Host, env: GrubEnv, arg: string | undefined): string {
  if (!arg) return lsDevices(host);
  const { device, path } = splitPath(arg, env.root);
  if (!device) return "error: no server is specified.\n";
  const dev = openDevice(host, device);
  if (typeof dev === "string") return `error: ${dev}.\n`;
  const fs = openFs(host, dev);
  if (path === "") return `(${device}): Filesystem is ${typeof fs === "string" ? "unknown" : "ext2"}.\n`;
  if (typeof fs === "string") return `error: ${fs}.\n`;
  const st = fs.stat(path);
  if (!st.ok) return `error: file \`${path}' not found.\n`;
  if (st.value.type !== "dir") return `${path.slice(path.lastIndexOf("/") + 1)} \n`;
  const names = fs.readdir(path);
  if (!names.ok) return "\n";
  const shown = names.value.map((n) => {
    const s = fs.lstat(`${path.replace(/\/$/, "")}/${n}`);
    return `${n}${s.ok && s.value.type === "dir" ? "/" : ""} `;
  });
  return `./ ../ ${shown.join("")}\n`;
}

/** run one line at a GRUB prompt */
export function grubLine(host: Host, st: GrubState, line: string): GrubLine {
  const argv = words(line).map((w) => (st.mode === "normal" ? expand(w, st.env) : w));
  if (argv.length === 0) return { kind: "stay", screen: "" };
  const [cmd, ...args] = argv;
  // name=value sets a variable (both modes)
  const assign = argv.length === 1 ? /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(cmd) : null;
  if (assign) {
    st.env[assign[1]] = assign[2];
    return { kind: "stay", screen: "" };
  }
  const known = st.mode === "rescue" ? RESCUE_COMMANDS.has(cmd) || (cmd === "normal" && st.modules.includes("normal")) : true;
  if (!known) return { kind: "stay", screen: `Unknown command \`${cmd}'.\n` };
  switch (cmd) {
    case "set": {
      if (args.length === 0)
        return { kind: "stay", screen: Object.keys(st.env).sort().map((k) => `${k}=${st.env[k]}\n`).join("") };
      const m = /^([A-Za-z_][A-Za-z0-9_]*)(?:=(.*))?$/.exec(args[0]);
      if (m) st.env[m[1]] = m[2] ?? "";
      return { kind: "stay", screen: "" };
    }
    case "unset":
      for (const a of args) delete st.env[a];
      return { kind: "stay", screen: "" };
    case "ls":
      return { kind: "stay", screen: ls(host, st.env, args[0]) };
    case "insmod": {
      if (!args[0]) return { kind: "stay", screen: "error: one argument expected.\n" };
      const r = loadModule(host, st.env, args[0]);
      if (r !== true) return { kind: "stay", screen: `error: ${r}.\n` };
      if (!st.modules.includes(args[0])) st.modules.push(args[0]);
      return { kind: "stay", screen: "" };
    }
    case "normal":
      return { kind: "boot", outcome: normalMode(host, st.env) };
    case "echo":
      return { kind: "stay", screen: `${args.join(" ")}\n` };
    case "linux": {
      if (!args[0]) return { kind: "stay", screen: "error: filename expected.\n" };
      const f = grubFile(host, args[0], st.env.root);
      if (typeof f === "string") return { kind: "stay", screen: `error: ${f}.\n` };
      st.linux = args.join(" ");
      return { kind: "stay", screen: "" };
    }
    case "initrd": {
      if (!st.linux) return { kind: "stay", screen: "error: you need to load the kernel first.\n" };
      const f = args[0] ? grubFile(host, args[0], st.env.root) : "filename expected";
      if (typeof f === "string") return { kind: "stay", screen: `error: ${f}.\n` };
      st.initrd = args[0];
      return { kind: "stay", screen: "" };
    }
    case "boot":
      if (!st.linux) return { kind: "stay", screen: "error: you need to load the kernel first.\n" };
      return { kind: "boot", outcome: bootLinux(host, st.env, st.linux, st.initrd, "") };
    case "configfile": {
      const f = args[0] ? grubFile(host, args[0], st.env.root) : "filename expected";
      if (typeof f === "string") return { kind: "stay", screen: `error: ${f}.\n` };
      const data = f.fs.readFile(f.path);
      return { kind: "boot", outcome: bootEntry(host, st.env, data.ok ? utf8Decode(data.value) : "") };
    }
    case "reboot":
      return { kind: "reboot", screen: "" };
    default:
      return { kind: "stay", screen: `error: can't find command \`${cmd}'.\n` };
  }
}

export { NORMAL_BANNER };
