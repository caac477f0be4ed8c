/**
 * Which iptables a program name runs. Debian 12 points `iptables`,
 * `iptables-save` and `iptables-restore` at the nf_tables variants through
 * /etc/alternatives (update-alternatives can point them at the legacy
 * ones); `iptables-nft*` and `iptables-legacy*` name their flavour.
 */
import type { Process } from "../../process/process.js";
import type { NfFlavour } from "../../kernel/net/netfilter/ruleset.js";

export type XtTool = "iptables" | "iptables-save" | "iptables-restore";

export function flavourOf(proc: Process, tool: XtTool, invokedAs: string): NfFlavour {
  const name = invokedAs.slice(invokedAs.lastIndexOf("/") + 1);
  if (name.includes("-legacy")) return "legacy";
  if (name.includes("-nft")) return "nft";
  const link = proc.host.fs.readlink(`/etc/alternatives/${tool}`);
  return link.ok && link.value.includes("legacy") ? "legacy" : "nft";
}

/** nft_check_xt_legacy: /proc/net/ip_tables_names has a line once iptables-legacy loaded a table */
export function legacyTablesPresent(proc: Process): boolean {
  const r = proc.host.fs.readFile("/proc/net/ip_tables_names");
  return r.ok && r.value.length > 0;
}
