/**
 * Names of the programs a Debian 12 server install has in /usr/bin and
 * /usr/sbin (coreutils, util-linux, procps, iproute2, net-tools, iptables,
 * grep, gzip, tar, cron, ifupdown, ...), and those of the packages every lab
 * image adds (curl, tcpdump, bsd-mailx, lrzsz, mariadb-client, ...). The
 * tree holds a small placeholder file for each, so that `ls /usr/sbin` looks
 * like Debian and `which` finds what the shell runs; running one is the
 * shell's business (it finds programs in the command registry).
 */
/**
 * The bytes of every program's placeholder: an ELF identification (64-bit,
 * little-endian, SYSV) and nothing more. The shell runs the registered
 * program of a placeholder's name; file(1) describes it from
 * commands/disk/program-images.ts.
 */
export const PROGRAM_IMAGE = "\x7fELF\x02\x01\x01\x00";

export const USR_BIN = [
  "[", "apropos", "apt", "apt-cache", "apt-get", "arch", "awk", "b2sum", "base32", "base64", "basename",
  "bash", "bsd-mailx", "cat", "chattr", "chgrp", "chmod", "chown", "cksum", "clear", "cmp", "column", "comm",
  "cp", "crontab", "curl", "cut", "dash", "date", "dd", "df", "diff", "dir", "dircolors", "dirname", "dmesg",
  "dnsdomainname", "domainname", "dpkg", "dpkg-query", "du", "echo", "editor", "egrep", "env", "expand",
  "expr", "factor", "false", "fgrep", "file", "find", "fmt", "fold", "free", "getent", "grep", "groups",
  "gpasswd", "gunzip", "gzip", "head", "hexdump", "hostid", "hostname", "id", "install", "ip", "join", "journalctl",
  "kill", "kmod", "last", "less", "link", "ln", "logger", "login", "logname", "ls", "lsattr", "lsblk", "mail",
  "mailx", "man", "mariadb", "mariadb-admin", "mariadb-dump", "mawk", "md5sum", "mkdir", "mkfifo", "mknod",
  "mktemp", "more", "mount", "mv", "mysql", "mysqladmin", "mysqldump", "nano", "nc", "nc.openbsd", "netstat",
  "nice", "nl", "nohup", "nproc", "od", "passwd", "paste", "pgrep", "pidof", "ping", "pkill", "pr", "printenv",
  "printf", "ps", "pwd", "rbash", "readlink", "realpath", "rev", "rm", "rmdir", "run-parts", "scp", "sed",
  "sensible-editor", "seq", "sh", "sha1sum", "sha256sum", "sha512sum", "sleep", "sort", "split", "ss", "ssh",
  "ssh-keygen", "stat", "stty", "su", "sync", "systemctl", "sz", "tac", "tail", "tar", "tcpdump", "tee",
  "test", "timeout", "top", "touch", "tr", "tracepath", "traceroute", "traceroute.db", "true", "truncate",
  "tty", "umount", "uname", "uniq", "unlink", "uptime", "users", "vdir", "vi", "vim.tiny", "w", "wc", "wget",
  "whatis", "which", "which.debianutils", "who", "whoami", "xargs", "xxd", "yes", "zcat",
];

export const USR_SBIN = [
  "addgroup", "adduser", "agetty", "arp", "blkid", "blockdev", "bridge", "chpasswd", "chroot", "conntrack",
  "cron", "delgroup", "deluser", "dhclient", "dumpe2fs", "e2fsck", "fdisk", "fsck", "fsck.ext4", "getty",
  "groupadd", "groupdel", "grub-install", "grub-mkconfig", "grub-probe", "halt", "hping3", "hwclock",
  "ifconfig", "ifdown", "ifquery", "ifup", "init", "ip", "ip6tables", "iptables", "iptables-restore",
  "iptables-save", "killall5", "ldconfig", "logrotate", "losetup", "mke2fs", "mkfs", "mkfs.ext4", "mkswap",
  "modprobe", "nologin", "poweroff", "reboot", "route", "rsyslogd", "runlevel", "service", "sfdisk",
  "shutdown", "sshd", "swapoff", "swapon", "sysctl", "traceroute", "tune2fs", "update-grub", "useradd",
  "userdel", "usermod", "visudo",
];

/** programs installed set-user-ID root (4755) or, crontab, set-group-ID crontab (2755), as on Debian 12 */
export const SETID_PROGRAMS: Record<string, { mode: number; group?: "crontab" }> = {
  crontab: { mode: 0o2755, group: "crontab" },
  mount: { mode: 0o4755 },
  passwd: { mode: 0o4755 },
  su: { mode: 0o4755 },
  umount: { mode: 0o4755 },
};

/**
 * The names of USR_BIN and USR_SBIN that are symlinks on Debian 12, and
 * their targets as the packages and update-alternatives made them (the
 * /etc/alternatives links are made with /etc, fs/debian-tree.ts). Each
 * link leads to a placeholder file, so running a link runs the program of
 * the name typed, as a multi-call binary would.
 */
export const USR_BIN_LINKS: Record<string, string> = {
  apropos: "whatis",
  awk: "/etc/alternatives/awk",
  dnsdomainname: "hostname",
  domainname: "hostname",
  editor: "/etc/alternatives/editor",
  mail: "/etc/alternatives/mail",
  mailx: "/etc/alternatives/mailx",
  mysql: "mariadb",
  mysqladmin: "mariadb-admin",
  mysqldump: "mariadb-dump",
  nc: "/etc/alternatives/nc",
  pidof: "/sbin/killall5",
  pkill: "pgrep",
  rbash: "bash",
  sh: "dash",
  traceroute: "/etc/alternatives/traceroute",
  vi: "/etc/alternatives/vi",
  which: "/etc/alternatives/which",
};

export const USR_SBIN_LINKS: Record<string, string> = {
  addgroup: "adduser",
  delgroup: "deluser",
  "fsck.ext4": "e2fsck",
  getty: "agetty",
  halt: "/bin/systemctl",
  ifdown: "ifup",
  ifquery: "ifup",
  init: "/lib/systemd/systemd",
  ip: "/bin/ip",
  "mkfs.ext4": "mke2fs",
  modprobe: "/bin/kmod",
  poweroff: "/bin/systemctl",
  reboot: "/bin/systemctl",
  runlevel: "/bin/systemctl",
  shutdown: "/bin/systemctl",
  traceroute: "/etc/alternatives/traceroute.sbin",
};

/** /etc/alternatives on a Debian 12 lab host: the choices update-alternatives made */
export const ALTERNATIVES: Record<string, string> = {
  awk: "/usr/bin/mawk",
  editor: "/bin/nano",
  mail: "/usr/bin/bsd-mailx",
  mailx: "/usr/bin/bsd-mailx",
  nc: "/bin/nc.openbsd",
  traceroute: "/usr/bin/traceroute.db",
  "traceroute.sbin": "/usr/bin/traceroute.db",
  vi: "/usr/bin/vim.tiny",
  which: "/usr/bin/which.debianutils",
};

/** the two multi-call binaries every iptables name leads to */
export const XTABLES_BINARIES = ["xtables-legacy-multi", "xtables-nft-multi"];

/**
 * iptables 1.8.9's names: links into the two multi-call binaries, and the
 * plain names Debian points at the nf_tables ones through /etc/alternatives
 * (those in USR_SBIN are links, not placeholder files).
 */
export const IPTABLES_LINKS: Record<string, string> = {
  "iptables-nft": "xtables-nft-multi",
  "iptables-nft-save": "xtables-nft-multi",
  "iptables-nft-restore": "xtables-nft-multi",
  "iptables-legacy": "xtables-legacy-multi",
  "iptables-legacy-save": "xtables-legacy-multi",
  "iptables-legacy-restore": "xtables-legacy-multi",
  iptables: "/etc/alternatives/iptables",
  "iptables-save": "/etc/alternatives/iptables-save",
  "iptables-restore": "/etc/alternatives/iptables-restore",
  "ip6tables-nft": "xtables-nft-multi",
  "ip6tables-nft-save": "xtables-nft-multi",
  "ip6tables-nft-restore": "xtables-nft-multi",
  "ip6tables-legacy": "xtables-legacy-multi",
  "ip6tables-legacy-save": "xtables-legacy-multi",
  "ip6tables-legacy-restore": "xtables-legacy-multi",
  ip6tables: "/etc/alternatives/ip6tables",
  "ip6tables-save": "/etc/alternatives/ip6tables-save",
  "ip6tables-restore": "/etc/alternatives/ip6tables-restore",
};
