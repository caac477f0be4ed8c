/**
 * The iptables programs (iptables 1.8.9 as Debian 12 ships it): iptables,
 * iptables-save and iptables-restore in their nf_tables flavour (Debian's
 * default, also as iptables-nft*) and their legacy flavour
 * (iptables-legacy*), and the empty IPv6 ruleset's ip6tables-save and
 * ip6tables-restore. See README.md.
 */
import type { Command } from "../types.js";
import { ip6tablesRestore, ip6tablesSave } from "./ip6tables.js";
import { iptables, iptablesLegacy, iptablesNft } from "./iptables.js";
import { iptablesLegacyRestore, iptablesNftRestore, iptablesRestore } from "./iptables-restore.js";
import { iptablesLegacySave, iptablesNftSave, iptablesSave } from "./iptables-save.js";

export const netfilterCommands: Command[] = [
  iptables,
  iptablesNft,
  iptablesLegacy,
  iptablesSave,
  iptablesNftSave,
  iptablesLegacySave,
  iptablesRestore,
  iptablesNftRestore,
  iptablesLegacyRestore,
  ip6tablesSave,
  ip6tablesRestore,
];
