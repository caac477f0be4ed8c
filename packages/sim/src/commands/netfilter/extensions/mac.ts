/**
 * The mac match (libxt_mac): --mac-source XX:XX:XX:XX:XX:XX (one or two
 * hex digits per byte), printed lowercase as " MAC 52:54:00:ab:cd:01".
 */
import { x6Check, x6Parse } from "./options.js";
import type { MatchExtension } from "./types.js";

/** xtopt_parse_ethermac: six hex bytes of at most two digits */
export function parseMac(text: string): string | undefined {
  const parts = text.split(":");
  if (parts.length !== 6 || !parts.every((p) => /^[0-9a-fA-F]{1,2}$/.test(p))) return undefined;
  return parts.map((p) => p.toLowerCase().padStart(2, "0")).join(":");
}

export const mac: MatchExtension<"mac"> = {
  name: "mac",
  kind: "mac",
  options: [{ name: "mac-source", id: 0, arg: true, mand: true, invert: true }],
  help: `mac match options:
[!] --mac-source XX:XX:XX:XX:XX:XX
				Match source MAC address
`,
  init: () => ({ kind: "mac", source: "00:00:00:00:00:00", invert: false }),
  parse(call) {
    x6Parse(mac, call);
    const m = parseMac(call.arg);
    if (!m) return call.env.fail("Invalid MAC address specified.");
    call.data.source = m;
    if (call.invert) call.data.invert = true;
  },
  check: (_d, xflags, env) => x6Check(mac, xflags, env),
  print: (data) => ` MAC ${data.invert ? "! " : ""}${data.source}`,
  save: (data) => `${data.invert ? " !" : ""} --mac-source ${data.source}`,
};
