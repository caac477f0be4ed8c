/**
 * The REJECT target (libipt_REJECT): --reject-with a name or its alias,
 * any unique-looking prefix (the first entry that starts with it wins, as
 * in the C table walk); the default is icmp-port-unreachable. Listing
 * " reject-with icmp-port-unreachable".
 */
import { x6Parse } from "./options.js";
import type { TargetExtension } from "./types.js";

/** ipt_reject_with order: name, alias */
const REJECT_TYPES: [string, string][] = [
  ["icmp-net-unreachable", "net-unreach"],
  ["icmp-host-unreachable", "host-unreach"],
  ["icmp-proto-unreachable", "proto-unreach"],
  ["icmp-port-unreachable", "port-unreach"],
  ["icmp-net-prohibited", "net-prohib"],
  ["icmp-host-prohibited", "host-prohib"],
  ["tcp-reset", "tcp-rst"],
  ["icmp-admin-prohibited", "admin-prohib"],
];

export const reject: TargetExtension<"REJECT"> = {
  name: "REJECT",
  kind: "REJECT",
  options: [{ name: "reject-with", id: 0, arg: true }],
  help: `REJECT target options:
--reject-with type              drop input packet and send back
                                a reply packet according to type:
Valid reject types:
    icmp-net-unreachable     	ICMP network unreachable
    net-unreach              	alias
    icmp-host-unreachable    	ICMP host unreachable
    host-unreach             	alias
    icmp-proto-unreachable   	ICMP protocol unreachable
    proto-unreach            	alias
    icmp-port-unreachable    	ICMP port unreachable (default)
    port-unreach             	alias
    icmp-net-prohibited      	ICMP network prohibited
    net-prohib               	alias
    icmp-host-prohibited     	ICMP host prohibited
    host-prohib              	alias
    tcp-reset                	TCP RST packet
    tcp-rst                  	alias
    icmp-admin-prohibited    	ICMP administratively prohibited (*)
    admin-prohib             	alias

(*) See man page or read the INCOMPATIBILITES file for compatibility issues.
`,
  init: () => ({ kind: "REJECT", with: "icmp-port-unreachable" }),
  parse(call) {
    x6Parse(reject, call);
    const a = call.arg.toLowerCase();
    const hit = REJECT_TYPES.find(([name, alias]) => name.startsWith(a) || alias.startsWith(a));
    if (!hit) {
      if ("echo-reply".startsWith(a) || "echoreply".startsWith(a)) call.env.warn("--reject-with echo-reply no longer supported\n");
      return call.env.fail(`unknown reject type "${call.arg}"`);
    }
    call.data.with = hit[0];
  },
  print: (data) => ` reject-with ${data.with}`,
  save: (data) => ` --reject-with ${data.with}`,
};
