/**
 * One host's kernel: the syscall-like API over `KernelState`. Userland
 * (commands, the shell, /proc) calls these functions and never writes the
 * state itself. Errors come back as `Result`s carrying Linux errno names.
 */
import type { Clock } from "../world/clock.js";
import { type Result, fail, ok } from "./errno.js";
import type { KernelState, LinkState } from "./state.js";

export class Kernel {
  constructor(
    readonly state: KernelState,
    readonly clock: Clock,
  ) {}

  // --- UTS -------------------------------------------------------------

  get hostname(): string {
    return this.state.hostname;
  }

  setHostname(name: string): Result {
    if (name.length === 0 || name.length > 64) return fail("EINVAL");
    this.state.hostname = name;
    return ok();
  }

  // --- sysctl ----------------------------------------------------------

  /** dotted sysctl names that exist, sorted */
  sysctlNames(): string[] {
    return Object.keys(this.state.sysctl).sort();
  }

  sysctlGet(name: string): Result<string> {
    const v = this.state.sysctl[name];
    return v === undefined ? fail("ENOENT") : ok(v);
  }

  sysctlSet(name: string, value: string): Result {
    if (!(name in this.state.sysctl)) return fail("ENOENT");
    this.state.sysctl[name] = value.trim();
    return ok();
  }

  // --- kernel log --------------------------------------------------------

  /** append a line to the ring buffer, stamped with seconds since boot */
  printk(line: string): void {
    const t = (this.clock.now / 1000).toFixed(6).padStart(12, " ");
    this.state.dmesg.push(`[${t}] ${line}`);
    if (this.state.dmesg.length > 2000) this.state.dmesg.shift();
  }

  // --- links (read side used by /sys and /proc) -------------------------

  links(): readonly LinkState[] {
    return this.state.links;
  }

  linkByName(name: string): LinkState | undefined {
    return this.state.links.find((l) => l.name === name || l.altnames.includes(name));
  }

  linkByIndex(ifindex: number): LinkState | undefined {
    return this.state.links.find((l) => l.ifindex === ifindex);
  }
}
