/** The man pages of the iptables programs, shortened to what the simulation implements. */

export const IPTABLES_MAN = `NAME
iptables/ip6tables — administration tool for IPv4/IPv6 packet
filtering and NAT

SYNOPSIS
iptables [-t table] {-A|-C|-D} chain rule-specification
iptables [-t table] -I chain [rulenum] rule-specification
iptables [-t table] -R chain rulenum rule-specification
iptables [-t table] -D chain rulenum
iptables [-t table] -S [chain [rulenum]]
iptables [-t table] {-F|-L|-Z} [chain [rulenum]] [options...]
iptables [-t table] -N chain
iptables [-t table] -X [chain]
iptables [-t table] -P chain target
iptables [-t table] -E old-chain-name new-chain-name

rule-specification = [matches...] [target]
match = -m matchname [per-match-options]
target = -j targetname [per-target-options]

DESCRIPTION
Iptables is used to set up, maintain, and inspect the tables of IPv4
packet filter rules in the Linux kernel. Several different tables
may be defined. Each table contains a number of built-in chains and
may also contain user-defined chains.

Each chain is a list of rules which can match a set of packets. Each
rule specifies what to do with a packet that matches. This is called
a 'target', which may be a jump to a user-defined chain in the same
table.

On Debian 12, iptables is iptables-nft: it edits the kernel's
nf_tables. iptables-legacy edits the older x_tables instead.

TARGETS
ACCEPT means to let the packet through. DROP means to drop the packet
on the floor. RETURN means stop traversing this chain and resume at
the next rule in the previous (calling) chain. Other targets come
from extensions: REJECT, LOG, MASQUERADE, SNAT, DNAT, REDIRECT.

TABLES
filter  The default table: chains INPUT, FORWARD and OUTPUT.
nat     Consulted for the first packet of a new connection: chains
        PREROUTING, INPUT, OUTPUT and POSTROUTING.
mangle  Specialized packet alteration: all five chains.
raw     Exemptions from connection tracking: PREROUTING and OUTPUT.

COMMANDS
-A, --append chain rule-specification
       Append one or more rules to the end of the selected chain.
-C, --check chain rule-specification
       Check whether a rule matching the specification does exist.
-D, --delete chain rule-specification
-D, --delete chain rulenum
       Delete one or more rules from the selected chain.
-I, --insert chain [rulenum] rule-specification
       Insert one or more rules as the given rule number (default 1).
-R, --replace chain rulenum rule-specification
       Replace a rule in the selected chain.
-L, --list [chain]
       List all rules in the selected chain (or all chains).
-S, --list-rules [chain]
       Print all rules in the selected chain, as iptables-save does.
-F, --flush [chain]
       Flush the selected chain (all the chains in the table if none
       is given).
-Z, --zero [chain [rulenum]]
       Zero the packet and byte counters.
-N, --new-chain chain
       Create a new user-defined chain by the given name.
-X, --delete-chain [chain]
       Delete the user-defined chain specified. There must be no
       references to the chain, and it must be empty.
-P, --policy chain target
       Set the policy for the built-in chain to ACCEPT or DROP.
-E, --rename-chain old-chain new-chain
       Rename the user specified chain to the user supplied name.

PARAMETERS
[!] -p, --protocol protocol
       tcp, udp, udplite, icmp, icmpv6, esp, ah, sctp, mh or all, or
       a number or name from /etc/protocols.
[!] -s, --source address[/mask][,...]
[!] -d, --destination address[/mask][,...]
       A network name, a hostname, a network IP address (with /mask),
       or a plain IP address.
-j, --jump target
-g, --goto chain
[!] -i, --in-interface name
[!] -o, --out-interface name
       "+" at the end of the name matches any interface beginning
       with this name.
[!] -f, --fragment
-c, --set-counters packets bytes

OTHER OPTIONS
-v, --verbose    Interface names, rule options and counters.
-n, --numeric    Numeric output of addresses, ports and protocols.
-x, --exact      Exact counter values.
--line-numbers   Rule numbers in the listing.

MATCH AND TARGET EXTENSIONS
tcp: [!] --sport, --dport port[:port], [!] --syn,
     [!] --tcp-flags mask comp
udp: [!] --sport, --dport port[:port]
icmp: [!] --icmp-type {type[/code]|typename}
state: [!] --state INVALID,NEW,ESTABLISHED,RELATED,UNTRACKED
conntrack: [!] --ctstate ...,SNAT,DNAT
multiport: [!] --sports, --dports, --ports port[,port|,port:port]
comment: --comment text
limit: --limit rate[/second|/minute|/hour|/day], --limit-burst n
mac: [!] --mac-source XX:XX:XX:XX:XX:XX
REJECT: --reject-with type
LOG: --log-level level, --log-prefix prefix, --log-tcp-sequence,
     --log-tcp-options, --log-ip-options, --log-uid
MASQUERADE, REDIRECT: --to-ports port[-port]
SNAT: --to-source addr[-addr][:port[-port]]
DNAT: --to-destination addr[-addr][:port[-port]]

EXAMPLES
iptables -A INPUT -p tcp --dport 22 -m state --state NEW -j ACCEPT
iptables -t nat -A POSTROUTING -o eth0 -j MASQUERADE
iptables -L -n -v --line-numbers

SEE ALSO
iptables-save(8), iptables-restore(8), netfilter-persistent(8)
`;

export const IPTABLES_SAVE_MAN = `NAME
iptables-save — dump iptables rules

SYNOPSIS
iptables-save [-M modprobe] [-c] [-t table] [-f filename]

DESCRIPTION
iptables-save is used to dump the contents of IP Table in easily
parseable format either to STDOUT or to a specified file.

-c, --counters
       include the current values of all packet and byte counters in
       the output
-f, --file filename
       filename to log the output to.
-t, --table tablename
       restrict output to only one table. If not specified, output
       includes all available tables.

EXAMPLES
iptables-save > /etc/iptables/rules.v4

SEE ALSO
iptables-restore(8), iptables(8)
`;

export const IPTABLES_RESTORE_MAN = `NAME
iptables-restore — Restore IP Tables

SYNOPSIS
iptables-restore [-chntvV] [-M modprobe] [-T name] [file]

DESCRIPTION
iptables-restore is used to restore IP Tables from data specified on
STDIN or in file. Use I/O redirection provided by your shell to read
from a file, or specify file as an argument.

-c, --counters
       restore the values of all packet and byte counters
-h, --help
       Print a short option summary.
-n, --noflush
       don't flush the previous contents of the table. If not
       specified, all previous contents of the respective table are
       flushed.
-t, --test
       Only parse and construct the ruleset, but do not commit it.
-v, --verbose
       Print additional debug info during ruleset processing.
-V, --version
       Print the program version number.
-T, --table name
       Restore only the named table even if the input stream
       contains other ones.

EXAMPLES
iptables-restore < /etc/iptables/rules.v4

SEE ALSO
iptables-save(8), iptables(8)
`;
