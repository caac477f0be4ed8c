/**
 * The one list of programs the simulation knows, and where each one's code
 * lives. The list is a synchronous table (program -> group), so completion,
 * `type`, `which`, `man -k` and PATH lookups know every name at once; a
 * group's code (its folder's index) is imported the first time one of its
 * programs is needed, so a browser downloads the editors or the SQL engine
 * only for a learner who uses them.
 *
 * A program whose group is not loaded yet is found as a stand-in: asking it
 * to run (or for its man text, summary or completions) throws
 * `CommandsPending`, which undoes the command line (process/suspend.ts); the
 * lab answers "loading", awaits `loadCommandGroups`, and runs the line again
 * from its start, so the learner sees the same bytes as if the code had been
 * there all along. In Node everything is loaded up front: the package's index
 * imports commands/all.ts, which registers every group synchronously.
 *
 * Adding a program: write its module in the right group, add it to that
 * group's index, and add one line to PROGRAMS below (registry.test.ts checks
 * the table against the groups' modules). A new group: one line in GROUPS and
 * one in all.ts.
 */
import { LineSuspended } from "../process/suspend.js";
import type { Command } from "./types.js";

/** Each group's module, imported on first use: one line per group. */
const GROUPS = {
  accounts: () => import("./accounts/index.js").then((m) => m.accountCommands),
  apt: () => import("./apt/index.js").then((m) => m.aptCommands),
  archive: () => import("./archive/index.js").then((m) => m.archiveCommands),
  awk: () => import("./awk/index.js").then((m) => m.awkCommands),
  conntrack: () => import("./netfilter/conntrack-index.js").then((m) => m.conntrackCommands),
  cron: () => import("./cron/index.js").then((m) => m.cronCommands),
  disk: () => import("./disk/index.js").then((m) => m.diskCommands),
  editors: () => import("./editors/index.js").then((m) => m.editorCommands),
  files: () => import("./files/index.js").then((m) => m.fileCommands),
  mail: () => import("./mail/index.js").then((m) => m.mailCommands),
  mysql: () => import("./mysql/index.js").then((m) => m.mysqlCommands),
  net: () => import("./net/index.js").then((m) => m.netCommands),
  netfilter: () => import("./netfilter/index.js").then((m) => m.netfilterCommands),
  ssh: () => import("./ssh/index.js").then((m) => m.sshCommands),
  system: () => import("./system/index.js").then((m) => m.systemCommands),
  systemd: () => import("./systemd/index.js").then((m) => m.systemdCommands),
} satisfies Record<string, () => Promise<Command[]>>;

export type CommandGroup = keyof typeof GROUPS;

/** Every program and its group: one line per program, sorted. */
const PROGRAMS: Record<string, CommandGroup> = {
  addgroup: "accounts",
  adduser: "accounts",
  apropos: "files",
  apt: "apt",
  "apt-get": "apt",
  arp: "net",
  awk: "awk",
  b2sum: "archive",
  base64: "files",
  basename: "files",
  blkid: "disk",
  cat: "files",
  chgrp: "files",
  chmod: "files",
  chown: "files",
  chpasswd: "accounts",
  chroot: "disk",
  cmp: "files",
  column: "files",
  comm: "files",
  conntrack: "conntrack",
  cp: "files",
  crontab: "cron",
  curl: "net",
  cut: "files",
  date: "system",
  dd: "disk",
  delgroup: "accounts",
  deluser: "accounts",
  df: "disk",
  diff: "files",
  dirname: "files",
  dmesg: "system",
  dpkg: "apt",
  "dpkg-query": "apt",
  du: "files",
  editor: "editors",
  egrep: "files",
  env: "system",
  expand: "files",
  expr: "files",
  fdisk: "disk",
  fgrep: "files",
  file: "disk",
  find: "files",
  fold: "files",
  free: "system",
  getent: "system",
  gpasswd: "accounts",
  grep: "files",
  groupadd: "accounts",
  groupdel: "accounts",
  "grub-install": "disk",
  gunzip: "archive",
  gzip: "archive",
  head: "files",
  hexdump: "disk",
  hostname: "net",
  hostnamectl: "systemd",
  hping3: "net",
  id: "system",
  ifconfig: "net",
  ifdown: "net",
  ifup: "net",
  install: "files",
  ip: "net",
  "ip6tables-restore": "netfilter",
  "ip6tables-save": "netfilter",
  iptables: "netfilter",
  "iptables-legacy": "netfilter",
  "iptables-legacy-restore": "netfilter",
  "iptables-legacy-save": "netfilter",
  "iptables-nft": "netfilter",
  "iptables-nft-restore": "netfilter",
  "iptables-nft-save": "netfilter",
  "iptables-restore": "netfilter",
  "iptables-save": "netfilter",
  join: "files",
  kill: "system",
  less: "files",
  ln: "files",
  ls: "files",
  lsblk: "disk",
  mail: "mail",
  mailx: "mail",
  man: "files",
  mariadb: "mysql",
  "mariadb-admin": "mysql",
  "mariadb-dump": "mysql",
  mawk: "awk",
  md5sum: "archive",
  mkdir: "files",
  mktemp: "files",
  more: "files",
  mount: "disk",
  mv: "files",
  mysql: "mysql",
  mysqladmin: "mysql",
  mysqldump: "mysql",
  nano: "editors",
  nc: "net",
  netstat: "net",
  nl: "files",
  nproc: "system",
  od: "disk",
  passwd: "accounts",
  paste: "files",
  pgrep: "system",
  pidof: "system",
  ping: "net",
  printenv: "system",
  ps: "system",
  readlink: "files",
  realpath: "files",
  reboot: "system",
  rev: "files",
  rm: "files",
  rmdir: "files",
  route: "net",
  "run-parts": "cron",
  scp: "ssh",
  sed: "files",
  "sensible-editor": "editors",
  seq: "files",
  service: "systemd",
  sfdisk: "disk",
  sha1sum: "archive",
  sha256sum: "archive",
  sha512sum: "archive",
  sleep: "system",
  sort: "files",
  split: "files",
  ss: "net",
  stat: "files",
  su: "accounts",
  sysctl: "system",
  systemctl: "systemd",
  sz: "archive",
  tac: "files",
  tail: "files",
  tar: "archive",
  tcpdump: "net",
  tee: "files",
  timedatectl: "systemd",
  timeout: "system",
  touch: "files",
  tr: "files",
  tracepath: "net",
  traceroute: "net",
  truncate: "files",
  tty: "system",
  umount: "disk",
  uname: "system",
  unexpand: "files",
  uniq: "files",
  "update-grub": "disk",
  uptime: "system",
  useradd: "accounts",
  userdel: "accounts",
  usermod: "accounts",
  vi: "editors",
  "vim.tiny": "editors",
  wc: "files",
  wget: "net",
  whatis: "files",
  which: "system",
  whoami: "system",
  xargs: "files",
  xxd: "disk",
  zcat: "archive",
};

/**
 * The programs of groups not loaded yet are wanted: the command line is
 * undone, and runs again once `loadCommandGroups(groups)` has resolved.
 */
export class CommandsPending extends LineSuspended {
  constructor(readonly groups: CommandGroup[]) {
    super(`programs not loaded yet: ${groups.join(", ")}`);
  }
}

const commands = new Map<string, Command>();
const loadedGroups = new Set<CommandGroup>();
const loading = new Map<CommandGroup, Promise<void>>();
const standIns = new Map<string, Command>();

/** every group, in table order */
export function commandGroups(): CommandGroup[] {
  return Object.keys(GROUPS) as CommandGroup[];
}

/** the group a program's code is in; undefined for a name the simulation does not know */
export function commandGroupOf(name: string): CommandGroup | undefined {
  return Object.hasOwn(PROGRAMS, name) ? PROGRAMS[name] : undefined;
}

/** Make a group's programs runnable (its module, loaded). Its programs must be exactly those PROGRAMS lists for it. */
export function registerCommandGroup(group: CommandGroup, list: readonly Command[]): void {
  if (loadedGroups.has(group)) return;
  const expected = Object.keys(PROGRAMS).filter((n) => PROGRAMS[n] === group);
  for (const c of list) {
    if (PROGRAMS[c.name] !== group) throw new Error(`command ${c.name} is in group ${group}'s module but not in its PROGRAMS lines`);
    if (commands.has(c.name)) throw new Error(`command ${c.name} registered twice`);
  }
  for (const n of expected) if (!list.some((c) => c.name === n)) throw new Error(`PROGRAMS lists ${n} in group ${group}, whose module lacks it`);
  for (const c of list) commands.set(c.name, c);
  loadedGroups.add(group);
}

/** Whether every one of `groups` (all by default) is loaded, so that their programs run without waiting. */
export function commandGroupsLoaded(groups: readonly CommandGroup[] = commandGroups()): boolean {
  return groups.every((g) => loadedGroups.has(g));
}

/** Load `groups` (all by default); resolves once their programs can run. Each module is imported once. */
export function loadCommandGroups(groups: readonly CommandGroup[] = commandGroups()): Promise<void> {
  return Promise.all(
    groups.map((g) => {
      if (loadedGroups.has(g)) return undefined;
      let p = loading.get(g);
      if (!p) {
        p = GROUPS[g]().then(
          (list) => registerCommandGroup(g, list),
          (e: unknown) => {
            loading.delete(g); // a failed download may be tried again
            throw e;
          },
        );
        loading.set(g, p);
      }
      return p;
    }),
  ).then(() => undefined);
}

/** Throw `CommandsPending` unless every one of `groups` (all by default) is loaded (`man -k` reads every summary). */
export function requireCommandGroups(groups: readonly CommandGroup[] = commandGroups()): void {
  const missing = groups.filter((g) => !loadedGroups.has(g));
  if (missing.length) throw new CommandsPending(missing);
}

/**
 * The program called `name`: its command once its group is loaded, a
 * stand-in before (see the header), undefined for a name the simulation
 * does not know.
 */
export function findCommand(name: string): Command | undefined {
  const found = commands.get(name);
  if (found) return found;
  const group = commandGroupOf(name);
  if (!group) return undefined;
  let standIn = standIns.get(name);
  if (!standIn) {
    const pending = (): never => {
      // loaded meanwhile: the stand-in was kept by a caller from before
      if (loadedGroups.has(group)) throw new Error(`stand-in for ${name} used after its group ${group} was loaded`);
      throw new CommandsPending([group]);
    };
    standIn = {
      name,
      get summary() {
        return pending();
      },
      get man() {
        return pending();
      },
      run: pending,
      complete: pending,
    };
    standIns.set(name, standIn);
  }
  return standIn;
}

/** every program name, sorted */
export function commandNames(): string[] {
  return Object.keys(PROGRAMS).sort();
}
