/** conntrack(8)'s usage text (`conntrack -h`, or no command), verbatim from conntrack-tools 1.4.7, and its man page. */

export const CONNTRACK_USAGE = "Command line interface for the connection tracking system. Version 1.4.7\nUsage: conntrack [commands] [options]\n\nCommands:\n  -L [table] [options]\t\tList conntrack or expectation table\n  -G [table] parameters\t\tGet conntrack or expectation\n  -D [table] parameters\t\tDelete conntrack or expectation\n  -I [table] parameters\t\tCreate a conntrack or expectation\n  -U [table] parameters\t\tUpdate a conntrack\n  -E [table] [options]\t\tShow events\n  -F [table]\t\t\tFlush table\n  -C [table]\t\t\tShow counter\n  -S\t\t\t\tShow statistics\n\nTables: conntrack, expect, dying, unconfirmed\n\nConntrack parameters and options:\n  -n, --src-nat ip\t\t\tsource NAT ip\n  -g, --dst-nat ip\t\t\tdestination NAT ip\n  -j, --any-nat ip\t\t\tsource or destination NAT ip\n  -m, --mark mark\t\t\tSet mark\n  -c, --secmark secmark\t\t\tSet selinux secmark\n  -e, --event-mask eventmask\t\tEvent mask, eg. NEW,DESTROY\n  -z, --zero \t\t\t\tZero counters while listing\n  -o, --output type[,...]\t\tOutput format, eg. xml\n  -l, --label label[,...]\t\tconntrack labels\n\nExpectation parameters and options:\n  --tuple-src ip\tSource address in expect tuple\n  --tuple-dst ip\tDestination address in expect tuple\n\nUpdating parameters and options:\n  --label-add label\tAdd label\n  --label-del label\tDelete label\n\nCommon parameters and options:\n  -s, --src, --orig-src ip\t\tSource address from original direction\n  -d, --dst, --orig-dst ip\t\tDestination address from original direction\n  -r, --reply-src ip\t\tSource addres from reply direction\n  -q, --reply-dst ip\t\tDestination address from reply direction\n  -p, --protonum proto\t\tLayer 4 Protocol, eg. 'tcp'\n  -f, --family proto\t\tLayer 3 Protocol, eg. 'ipv6'\n  -t, --timeout timeout\t\tSet timeout\n  -u, --status status\t\tSet status, eg. ASSURED\n  -w, --zone value\t\tSet conntrack zone\n  --orig-zone value\t\tSet zone for original direction\n  --reply-zone value\t\tSet zone for reply direction\n  -b, --buffer-size\t\tNetlink socket buffer size\n  --mask-src ip\t\t\tSource mask address\n  --mask-dst ip\t\t\tDestination mask address\n\n";

export const CONNTRACK_MAN = `NAME
conntrack - command line interface for netfilter connection tracking

SYNOPSIS
conntrack -L [table] [options] [-z]
conntrack -G [table] parameters
conntrack -D [table] parameters
conntrack -E [table] [options]
conntrack -F [table]
conntrack -C [table]
conntrack -S

DESCRIPTION
The conntrack utility provides a full featured userspace interface to the
Netfilter connection tracking system: it shows the entries the kernel keeps
for each connection it has seen (both directions' tuples, the TCP state, the
timeout in seconds, [UNREPLIED] and [ASSURED]), deletes them, and shows
events as entries are created, updated and destroyed.

COMMANDS
-L, --dump     List the connection tracking table.
-G, --get      Search for and show one entry, given its original tuple.
-D, --delete   Delete the entries that match the filter.
-F, --flush    Flush the whole table.
-C, --count    Show the number of entries.
-S, --stats    Show the in-kernel statistics.
-E, --event    Show events as they happen (NEW, UPDATE, DESTROY).

FILTER PARAMETERS
-s, --orig-src IP[/N]     Source address of the original direction.
-d, --orig-dst IP[/N]     Destination address of the original direction.
-r, --reply-src IP[/N]    Source address of the reply direction.
-q, --reply-dst IP[/N]    Destination address of the reply direction.
-p, --protonum PROTO      Layer 4 protocol: tcp, udp, icmp or a number.
-u, --status STATUS       ASSURED, SEEN_REPLY, UNREPLIED.
-m, --mark MARK[/MASK]    The connection mark.
-n, -g, -j [IP]           Entries with source, destination or any NAT.
-o, --output TYPE[,...]   extended (layer 3 first), id, timestamp (events).
-e, --event-mask MASK     NEW, UPDATE, DESTROY or ALL (with -E).

After -p tcp or -p udp: --sport/--orig-port-src, --dport/--orig-port-dst,
--reply-port-src, --reply-port-dst; after -p tcp: --state STATE (SYN_SENT,
SYN_RECV, ESTABLISHED, FIN_WAIT, CLOSE_WAIT, LAST_ACK, TIME_WAIT, CLOSE);
after -p icmp: --icmp-type, --icmp-code, --icmp-id.

EXAMPLES
conntrack -L -p tcp --state ESTABLISHED
conntrack -D -s 10.0.0.1
conntrack -E -e NEW,DESTROY

In Rootlab time is virtual: conntrack -E listens for 10 seconds of lab time,
shows what happened, and stops as if Ctrl-C had been pressed.
`;
