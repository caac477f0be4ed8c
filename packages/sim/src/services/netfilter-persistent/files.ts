/**
 * The files of Debian 12's netfilter-persistent and iptables-persistent
 * 1.0.20 packages, verbatim: the netfilter-persistent script, its plugins
 * (15-ip4tables restores and saves /etc/iptables/rules.v4, 25-ip6tables
 * rules.v6), /etc/default/netfilter-persistent and the systemd unit.
 */

/** /usr/sbin/netfilter-persistent */
export const NETFILTER_PERSISTENT = `#!/bin/sh

# This file is part of netfilter-persistent
# Copyright (C) 2014 Jonathan Wiltshire
#
# This program is free software; you can redistribute it and/or
# modify it under the terms of the GNU General Public License
# as published by the Free Software Foundation, either version 3
# of the License, or (at your option) any later version.

set -e

IAM=$(whoami)
PLUGINS=/usr/share/netfilter-persistent/plugins.d

if [ \${IAM} != "root" ]; then
    echo "You must be root to use this utility"
fi

# Source configuration
if [ -f "/etc/default/netfilter-persistent" ]; then
    . /etc/default/netfilter-persistent
fi

run_plugins () {
    if [ -d \${PLUGINS} ]; then
        run-parts -v -a \${1} \${PLUGINS}
    fi
}

case $1 in
start|save|flush)
    run_plugins \${1}
    ;;
reload|restart)
    run_plugins start
    ;;
stop)
    if [ \${FLUSH_ON_STOP} -gt 0 ]; then
        run_plugins flush
    else
        echo "Automatic flush disabled; use '\${0} flush'"
    fi
    ;;
*)
    echo "Usage: \${0} (start|stop|restart|reload|flush|save)"
    ;;
esac


exit 0

`;

/** /usr/share/netfilter-persistent/plugins.d/15-ip4tables */
export const PLUGIN_IP4TABLES = `#!/bin/sh

# This file is part of netfilter-persistent
# (was iptables-persistent)
# Copyright (C) 2009, Simon Richter <sjr@debian.org>
# Copyright (C) 2010, 2014 Jonathan Wiltshire <jmw@debian.org>
#
# This program is free software; you can redistribute it and/or
# modify it under the terms of the GNU General Public License
# as published by the Free Software Foundation, either version 3
# of the License, or (at your option) any later version.

set -e

PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# Source configuration
if [ -f "/etc/default/netfilter-persistent" ]; then
    . /etc/default/netfilter-persistent
fi

load_rules()
{
    if [ "\${IPTABLES_RESTORE_NOFLUSH}x" = "yesx" ]; then
        NOFLUSH='--noflush'
    else
        NOFLUSH=''
    fi

    #load IPv4 rules
    if [ ! -f /etc/iptables/rules.v4 ]; then
        echo "Warning: skipping IPv4 (no rules to load)"
        return
    fi

    if [ "\${IPTABLES_TEST_RULESET}x" = "yesx" ] ; then
        if ! iptables-restore --test $NOFLUSH < /etc/iptables/rules.v4 ; then
            echo "Error: IPv4 rules failed test load. New rules NOT loaded"
            return
        fi
    fi

    iptables-restore $NOFLUSH < /etc/iptables/rules.v4
}

save_rules()
{
    if [ ! "\${IPTABLES_SKIP_SAVE}x" = "yesx" ]; then
        touch /etc/iptables/rules.v4
        chmod 0640 /etc/iptables/rules.v4
        iptables-save > /etc/iptables/rules.v4
    fi
}

flush_rules()
{
    TABLES=$(iptables-save | sed -E -n 's/^\\*//p')
    for table in $TABLES
    do
        CHAINS=$(iptables-save -t $table | sed -E -n 's/^:([A-Z]+).*/\\1/p')
        for chain in $CHAINS
        do
            # policy can't be set on user-defined chains
            iptables -t $table -P $chain ACCEPT || true
        done
        iptables -t $table -F
        iptables -t $table -Z
        iptables -t $table -X
    done
}

case "$1" in
start|restart|reload|force-reload)
    load_rules
    ;;
save)
    save_rules
    ;;
stop)
    # Why? because if stop is used, the firewall gets flushed for a variable
    # amount of time during package upgrades, leaving the machine vulnerable
    # It's also not always desirable to flush during purge
    echo "Automatic flushing disabled, use \\"flush\\" instead of \\"stop\\""
    ;;
flush)
    flush_rules
    ;;
*)
    echo "Usage: $0 {start|restart|reload|force-reload|save|flush}" >&2
    exit 1
    ;;
esac
`;

/** /usr/share/netfilter-persistent/plugins.d/25-ip6tables */
export const PLUGIN_IP6TABLES = `#!/bin/sh

# This file is part of netfilter-persistent
# (was iptables-persistent)
# Copyright (C) 2009, Simon Richter <sjr@debian.org>
# Copyright (C) 2010, 2014 Jonathan Wiltshire <jmw@debian.org>
#
# This program is free software; you can redistribute it and/or
# modify it under the terms of the GNU General Public License
# as published by the Free Software Foundation, either version 3
# of the License, or (at your option) any later version.

set -e

PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin

# Exit fast if IPv6 is disabled
test -e /proc/sys/net/ipv6 || exit 0

# Source configuration
if [ -f "/etc/default/netfilter-persistent" ]; then
    . /etc/default/netfilter-persistent
fi

load_rules()
{
    if [ "\${IP6TABLES_RESTORE_NOFLUSH}x" = "yesx" ]; then
        NOFLUSH='--noflush'
    else
        NOFLUSH=''
    fi

    #load IPv6 rules
    if [ ! -f /etc/iptables/rules.v6 ]; then
        echo "Warning: skipping IPv6 (no rules to load)"
    fi

    if [ "\${IP6TABLES_TEST_RULESET}x" = "yesx" ] ; then
        if ! ip6tables-restore --test $NOFLUSH < /etc/iptables/rules.v6 ; then
            echo "Error: IPv6 rules failed test load. New rules NOT loaded"
            return
        fi
    fi

    ip6tables-restore $NOFLUSH < /etc/iptables/rules.v6
}

save_rules()
{
    if [ ! "\${IP6TABLES_SKIP_SAVE}x" = "yesx" ]; then
        touch /etc/iptables/rules.v6
        ip6tables-save > /etc/iptables/rules.v6
        chmod 0640 /etc/iptables/rules.v6
    fi
}

flush_rules()
{
    TABLES=$(ip6tables-save | sed -E -n 's/^\\*//p')
    for table in $TABLES
    do
        CHAINS=$(ip6tables-save -t $table | sed -E -n 's/^:([A-Z]+).*/\\1/p')
        for chain in $CHAINS
        do
            # policy can't be set on user-defined chains
            ip6tables -t $table -P $chain ACCEPT || true
        done
        ip6tables -t $table -F
        ip6tables -t $table -Z
        ip6tables -t $table -X
    done
}

case "$1" in
start|restart|reload|force-reload)
    load_rules
    ;;
save)
    save_rules
    ;;
stop)
    # Why? because if stop is used, the firewall gets flushed for a variable
    # amount of time during package upgrades, leaving the machine vulnerable
    # It's also not always desirable to flush during purge
    echo "Automatic flushing disabled, use \\"flush\\" instead of \\"stop\\""
    ;;
flush)
    flush_rules
    ;;
*)
    echo "Usage: $0 {start|restart|reload|force-reload|save|flush}" >&2
    exit 1
    ;;
esac
`;

/** /etc/default/netfilter-persistent */
export const DEFAULT_NETFILTER_PERSISTENT = `# Configuration for netfilter-persistent
# Plugins may extend this file or have their own

FLUSH_ON_STOP=0

# Set to yes to skip saving rules/sets when netfilter-persistent is called with
# the save parameter
# IPTABLES_SKIP_SAVE=yes
# IP6TABLES_SKIP_SAVE=yes
# IPSET_SKIP_SAVE=yes


# Set to yes for not flushing existing ip[6]tables rules when netfilter-persistent
# is called with the start parameter
# IPTABLES_RESTORE_NOFLUSH=yes
# IP6TABLES_RESTORE_NOFLUSH=yes


# Set to yes to test load the rules before applying them. This avoids loading failure
# from causing no rules to be loaded in the kernel
IPTABLES_TEST_RULESET=yes
IP6TABLES_TEST_RULESET=yes
`;

/** /lib/systemd/system/netfilter-persistent.service */
export const UNIT = `[Unit]
Description=netfilter persistent configuration
DefaultDependencies=no
Wants=network-pre.target systemd-modules-load.service local-fs.target
Before=network-pre.target shutdown.target
After=systemd-modules-load.service local-fs.target
Conflicts=shutdown.target
Documentation=man:netfilter-persistent(8)

[Service]
Type=oneshot
RemainAfterExit=yes
ExecStart=/usr/sbin/netfilter-persistent start
ExecStop=/usr/sbin/netfilter-persistent stop

[Install]
WantedBy=multi-user.target
`;

/** /lib/systemd/system/netfilter-persistent.service.d/iptables.conf */
export const UNIT_DROPIN_IPTABLES = `[Install]
Alias=iptables.service ip6tables.service
`;
