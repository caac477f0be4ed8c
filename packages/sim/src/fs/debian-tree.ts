/**
 * A fresh Debian 12 (bookworm) root filesystem as `FsState`: merged /usr
 * (/bin, /sbin, /lib are symlinks into usr/), /etc with the files a server
 * install writes (text copied verbatim from Debian's packages, see
 * debian-tree/etc-files.ts), root's home, /var, /dev nodes and the empty mount
 * points /proc and /sys (their content is mounted live by the Vfs).
 *
 * Times: files shipped by a package carry that package's date, files the
 * installer wrote carry the install time (4 weeks before the world starts),
 * all as ms of virtual time (negative: before virtual time 0).
 */
import { type ByteString, EMPTY_BYTES, utf8Encode } from "../bytes.js";
import { type Clock, EPOCH_MS } from "../world/clock.js";
import * as etc from "./debian-tree/etc-files.js";
import { ADDUSER_CONF, DELUSER_CONF, DEFAULT_USERADD, LOGIN_DEFS, SKEL_BASH_LOGOUT, SKEL_BASHRC, SKEL_PROFILE } from "./debian-tree/shadow-files.js";
import { DEFAULT_NETWORKING, INIT_NETWORKING, NETWORKING_SERVICE } from "./debian-tree/ifupdown.js";
import { dpkgStatus } from "./debian-tree/dpkg-status.js";
import { ETC_PROTOCOLS, ETC_SERVICES } from "./debian-tree/netbase.js";
import { ALTERNATIVES, IPTABLES_LINKS, PROGRAM_IMAGE, SETID_PROGRAMS, USR_BIN, USR_BIN_LINKS, USR_SBIN, USR_SBIN_LINKS, XTABLES_BINARIES } from "./debian-tree/programs.js";
import { type DirInode, type FsState, type Inode, newFsState } from "./vfs.js";
import { civilToUnixMs } from "../world/calendar.js";
import { zoneinfoEntries } from "../tzdata/zoneinfo.js";

export { civilToUnixMs };

/** virtual ms of a UTC civil time */
function at(y: number, m: number, d: number, hh = 0, mm = 0): number {
  return civilToUnixMs(y, m, d, hh, mm) - EPOCH_MS;
}

// Package dates as Debian 12.11's packages carry them.
const BASE_FILES = at(2025, 5, 9, 11, 43);
const PROCPS = at(2023, 2, 28, 12, 12);
const BASH = at(2023, 1, 3, 21, 23);
const CRON = at(2023, 3, 2, 7, 1);
/** cron's unit file as the .deb carries it */
const CRON_UNIT_FILE = at(2022, 7, 17, 8, 49);
const SHADOW_PKG = at(2023, 4, 11, 10, 2);
const NETBASE_SERVICES = at(2021, 3, 27, 22, 32);
const IPTABLES_PKG = at(2023, 1, 16, 11, 10);
const NETBASE_PROTOCOLS = at(2022, 10, 17, 22, 19);
const IFUPDOWN = at(2023, 1, 24, 13, 7);
/** when the Debian installer ran: four weeks before virtual time 0 */
export const INSTALLED = -28 * 86_400_000 + 3_912_000;

const GID = { root: 0, shadow: 42, disk: 6, tty: 5, crontab: 101, adm: 4, utmp: 43 } as const;

interface Meta {
  mode?: number;
  uid?: number;
  gid?: number;
  mtime?: number;
}

/** blocks of inodes `TreeBuilder.shared` made, by key and first inode number */
const sharedBlocks = new Map<string, { inodes: Inode[]; outside: { parentPath: string; name: string; ino: number; dir: boolean }[] }>();

/** Writes inodes straight into a new FsState; used only while building. */
class TreeBuilder {
  readonly state: FsState;
  /** directories made so far, by path: every file is added under one, and a boot builds the tree again */
  private readonly dirs = new Map<string, DirInode>();
  /** @param boot ms of virtual time the host booted: device nodes are made then */
  constructor(
    mtime: number,
    private readonly boot: number,
  ) {
    this.state = newFsState(mtime);
    this.dirs.set("/", this.state.inodes[this.state.rootIno] as DirInode);
  }

  /** while `shared` builds a block: the entries it adds to directories made before it, and the directories it makes */
  private outside: { parent: DirInode; name: string; ino: number; dir: boolean }[] | undefined;
  private readonly blockDirs = new Set<DirInode>();

  /** `path` is absolute and canonical ("/etc/cron.d"); a builder adds nothing through a symlink */
  private add(path: string, node: Inode): void {
    const cut = path.lastIndexOf("/");
    const parentPath = cut === 0 ? "/" : path.slice(0, cut);
    const name = path.slice(cut + 1);
    const parent = this.dirs.get(parentPath);
    if (!path.startsWith("/") || name === "" || !parent) throw new Error(`debian-tree: no directory for ${path}`);
    if (Object.hasOwn(parent.entries, name)) throw new Error(`debian-tree: ${path} twice`);
    const ino = this.state.nextIno++;
    this.state.inodes[ino] = node;
    parent.entries[name] = ino;
    if (node.type === "dir") {
      parent.nlink++;
      this.dirs.set(path, node);
    }
    if (this.outside) {
      if (!this.blockDirs.has(parent)) this.outside.push({ parent, name, ino, dir: node.type === "dir" });
      if (node.type === "dir") this.blockDirs.add(node);
    }
  }

  /**
   * What `build` adds, made once for each `key` and first inode number and
   * then shared by every tree built from there: its inodes are frozen (copy
   * on write, fs/vfs.ts), so a host pays a table entry each, not a new
   * object. For big read-only package trees (tzdata's 2,000 entries) that
   * would otherwise double what starting a lab allocates. Nothing may be
   * added under the block's directories afterwards (they are frozen).
   */
  shared(key: string, build: (t: this) => void): this {
    const start = this.state.nextIno;
    const cacheKey = `${key}@${start}`;
    let block = sharedBlocks.get(cacheKey);
    if (!block) {
      this.outside = [];
      build(this);
      const inodes: Inode[] = [];
      for (let ino = start; ino < this.state.nextIno; ino++) {
        const i = this.state.inodes[ino];
        if (i.type === "dir") {
          Object.freeze(i.entries);
          Object.freeze(i);
        } else Object.freeze(i);
        inodes.push(i);
      }
      // the entries it added to directories from before the block, by path (the directory objects are this tree's)
      const pathOf = new Map([...this.dirs].map(([p, d]) => [d, p]));
      block = { inodes, outside: this.outside.map((o) => ({ parentPath: pathOf.get(o.parent)!, name: o.name, ino: o.ino, dir: o.dir })) };
      this.outside = undefined;
      this.blockDirs.clear();
      sharedBlocks.set(cacheKey, block);
      return this;
    }
    for (let k = 0; k < block.inodes.length; k++) this.state.inodes[start + k] = block.inodes[k];
    this.state.nextIno = start + block.inodes.length;
    for (const o of block.outside) {
      const parent = this.dirs.get(o.parentPath)!;
      parent.entries[o.name] = o.ino;
      if (o.dir) parent.nlink++;
    }
    return this;
  }

  dir(path: string, m: Meta = {}): this {
    this.add(path, { type: "dir", mode: m.mode ?? 0o755, uid: m.uid ?? 0, gid: m.gid ?? 0, mtime: m.mtime ?? INSTALLED, nlink: 2, entries: {} });
    return this;
  }

  file(path: string, text: string, m: Meta = {}): this {
    const data: ByteString = encoded(text);
    this.add(path, { type: "file", mode: m.mode ?? 0o644, uid: m.uid ?? 0, gid: m.gid ?? 0, mtime: m.mtime ?? INSTALLED, nlink: 1, data });
    return this;
  }

  /** a package's file whose bytes are a shared image (fs/file-image.ts) */
  image(path: string, image: string, m: Meta = {}): this {
    this.add(path, { type: "file", mode: m.mode ?? 0o644, uid: 0, gid: 0, mtime: m.mtime ?? INSTALLED, nlink: 1, data: EMPTY_BYTES, image });
    return this;
  }

  /** make `path`'s missing parent directories (mode 0755, installed then) */
  parents(path: string): this {
    const parent = path.slice(0, path.lastIndexOf("/"));
    if (parent !== "" && !this.dirs.has(parent)) this.parents(parent).dir(parent);
    return this;
  }

  symlink(path: string, target: string, mtime: number = INSTALLED): this {
    this.add(path, { type: "symlink", mode: 0o777, uid: 0, gid: 0, mtime, nlink: 1, target });
    return this;
  }

  dev(path: string, type: "chardev" | "blockdev", major: number, minor: number, m: Meta = {}): this {
    this.add(path, { type, major, minor, mode: m.mode ?? 0o660, uid: m.uid ?? 0, gid: m.gid ?? 0, mtime: m.mtime ?? this.boot, nlink: 1 });
    return this;
  }
}

/** the tree's long texts (/etc/services, man pages' worth of config) as bytes, encoded once rather than at each boot */
const encodedTexts = new Map<string, ByteString>();
function encoded(text: string): ByteString {
  if (text.length < 256) return utf8Encode(text);
  let bytes = encodedTexts.get(text);
  if (bytes === undefined) {
    bytes = utf8Encode(text);
    if (encodedTexts.size < 256) encodedTexts.set(text, bytes);
  }
  return bytes;
}

/** base-passwd's users plus what a Debian 12 server install adds. */
const PASSWD =
  "root:x:0:0:root:/root:/bin/bash\n" +
  "daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin\n" +
  "bin:x:2:2:bin:/bin:/usr/sbin/nologin\n" +
  "sys:x:3:3:sys:/dev:/usr/sbin/nologin\n" +
  "sync:x:4:65534:sync:/bin:/bin/sync\n" +
  "games:x:5:60:games:/usr/games:/usr/sbin/nologin\n" +
  "man:x:6:12:man:/var/cache/man:/usr/sbin/nologin\n" +
  "lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin\n" +
  "mail:x:8:8:mail:/var/mail:/usr/sbin/nologin\n" +
  "news:x:9:9:news:/var/spool/news:/usr/sbin/nologin\n" +
  "uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin\n" +
  "proxy:x:13:13:proxy:/bin:/usr/sbin/nologin\n" +
  "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n" +
  "backup:x:34:34:backup:/var/backups:/usr/sbin/nologin\n" +
  "list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin\n" +
  "irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin\n" +
  "_apt:x:42:65534::/nonexistent:/usr/sbin/nologin\n" +
  "nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n" +
  "systemd-network:x:998:998:systemd Network Management:/:/usr/sbin/nologin\n" +
  "systemd-timesync:x:997:997:systemd Time Synchronization:/:/usr/sbin/nologin\n" +
  "messagebus:x:100:107::/nonexistent:/usr/sbin/nologin\n" +
  "sshd:x:101:65534::/run/sshd:/usr/sbin/nologin\n";

const GROUP_NAMES: [string, number, string?][] = [
  ["root", 0], ["daemon", 1], ["bin", 2], ["sys", 3], ["adm", 4], ["tty", 5], ["disk", 6], ["lp", 7],
  ["mail", 8], ["news", 9], ["uucp", 10], ["man", 12], ["proxy", 13], ["kmem", 15], ["dialout", 20],
  ["fax", 21], ["voice", 22], ["cdrom", 24], ["floppy", 25], ["tape", 26], ["sudo", 27], ["audio", 29],
  ["dip", 30], ["www-data", 33], ["backup", 34], ["operator", 37], ["list", 38], ["irc", 39], ["src", 40],
  ["shadow", 42], ["utmp", 43], ["video", 44], ["sasl", 45], ["plugdev", 46], ["staff", 50], ["games", 60],
  ["users", 100], ["nogroup", 65534], ["systemd-journal", 999], ["systemd-network", 998],
  ["systemd-timesync", 997], ["crontab", 101], ["input", 102], ["sgx", 103], ["kvm", 104], ["render", 105],
  ["netdev", 106], ["messagebus", 107], ["_ssh", 108],
];
const GROUP = GROUP_NAMES.map(([n, g, m]) => `${n}:x:${g}:${m ?? ""}\n`).join("");
const GSHADOW = GROUP_NAMES.map(([n]) => `${n}:*::\n`).join("");

/** Days since 1970 of the install, as shadow's "last change" field counts them. */
const SHADOW_DAY = Math.floor((EPOCH_MS + INSTALLED) / 86_400_000);
const SHADOW = PASSWD.split("\n")
  .filter((l) => l !== "")
  .map((l) => {
    const name = l.split(":")[0];
    // no password hashes: "*" (login by password disabled) for every account
    return `${name}:*:${SHADOW_DAY}:0:99999:7:::\n`;
  })
  .join("");

function hostsFile(hostname: string): string {
  return (
    "127.0.0.1\tlocalhost\n" +
    `127.0.1.1\t${hostname}\n` +
    "\n" +
    "# The following lines are desirable for IPv6 capable hosts\n" +
    "::1     localhost ip6-localhost ip6-loopback\n" +
    "ff02::1 ip6-allnodes\n" +
    "ff02::2 ip6-allrouters\n"
  );
}

/** What debian-installer writes (the lab builder replaces it with the lab's own). */
const NETWORK_INTERFACES =
  "# This file describes the network interfaces available on your system\n" +
  "# and how to activate them. For more information, see interfaces(5).\n" +
  "\n" +
  "source /etc/network/interfaces.d/*\n" +
  "\n" +
  "# The loopback network interface\n" +
  "auto lo\n" +
  "iface lo inet loopback\n";

const FSTAB =
  "# /etc/fstab: static file system information.\n" +
  "#\n" +
  "# Use 'blkid' to print the universally unique identifier for a\n" +
  "# device; this may be used with UUID= as a more robust way to name devices\n" +
  "# that works even if disks are added and removed. See fstab(5).\n" +
  "#\n" +
  "# systemd generates mount units based on this file, see systemd.mount(5).\n" +
  "# Please run 'systemctl daemon-reload' after making changes here.\n" +
  "#\n" +
  "# <file system> <mount point>   <type>  <options>       <dump>  <pass>\n" +
  "# / was on /dev/sda1 during installation\n" +
  "UUID=3f1d2c9a-6b7e-4c1f-9a51-2e8d0b7c4a10 /               ext4    errors=remount-ro 0       1\n";

/** apt's sources as Debian 12's images ship them (deb822) */
const DEBIAN_SOURCES =
  "Types: deb\n# http://snapshot.debian.org/archive/debian/20250520T000000Z\nURIs: http://deb.debian.org/debian\n" +
  "Suites: bookworm bookworm-updates\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n\n" +
  "Types: deb\n# http://snapshot.debian.org/archive/debian-security/20250520T000000Z\nURIs: http://deb.debian.org/debian-security\n" +
  "Suites: bookworm-security\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n";

/** cron 3.0pl1-162's /lib/systemd/system/cron.service */
const CRON_SERVICE =
  "[Unit]\nDescription=Regular background program processing daemon\nDocumentation=man:cron(8)\n" +
  "After=remote-fs.target nss-user-lookup.target\n\n[Service]\nEnvironmentFile=-/etc/default/cron\n" +
  "ExecStart=/usr/sbin/cron -f $EXTRA_OPTS\nIgnoreSIGPIPE=false\nKillMode=process\nRestart=on-failure\n\n" +
  "[Install]\nWantedBy=multi-user.target\n";

const RESOLV_CONF = "nameserver 10.0.2.3\n";

/** where ifupdown's unit lives (/lib/systemd/system is usr/lib/systemd/system: /lib is a symlink) and its WantedBy= links */
export const NETWORKING_UNIT = "/lib/systemd/system/networking.service";
export const NETWORKING_WANTS = [
  "/etc/systemd/system/multi-user.target.wants/networking.service",
  "/etc/systemd/system/network-online.target.wants/networking.service",
];

/** @param opts.ifupdown false: leave out ifupdown's networking.service and its files (a host of the "redhat" flavour) */
export function newDebianFs(opts: { hostname: string; clock: Clock; ifupdown?: boolean }): FsState {
  /** files made at boot (/dev, /tmp, logs): the world's start */
  const boot = opts.clock.now;
  const t = new TreeBuilder(INSTALLED, boot);
  const pkg = (mtime: number, mode = 0o644) => ({ mtime, mode });

  // merged /usr
  t.dir("/usr").dir("/usr/bin").dir("/usr/sbin").dir("/usr/lib").dir("/usr/lib64").dir("/usr/local")
    .dir("/usr/local/bin").dir("/usr/local/sbin").dir("/usr/local/lib").dir("/usr/local/share")
    .dir("/usr/share").dir("/usr/share/doc").dir("/usr/share/man").dir("/usr/share/zoneinfo")
    .dir("/usr/share/base-files").dir("/usr/games").dir("/usr/include").dir("/usr/src");
  t.symlink("/bin", "usr/bin").symlink("/sbin", "usr/sbin").symlink("/lib", "usr/lib").symlink("/lib64", "usr/lib64");
  const elf = PROGRAM_IMAGE; // a placeholder: the shell runs programs from its registry
  for (const p of USR_BIN) {
    if (Object.hasOwn(USR_BIN_LINKS, p)) t.symlink(`/usr/bin/${p}`, USR_BIN_LINKS[p]);
    else if (Object.hasOwn(SETID_PROGRAMS, p)) {
      const { mode, group } = SETID_PROGRAMS[p];
      t.file(`/usr/bin/${p}`, elf, { ...pkg(BASE_FILES, mode), gid: group ? GID[group] : GID.root });
    } else t.file(`/usr/bin/${p}`, elf, pkg(BASE_FILES, 0o755));
  }
  for (const p of [...USR_SBIN, ...XTABLES_BINARIES]) {
    if (Object.hasOwn(USR_SBIN_LINKS, p)) t.symlink(`/usr/sbin/${p}`, USR_SBIN_LINKS[p]);
    else if (!(p in IPTABLES_LINKS)) t.file(`/usr/sbin/${p}`, elf, pkg(BASE_FILES, 0o755));
  }
  for (const [name, target] of Object.entries(IPTABLES_LINKS)) t.symlink(`/usr/sbin/${name}`, target, IPTABLES_PKG);
  // tzdata: the zone files glibc reads (/etc/localtime points at one)
  t.shared("tzdata", () => {
    for (const e of zoneinfoEntries()) {
      t.parents(e.path);
      if (e.type === "symlink") t.symlink(e.path, e.target, e.mtime);
      else t.image(e.path, e.image, { mtime: e.mtime });
    }
  });
  t.file("/usr/lib/os-release", etc.OS_RELEASE, pkg(BASE_FILES));
  t.file("/usr/share/base-files/motd", etc.MOTD, pkg(BASE_FILES));
  t.file("/usr/share/base-files/dot.bashrc", etc.ROOT_BASHRC, pkg(BASE_FILES));
  t.file("/usr/share/base-files/dot.profile", etc.ROOT_PROFILE, pkg(BASE_FILES));
  for (const doc of ["base-files", "bash", "coreutils", "cron", "grep", "iproute2", "iptables", "net-tools", "procps"])
    t.dir(`/usr/share/doc/${doc}`);

  // /etc
  t.dir("/etc");
  t.file("/etc/hostname", `${opts.hostname}\n`);
  t.file("/etc/hosts", hostsFile(opts.hostname));
  // netbase: the networks database route(8) and netstat -r name networks from
  t.file("/etc/networks", "default\t\t0.0.0.0\nloopback\t127.0.0.0\nlink-local\t169.254.0.0\n\n");
  t.file("/etc/services", ETC_SERVICES, pkg(NETBASE_SERVICES));
  t.file("/etc/protocols", ETC_PROTOCOLS, pkg(NETBASE_PROTOCOLS));
  t.file("/etc/passwd", PASSWD, pkg(INSTALLED));
  t.file("/etc/passwd-", PASSWD, pkg(INSTALLED));
  t.file("/etc/group", GROUP);
  t.file("/etc/group-", GROUP);
  t.file("/etc/shadow", SHADOW, { mode: 0o640, gid: GID.shadow });
  t.file("/etc/gshadow", GSHADOW, { mode: 0o640, gid: GID.shadow });
  t.symlink("/etc/os-release", "../usr/lib/os-release", BASE_FILES);
  t.file("/etc/debian_version", "12.11\n", pkg(BASE_FILES));
  t.file("/etc/issue", etc.ISSUE, pkg(BASE_FILES));
  t.file("/etc/issue.net", etc.ISSUE_NET, pkg(BASE_FILES));
  t.file("/etc/motd", etc.MOTD, pkg(BASE_FILES));
  t.file("/etc/profile", etc.ETC_PROFILE, pkg(BASE_FILES));
  t.dir("/etc/profile.d");
  t.file("/etc/bash.bashrc", etc.BASH_BASHRC, pkg(BASH));
  t.file("/etc/shells", etc.SHELLS);
  t.file("/etc/nsswitch.conf", etc.NSSWITCH);
  t.file("/etc/fstab", FSTAB);
  t.file("/etc/resolv.conf", RESOLV_CONF);
  t.file("/etc/timezone", "Etc/UTC\n");
  t.symlink("/etc/localtime", "/usr/share/zoneinfo/Etc/UTC");
  t.file("/etc/machine-id", "b3f9e2c47d1a4e0f8a6c5d2e91f0a7b3\n", { mode: 0o444 });
  t.dir("/etc/network").dir("/etc/network/interfaces.d").dir("/etc/network/if-up.d").dir("/etc/network/if-down.d");
  t.file("/etc/network/interfaces", NETWORK_INTERFACES);
  t.dir("/usr/lib/systemd").dir("/usr/lib/systemd/system");
  t.file("/usr/lib/systemd/systemd", elf, pkg(BASE_FILES, 0o755)); // what /sbin/init leads to
  t.file("/usr/lib/systemd/system/cron.service", CRON_SERVICE, pkg(CRON_UNIT_FILE));
  if (opts.ifupdown !== false) {
    // ifupdown's unit, enabled as the installer leaves it (deb-systemd-helper made the WantedBy= links)
    t.file(`/usr${NETWORKING_UNIT}`, NETWORKING_SERVICE, pkg(IFUPDOWN));
    t.dir("/etc/init.d");
    t.file("/etc/init.d/networking", INIT_NETWORKING, pkg(IFUPDOWN, 0o755));
  }
  t.file("/etc/sysctl.conf", etc.SYSCTL_CONF, pkg(PROCPS));
  t.dir("/etc/sysctl.d", { mtime: PROCPS });
  t.file("/etc/sysctl.d/README.sysctl", etc.SYSCTL_D_README, pkg(PROCPS));
  t.symlink("/etc/sysctl.d/99-sysctl.conf", "../sysctl.conf", PROCPS);
  // what `sysctl --system` and systemd-sysctl find besides /etc: systemd's and procps's defaults
  t.dir("/usr/lib/sysctl.d");
  t.file("/usr/lib/sysctl.d/50-pid-max.conf", etc.SYSCTL_PID_MAX);
  t.file("/usr/lib/sysctl.d/99-protect-links.conf", etc.SYSCTL_PROTECT_LINKS, pkg(PROCPS));
  t.file("/etc/crontab", etc.CRONTAB, pkg(CRON));
  for (const d of ["cron.d", "cron.daily", "cron.hourly", "cron.monthly", "cron.weekly", "cron.yearly"]) {
    t.dir(`/etc/${d}`, { mtime: CRON });
    t.file(`/etc/${d}/.placeholder`, etc.CRON_PLACEHOLDER, pkg(CRON));
  }
  t.dir("/etc/default");
  t.file("/etc/default/cron", etc.DEFAULT_CRON, pkg(CRON));
  t.file("/etc/default/locale", "#  File generated by update-locale\nLANG=C.UTF-8\n");
  if (opts.ifupdown !== false) t.file("/etc/default/networking", DEFAULT_NETWORKING, pkg(IFUPDOWN));
  t.dir("/etc/alternatives");
  for (const [name, target] of Object.entries(ALTERNATIVES)) t.symlink(`/etc/alternatives/${name}`, target);
  for (const family of ["iptables", "ip6tables"])
    for (const tool of [family, `${family}-restore`, `${family}-save`]) t.symlink(`/etc/alternatives/${tool}`, `/usr/sbin/${tool.replace(family, `${family}-nft`)}`);
  t.dir("/etc/skel");
  t.file("/etc/skel/.bash_logout", SKEL_BASH_LOGOUT, pkg(BASH));
  t.file("/etc/skel/.bashrc", SKEL_BASHRC, pkg(BASH));
  t.file("/etc/skel/.profile", SKEL_PROFILE, pkg(BASH));
  t.dir("/etc/ssh").dir("/etc/systemd").dir("/etc/apt").dir("/etc/apt/sources.list.d");
  t.file("/etc/apt/sources.list.d/debian.sources", DEBIAN_SOURCES);
  // cron.service enabled as the package leaves it
  t.dir("/etc/systemd/system").dir("/etc/systemd/system/multi-user.target.wants");
  t.symlink("/etc/systemd/system/multi-user.target.wants/cron.service", "/lib/systemd/system/cron.service");
  if (opts.ifupdown !== false) {
    t.dir("/etc/systemd/system/network-online.target.wants");
    for (const link of NETWORKING_WANTS) t.symlink(link, NETWORKING_UNIT);
  }
  t.file("/etc/login.defs", LOGIN_DEFS, pkg(SHADOW_PKG));
  t.file("/etc/default/useradd", DEFAULT_USERADD, pkg(SHADOW_PKG));
  t.file("/etc/adduser.conf", ADDUSER_CONF, pkg(SHADOW_PKG));
  t.file("/etc/deluser.conf", DELUSER_CONF, pkg(SHADOW_PKG));
  // made empty by passwd's postinst; useradd gives each new user 65536 subordinate ids
  t.file("/etc/subuid", "", pkg(INSTALLED));
  t.file("/etc/subgid", "", pkg(INSTALLED));

  // homes
  t.dir("/root", { mode: 0o700 });
  t.file("/root/.bashrc", etc.ROOT_BASHRC, pkg(BASE_FILES));
  t.file("/root/.profile", etc.ROOT_PROFILE, pkg(BASE_FILES));
  t.dir("/home");

  // /var
  t.dir("/var").dir("/var/backups").dir("/var/cache").dir("/var/lib").dir("/var/lib/dpkg").dir("/var/lib/misc")
    .dir("/var/lib/apt").dir("/var/lib/apt/lists")
    .dir("/var/local", { mode: 0o2775, gid: 50 });
  t.file("/var/lib/dpkg/status", dpkgStatus(), pkg(INSTALLED));
  t.dir("/var/log");
  t.file("/var/log/syslog", "", { mode: 0o640, gid: GID.adm, mtime: boot });
  t.file("/var/log/kern.log", "", { mode: 0o640, gid: GID.adm, mtime: boot });
  t.file("/var/log/auth.log", "", { mode: 0o640, gid: GID.adm, mtime: boot });
  t.file("/var/log/dpkg.log", "");
  t.file("/var/log/lastlog", "", { mode: 0o664, gid: GID.utmp });
  t.file("/var/log/wtmp", "", { mode: 0o664, gid: GID.utmp });
  t.dir("/var/log/apt");
  t.dir("/var/mail", { mode: 0o2775, gid: 8 }).dir("/var/opt").dir("/var/spool").dir("/var/spool/cron")
    .dir("/var/spool/cron/crontabs", { mode: 0o1730, gid: GID.crontab, mtime: CRON });
  t.dir("/var/tmp", { mode: 0o1777 }).dir("/var/www");
  t.symlink("/var/run", "/run").symlink("/var/lock", "/run/lock");

  // mount points and top-level directories
  t.dir("/boot").dir("/dev", { mtime: boot }).dir("/media").dir("/mnt").dir("/opt")
    .dir("/proc", { mode: 0o555, mtime: boot }).dir("/run", { mtime: boot }).dir("/run/lock", { mode: 0o1777, mtime: boot })
    .dir("/srv").dir("/sys", { mode: 0o555, mtime: boot }).dir("/tmp", { mode: 0o1777, mtime: boot });
  t.dir("/lost+found", { mode: 0o700 });
  t.symlink("/vmlinuz", "boot/vmlinuz-6.1.0-28-amd64").symlink("/initrd.img", "boot/initrd.img-6.1.0-28-amd64");

  // /dev: devtmpfs on Linux; here stored nodes, created at boot (virtual time 0)
  t.dev("/dev/null", "chardev", 1, 3, { mode: 0o666 });
  t.dev("/dev/zero", "chardev", 1, 5, { mode: 0o666 });
  t.dev("/dev/full", "chardev", 1, 7, { mode: 0o666 });
  t.dev("/dev/random", "chardev", 1, 8, { mode: 0o666 });
  t.dev("/dev/urandom", "chardev", 1, 9, { mode: 0o666 });
  t.dev("/dev/tty", "chardev", 5, 0, { mode: 0o666, gid: GID.tty });
  t.dev("/dev/console", "chardev", 5, 1, { mode: 0o600 });
  t.dev("/dev/sda", "blockdev", 8, 0, { gid: GID.disk });
  t.dev("/dev/sda1", "blockdev", 8, 1, { gid: GID.disk });
  t.dir("/dev/pts", { mtime: boot }).dir("/dev/shm", { mode: 0o1777, mtime: boot });
  t.symlink("/dev/fd", "/proc/self/fd", boot).symlink("/dev/stdin", "/proc/self/fd/0", boot)
    .symlink("/dev/stdout", "/proc/self/fd/1", boot).symlink("/dev/stderr", "/proc/self/fd/2", boot);

  return t.state;
}
