/**
 * The in-memory filesystem: an inode table kept as plain JSON in the host's
 * snapshot (`FsState`), with live views of the kernel mounted at /proc and
 * /sys (never stored). `createVfs` returns the `Vfs` contract of types.ts
 * with Linux's errno semantics:
 *
 *   - path walking follows symlinks in every component but the last unless
 *     asked (stat vs lstat), at most 40 of them per walk (then ELOOP), and
 *     resolves `..` against where symlinks really led;
 *   - a non-directory in the middle of a path is ENOTDIR, a missing one ENOENT;
 *   - creating over an existing name is EEXIST, removing a non-empty
 *     directory ENOTEMPTY, renaming a directory into itself EINVAL, across a
 *     mount EXDEV.
 *
 * Copy on write: `shareInodes` freezes a table's inodes and marks the table
 * shared, so that copies of the world (a fork, a checkpoint, a snapshot)
 * share them instead of copying them (world/clone.ts). Every change goes
 * through `writable()` and `setInode()`/`removeInode()`, which first replace
 * a shared inode or table by a copy of their own; an inode changed around
 * them would throw (modules are strict), never reach the other copies.
 *
 * Walks are remembered (`walk`, a dentry cache) until any directory entry
 * anywhere changes or the mount table does; walks through /proc and /sys
 * never are.
 *
 * Invariants: every directory's `nlink` is 2 + its number of subdirectories;
 * a file's `nlink` is 1 (there is no link(2)); an inode is in `inodes` exactly
 * while some directory entry names it (the root excepted). Directory entries
 * are read with hasOwn, and `__proto__` is written with defineProperty, so
 * that a file named `__proto__` (or `constructor`) is just a name.
 */
import { type ByteString, EMPTY_BYTES, utf8Encode } from "../bytes.js";
import { type Errno, type Result, fail, ok } from "../kernel/errno.js";
import type { Kernel } from "../kernel/kernel.js";
import type { Clock } from "../world/clock.js";
import { pathParts } from "./path.js";
import { procRoot } from "./procfs.js";
import { isShared, markShared } from "../world/clone.js";
import { type PseudoDir, type PseudoNode, pseudoIno } from "./pseudo.js";
import { sysRoot } from "./sysfs.js";
import { imageBytes, imageSize } from "./file-image.js";
import type { FileType, Stat, Vfs, WriteOptions } from "./types.js";

interface InodeCommon {
  /** permission bits and set-id/sticky bits, e.g. 0o1777 */
  mode: number;
  uid: number;
  gid: number;
  /** ms of virtual time (Clock.now; negative = before the world was made) */
  mtime: number;
  nlink: number;
}

export interface FileInode extends InodeCommon {
  type: "file";
  data: ByteString;
  /** a shared immutable image the bytes are, while unchanged (fs/file-image.ts); `data` is empty then */
  image?: string;
}

export interface DirInode extends InodeCommon {
  type: "dir";
  /** name -> inode number */
  entries: Record<string, number>;
}

export interface SymlinkInode extends InodeCommon {
  type: "symlink";
  target: string;
}

export interface DevInode extends InodeCommon {
  type: "chardev" | "blockdev";
  major: number;
  minor: number;
}

export type Inode = FileInode | DirInode | SymlinkInode | DevInode;

export interface FsState {
  nextIno: number;
  rootIno: number;
  /** inode number (as a string key) -> inode */
  inodes: Record<string, Inode>;
}

export interface VfsDeps {
  kernel: Kernel;
  clock: Clock;
  /** ms of virtual time of the last boot, for /proc/uptime; default 0 */
  bootedAt?: () => number;
  /**
   * What is mounted where, read on every path walk (a mount changes what
   * later walks see); later entries hide earlier ones at the same target.
   * Absent: /proc and /sys only.
   */
  mounts?: () => readonly VfsMount[];
  /** chroot: the directory of the namespace that this Vfs shows as "/" (absent: the real root) */
  root?: string;
  /**
   * Told after anything is changed through this Vfs (contents, names,
   * modes, times, in any filesystem it shows), inotify-like but without
   * saying what: watchers that care re-read what they watch. Called often
   * (every write), so it must be cheap; it must not change the filesystem.
   */
  onChange?: () => void;
}

/** What a mount shows: a stored filesystem's tree from inode `ino` (its root by default), or a live view. */
export type VfsMountSource =
  | { fs: FsState; ino?: number }
  | { pseudo: "proc" | "sys" }
  /** a bind mount: whatever the namespace path shows (looked up when walked) */
  | { bind: string };

export interface VfsMount {
  /** absolute path in the namespace (not the chroot's) */
  target: string;
  source: VfsMountSource;
}

/** /proc and /sys: what a Vfs mounts when told nothing else */
export const DEFAULT_MOUNTS: readonly VfsMount[] = [
  { target: "/proc", source: { pseudo: "proc" } },
  { target: "/sys", source: { pseudo: "sys" } },
];

/** Linux's MAXSYMLINKS */
const MAX_SYMLINKS = 40;
const NAME_MAX = 255;
const ROOT_INO = 2;

/** An empty filesystem: the root directory only (mode 0755, owned by root). */
export function newFsState(mtime = 0): FsState {
  const root: DirInode = { type: "dir", mode: 0o755, uid: 0, gid: 0, mtime, nlink: 2, entries: {} };
  return { nextIno: ROOT_INO + 1, rootIno: ROOT_INO, inodes: { [ROOT_INO]: root } };
}

/** inodes a table gained or copied since it was made by copy on write: what `shareInodes` must freeze (absent: look at them all) */
const unsharedInodes = new WeakMap<FsState["inodes"], string[]>();

/**
 * Make `fs`'s inode table and every inode in it immutable, so that copies of
 * the world share them: inodes (and a directory's entries) are frozen, the
 * table is marked shared (frozen, V8 would keep its integer keys in a slow
 * dictionary). Cheap when repeated: a shared table is left as it is, and a
 * table made by copy on write knows which of its inodes are new.
 */
export function shareInodes(fs: FsState): void {
  const table = fs.inodes;
  if (isShared(table)) return;
  for (const key of unsharedInodes.get(table) ?? Object.keys(table)) {
    const i = table[key];
    if (!i || Object.isFrozen(i)) continue;
    if (i.type === "dir") Object.freeze(i.entries);
    Object.freeze(i);
  }
  markShared(table);
}

/** `fs`'s inode table, to change: a shared (frozen) table is first replaced by a copy of its own, sharing the inodes */
function tableToWrite(fs: FsState): FsState["inodes"] {
  if (!isShared(fs.inodes)) return fs.inodes;
  const copy = { ...fs.inodes };
  unsharedInodes.set(copy, []);
  fs.inodes = copy;
  return copy;
}

/** put inode `ino` in `fs`'s table (a new one, or a copy replacing a shared one) */
function setInode(fs: FsState, ino: number, inode: Inode): void {
  const table = tableToWrite(fs);
  table[ino] = inode;
  unsharedInodes.get(table)?.push(String(ino));
}

function removeInode(fs: FsState, ino: number): void {
  namespaceGeneration++;
  delete tableToWrite(fs)[ino];
}

function hasEntry(d: DirInode, name: string): boolean {
  return Object.hasOwn(d.entries, name);
}
function getEntry(d: DirInode, name: string): number | undefined {
  // one lookup: what a plain object inherits is never a number (an own "__proto__" entry shadows the accessor)
  const ino: unknown = d.entries[name];
  return typeof ino === "number" ? ino : undefined;
}
/**
 * Bumped whenever a directory entry goes or is replaced, or an inode goes,
 * in any filesystem of any world: what a walk found can only change then (or
 * when the mount table does). Walk caches (`walk` below) hold while it stays put.
 */
let namespaceGeneration = 0;
/**
 * Bumped whenever a name is added to a directory, in any filesystem of any
 * world: that cannot undo a walk that found its file (every component it went
 * through is still there), only one that failed. A boot writes many new files
 * (pid files, state files) between its reads; their walks stay cached.
 */
let entriesAdded = 0;

function setEntry(d: DirInode, name: string, ino: number): void {
  if (hasEntry(d, name)) namespaceGeneration++;
  else entriesAdded++;
  // `__proto__` is the one name Object.prototype makes an accessor: only it must be defined rather than assigned
  if (name === "__proto__") Object.defineProperty(d.entries, name, { value: ino, enumerable: true, writable: true, configurable: true });
  else d.entries[name] = ino;
}
function deleteEntry(d: DirInode, name: string): void {
  namespaceGeneration++;
  delete d.entries[name];
}

/** the mounts as a walk consults them */
interface MountTable {
  /** target -> what is mounted there now (the last mount wins) */
  readonly byTarget: ReadonlyMap<string, VfsMountSource>;
  /** the targets' last components: most names are none of them, and need no path built and looked up */
  readonly lastNames: ReadonlySet<string>;
}

function sameMounts(a: readonly VfsMount[], b: readonly VfsMount[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** C-locale (byte order) comparison, as readdir's contract promises. */
function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

type Node =
  | { readonly kind: "inode"; readonly fs: FsState; readonly ino: number }
  | { readonly kind: "pseudo"; readonly node: PseudoNode; readonly mount: string };

/** what a walk found (shared by the walk cache: read-only) */
interface Walked {
  readonly node: Node;
  /** canonical absolute path (symlinks resolved) */
  readonly path: string;
}

interface CachedWalk {
  result: Result<Walked>;
  /** symlinks the walk followed (its budget) */
  links: number;
  /** `entriesAdded` when it was walked: a failed walk holds only while no name was added */
  added: number;
}
const WALK_CACHE_MAX = 512;

interface ParentWalk {
  dir: Node;
  dirPath: string;
  /** last component; "" for "/" */
  name: string;
  trailingSlash: boolean;
}

export function createVfs(state: FsState, deps: VfsDeps): Vfs {
  const { clock } = deps;
  const bootedAt = deps.bootedAt ?? (() => 0);
  const pseudoRoots: Record<"proc" | "sys", () => PseudoDir> = {
    proc: () => procRoot({ kernel: deps.kernel, clock, bootedAt }),
    sys: () => sysRoot(deps.kernel),
  };
  /** the chroot's path in the namespace, "" for the real root */
  const prefix = deps.root && deps.root !== "/" ? deps.root.replace(/\/+$/, "") : "";

  /** the mount table, rebuilt only when deps.mounts() hands over other entries (it is asked at every path component) */
  let mountTableOf: { entries: VfsMount[]; table: MountTable } | undefined;
  function mountTable(): MountTable {
    const list = deps.mounts ? deps.mounts() : DEFAULT_MOUNTS;
    const memo = mountTableOf;
    if (memo && sameMounts(memo.entries, list)) return memo.table;
    const byTarget = new Map<string, VfsMountSource>();
    const lastNames = new Set<string>();
    for (const m of list) {
      byTarget.set(m.target, m.source);
      lastNames.add(m.target.slice(m.target.lastIndexOf("/") + 1));
    }
    const table: MountTable = { byTarget, lastNames };
    mountTableOf = { entries: [...list], table };
    return table;
  }

  /** bind mounts being looked up, to stop one that shows itself */
  let bindDepth = 0;

  function mountedNode(src: VfsMountSource, at: string): Node | undefined {
    if ("pseudo" in src) return { kind: "pseudo", node: pseudoRoots[src.pseudo](), mount: at };
    if ("bind" in src) {
      if (bindDepth > 8) return undefined;
      bindDepth++;
      try {
        const w = walkIn({ kind: "inode", fs: state, ino: state.rootIno }, "", src.bind, true, { links: 0 });
        if (!w.ok || nodeType(w.value.node) !== "dir") return undefined;
        const n = w.value.node;
        return n.kind === "pseudo" ? { ...n, mount: at } : n;
      } finally {
        bindDepth--;
      }
    }
    return { kind: "inode", fs: src.fs, ino: src.ino ?? src.fs.rootIno };
  }

  /** every change goes through `writable()`, `setInode()` or `removeInode()`, and each tells deps.onChange */
  const changed = deps.onChange ?? (() => {});

  const inode = (n: { fs: FsState; ino: number }): Inode => {
    const i = n.fs.inodes[n.ino];
    if (!i) throw new Error(`fs: dangling inode ${n.ino}`);
    return i;
  };

  /** `inode(n)`, to change: a shared (frozen) inode is first replaced by a copy of its own (object spread keeps a `__proto__` entry an own name) */
  const writable = (n: { fs: FsState; ino: number }): Inode => {
    changed();
    const i = inode(n);
    if (!Object.isFrozen(i)) return i;
    const copy: Inode = i.type === "dir" ? { ...i, entries: { ...i.entries } } : { ...i };
    setInode(n.fs, n.ino, copy);
    return copy;
  };

  /** the directory shown as "/": the real root, or the chroot's directory */
  function rootNode(): Node {
    const real: Node = { kind: "inode", fs: state, ino: state.rootIno };
    if (!prefix) return real;
    const w = walkIn(real, "", prefix, true, { links: 0 });
    return w.ok && nodeType(w.value.node) === "dir" ? w.value.node : real;
  }

  function childOf(dir: Node, dirPath: string, name: string, inPrefix = prefix, table = mountTable()): Node | undefined {
    return childAt(dir, dirPath === "/" ? `/${name}` : `${dirPath}/${name}`, name, inPrefix, table);
  }

  /** the entry `name` of directory `dir`, whose own path is `childPath`'s parent; what is mounted there if anything */
  function childAt(dir: Node, childPath: string, name: string, inPrefix: string, table: MountTable): Node | undefined {
    if (dir.kind === "inode") {
      const d = inode(dir);
      if (d.type !== "dir") return undefined;
      const ino = getEntry(d, name);
      if (ino === undefined) return undefined;
      const child: Node = { kind: "inode", fs: dir.fs, ino };
      // most components are no mount point's last name: no path to build and look up
      if (!table.lastNames.has(name) || inode(child).type !== "dir") return child;
      const mount = table.byTarget.get(inPrefix + childPath);
      return mount ? (mountedNode(mount, childPath) ?? child) : child;
    }
    if (dir.node.type !== "dir") return undefined;
    const children = dir.node.children();
    return Object.hasOwn(children, name) ? { kind: "pseudo", node: children[name], mount: dir.mount } : undefined;
  }

  function nodeType(n: Node): FileType {
    return n.kind === "inode" ? inode(n).type : n.node.type;
  }

  function symlinkTarget(n: Node): string {
    if (n.kind === "inode") {
      const i = inode(n);
      return i.type === "symlink" ? i.target : "";
    }
    return n.node.type === "symlink" ? n.node.target : "";
  }

  /**
   * Walk `path` from the root. `followLast`: resolve a symlink in the last
   * component. `budget` counts symlinks followed across recursive walks.
   */
  function walk(path: string, followLast: boolean, budget = { links: 0 }): Result<Walked> {
    // a walk that continues another (a symlink followed by writeFile) counts on from its budget: not from the cache
    if (budget.links !== 0) return walkIn(rootNode(), prefix, path, followLast, budget);
    const cache = walkCache();
    const byPath = followLast ? cache.follow : cache.noFollow;
    const hit = byPath.get(path);
    if (hit && (hit.result.ok || hit.added === entriesAdded)) {
      budget.links = hit.links;
      return hit.result;
    }
    walkSawPseudo = false;
    const result = walkIn(rootNode(), prefix, path, followLast, budget);
    // /proc and /sys change with the kernel, not through this file system: never remembered
    if (walkSawPseudo) return result;
    if (byPath.size >= WALK_CACHE_MAX) byPath.clear();
    byPath.set(path, { result, links: budget.links, added: entriesAdded });
    return result;
  }

  /**
   * The walks done since the namespace last changed (a dentry cache): a
   * command asks for the same few paths again and again (PATH lookups,
   * /etc/passwd, the crontabs, the log it appends to). The answers are the
   * same while no directory entry anywhere went or was replaced and the
   * mount table is the same one (a failed walk: while no name was added
   * either). Callers share the results: nothing here edits a `Walked`.
   */
  let walks: { generation: number; table: MountTable; follow: Map<string, CachedWalk>; noFollow: Map<string, CachedWalk> } | undefined;
  function walkCache() {
    const table = mountTable();
    if (walks && walks.generation === namespaceGeneration && walks.table === table) return walks;
    walks = { generation: namespaceGeneration, table, follow: new Map(), noFollow: new Map() };
    return walks;
  }
  /** set by walkIn when a walk went through /proc or /sys */
  let walkSawPseudo = false;

  /** Walk from `root`, the directory at namespace path `rootPrefix` ("" for the real root). */
  function walkIn(root: Node, rootPrefix: string, path: string, followLast: boolean, budget: { links: number }): Result<Walked> {
    if (path.length > 4095) return fail("ENAMETOOLONG");
    // the components still to walk, the next one last
    const pending = pathParts(path).reverse();
    const mustBeDir = path.endsWith("/") && pending.length > 0;
    if (mustBeDir) followLast = true;
    // a walk sees one mount table: nothing it does mounts or unmounts
    const table = mountTable();
    const stack: { path: string; node: Node }[] = [{ path: "/", node: root }];
    while (pending.length > 0) {
      const comp = pending.pop()!;
      if (comp === ".") continue;
      const top = stack[stack.length - 1];
      if (nodeType(top.node) !== "dir") return fail("ENOTDIR");
      if (comp === "..") {
        if (stack.length > 1) stack.pop();
        continue;
      }
      if (comp.length > NAME_MAX) return fail("ENAMETOOLONG");
      const childPath = top.path === "/" ? `/${comp}` : `${top.path}/${comp}`;
      const child = childAt(top.node, childPath, comp, rootPrefix, table);
      if (child?.kind === "pseudo" || top.node.kind === "pseudo") walkSawPseudo = true;
      if (!child) return fail("ENOENT");
      if (nodeType(child) === "symlink" && (pending.length > 0 || followLast)) {
        if (++budget.links > MAX_SYMLINKS) return fail("ELOOP");
        const target = symlinkTarget(child);
        if (target === "") return fail("ENOENT");
        if (target.startsWith("/")) stack.length = 1;
        const parts = pathParts(target);
        for (let i = parts.length - 1; i >= 0; i--) pending.push(parts[i]);
        continue;
      }
      stack.push({ path: childPath, node: child });
    }
    const last = stack[stack.length - 1];
    if (mustBeDir && nodeType(last.node) !== "dir") return fail("ENOTDIR");
    return ok({ node: last.node, path: last.path });
  }

  /** Walk to the directory that holds the last component of `path`. */
  function walkParent(path: string, budget = { links: 0 }): Result<ParentWalk> {
    const parts = pathParts(path);
    const trailingSlash = path.endsWith("/") && parts.length > 0;
    if (parts.length === 0) return ok({ dir: rootNode(), dirPath: "/", name: "", trailingSlash });
    const name = parts[parts.length - 1];
    if (name.length > NAME_MAX) return fail("ENAMETOOLONG");
    const w = walk(`/${parts.slice(0, -1).join("/")}`, true, budget);
    if (!w.ok) return w;
    if (nodeType(w.value.node) !== "dir") return fail("ENOTDIR");
    return ok({ dir: w.value.node, dirPath: w.value.path, name, trailingSlash });
  }

  function describe(n: Node, canonical: string): Stat {
    if (n.kind === "pseudo") {
      const p = n.node;
      const type: FileType = p.type;
      const mode = p.type === "symlink" ? 0o777 : p.mode;
      const size = p.type === "file" ? (p.size ?? 0) : p.type === "symlink" ? utf8Encode(p.target).length : 0;
      return { ino: pseudoIno(canonical), type, mode, uid: 0, gid: 0, size, nlink: p.type === "dir" ? 2 : 1, mtime: bootedAt(), blocks: 0 };
    }
    const i = inode(n);
    const size =
      i.type === "file" ? (i.image !== undefined ? imageSize(i.image) : i.data.length) : i.type === "dir" ? 4096 : i.type === "symlink" ? utf8Encode(i.target).length : 0;
    // ext4 with 4 KiB blocks; a short symlink lives in the inode (0 blocks)
    const blocks = i.type === "file" || i.type === "dir" ? Math.ceil(size / 4096) * 8 : 0;
    const st: Stat = { ino: n.ino, type: i.type, mode: i.mode, uid: i.uid, gid: i.gid, size, nlink: i.nlink, mtime: i.mtime, blocks };
    if (i.type === "chardev" || i.type === "blockdev") st.rdev = { major: i.major, minor: i.minor };
    return st;
  }

  function allocate(fs: FsState, n: Inode): number {
    const ino = fs.nextIno++;
    changed();
    setInode(fs, ino, n);
    return ino;
  }

  /** the directory `n` is, to change (see `writable`); undefined for a pseudo directory or a non-directory */
  function dirInode(n: Node): DirInode | undefined {
    if (n.kind !== "inode" || inode(n).type !== "dir") return undefined;
    return writable(n) as DirInode;
  }

  /** Creating in a pseudo directory: procfs and sysfs have no create operation. */
  const PSEUDO_CREATE: Errno = "ENOENT";
  const PSEUDO_REMOVE: Errno = "EPERM";

  function isMountPoint(path: string): boolean {
    return mountTable().byTarget.has(prefix + path);
  }

  function joinPath(dir: string, name: string): string {
    return dir === "/" ? `/${name}` : `${dir}/${name}`;
  }

  function stat(path: string): Result<Stat> {
    const w = walk(path, true);
    return w.ok ? ok(describe(w.value.node, w.value.path)) : w;
  }

  function lstat(path: string): Result<Stat> {
    const w = walk(path, false);
    return w.ok ? ok(describe(w.value.node, w.value.path)) : w;
  }

  function readFile(path: string): Result<ByteString> {
    const w = walk(path, true);
    if (!w.ok) return w;
    const n = w.value.node;
    if (n.kind === "pseudo") {
      if (n.node.type === "dir") return fail("EISDIR");
      if (n.node.type === "file") return n.node.read();
      return fail("EINVAL");
    }
    const i = inode(n);
    if (i.type === "dir") return fail("EISDIR");
    if (i.type === "file") return ok(i.image !== undefined ? imageBytes(i.image) : i.data);
    // /dev/null, /dev/zero (read whole: empty), /dev/tty: nothing to read
    if (i.type === "chardev") return ok(EMPTY_BYTES);
    return fail("EINVAL");
  }

  function writeFile(path: string, data: ByteString, opts: WriteOptions = {}, budget = { links: 0 }): Result {
    const p = walkParent(path, budget);
    if (!p.ok) return p;
    const { dir, dirPath, name, trailingSlash } = p.value;
    if (name === "" || name === "." || name === "..") return fail("EISDIR");
    const child = childOf(dir, dirPath, name);
    if (child && nodeType(child) === "symlink") {
      if (++budget.links > MAX_SYMLINKS) return fail("ELOOP");
      const target = symlinkTarget(child);
      return writeFile(target.startsWith("/") ? target : joinPath(dirPath, target), data, opts, budget);
    }
    if (!child) {
      if (trailingSlash) return fail("EISDIR");
      const d = dirInode(dir);
      if (!d) return fail(PSEUDO_CREATE);
      // a set-group-ID directory (/var/mail) gives what is made in it its own group, as ext4 does
      const gid = d.mode & 0o2000 ? d.gid : 0;
      const ino = allocate((dir as { fs: FsState }).fs, { type: "file", mode: (opts.mode ?? 0o644) & 0o7777, uid: 0, gid, mtime: clock.now, nlink: 1, data });
      setEntry(d, name, ino);
      d.mtime = clock.now;
      return ok();
    }
    if (child.kind === "pseudo") {
      const pn = child.node;
      if (pn.type === "dir") return fail("EISDIR");
      if (pn.type !== "file") return fail("EINVAL");
      if (!pn.write) return pn.openWriteErrno ? fail(pn.openWriteErrno) : fail("EIO", "write");
      return pn.write(data);
    }
    const i0 = inode(child);
    if (i0.type === "dir") return fail("EISDIR");
    if (trailingSlash) return fail("ENOTDIR");
    if (i0.type === "chardev" || i0.type === "blockdev") return ok();
    if (i0.type === "file") {
      const i = writable(child) as FileInode;
      const old = i.image !== undefined ? imageBytes(i.image) : i.data;
      delete i.image;
      i.data = (opts.append ? old + data : data) as ByteString;
      i.mtime = clock.now;
    }
    return ok();
  }

  function readdir(path: string): Result<string[]> {
    const w = walk(path, true);
    if (!w.ok) return w;
    const n = w.value.node;
    if (n.kind === "pseudo") {
      if (n.node.type !== "dir") return fail("ENOTDIR");
      return ok(Object.keys(n.node.children()).sort(byteOrder));
    }
    const i = inode(n);
    if (i.type !== "dir") return fail("ENOTDIR");
    return ok(Object.keys(i.entries).sort(byteOrder));
  }

  function mkdirOne(path: string, mode: number): Result {
    const p = walkParent(path);
    if (!p.ok) return p;
    const { dir, dirPath, name } = p.value;
    if (name === "" || name === "." || name === "..") return fail("EEXIST");
    if (childOf(dir, dirPath, name)) return fail("EEXIST");
    const d = dirInode(dir);
    if (!d) return fail(PSEUDO_CREATE);
    // in a set-group-ID directory a new one takes its group and keeps the bit
    const setgid = d.mode & 0o2000;
    const ino = allocate((dir as { fs: FsState }).fs, { type: "dir", mode: (mode & 0o7777) | setgid, uid: 0, gid: setgid ? d.gid : 0, mtime: clock.now, nlink: 2, entries: {} });
    setEntry(d, name, ino);
    d.nlink++;
    d.mtime = clock.now;
    return ok();
  }

  function mkdir(path: string, opts: { parents?: boolean; mode?: number } = {}): Result {
    const mode = opts.mode ?? 0o755;
    if (!opts.parents) return mkdirOne(path, mode);
    const parts = pathParts(path);
    let prefix = "";
    for (const part of parts) {
      prefix += `/${part}`;
      const s = stat(prefix);
      if (s.ok) {
        if (s.value.type !== "dir") return fail("ENOTDIR");
        continue;
      }
      if (s.errno !== "ENOENT") return s;
      const r = mkdirOne(prefix, mode);
      if (!r.ok) return r;
    }
    return ok();
  }

  function rmdir(path: string): Result {
    const p = walkParent(path);
    if (!p.ok) return p;
    const { dir, dirPath, name } = p.value;
    if (name === "") return fail("EBUSY");
    if (name === ".") return fail("EINVAL");
    if (name === "..") return fail("ENOTEMPTY");
    const child = childOf(dir, dirPath, name);
    if (!child) return fail("ENOENT");
    if (nodeType(child) !== "dir") return fail("ENOTDIR");
    if (child.kind === "pseudo") return fail(isMountPoint(joinPath(dirPath, name)) ? "EBUSY" : PSEUDO_REMOVE);
    if (isMountPoint(joinPath(dirPath, name))) return fail("EBUSY");
    const c = inode(child) as DirInode;
    if (Object.keys(c.entries).length > 0) return fail("ENOTEMPTY");
    // the parent is made writable (copied if shared, watchers told) only once the rmdir will happen
    const d = dirInode(dir)!;
    deleteEntry(d, name);
    changed();
    removeInode(child.fs, child.ino);
    d.nlink--;
    d.mtime = clock.now;
    return ok();
  }

  function unlink(path: string): Result {
    const p = walkParent(path);
    if (!p.ok) return p;
    const { dir, dirPath, name, trailingSlash } = p.value;
    if (name === "" || name === "." || name === "..") return fail("EISDIR");
    const child = childOf(dir, dirPath, name);
    if (!child) return fail("ENOENT");
    if (nodeType(child) === "dir") return fail("EISDIR");
    if (trailingSlash) return fail("ENOTDIR");
    if (child.kind === "pseudo") return fail(PSEUDO_REMOVE);
    const d = dirInode(dir)!;
    deleteEntry(d, name);
    changed();
    removeInode(child.fs, child.ino);
    d.mtime = clock.now;
    return ok();
  }

  function rename(from: string, to: string): Result {
    const pf = walkParent(from);
    if (!pf.ok) return pf;
    const src = pf.value;
    if (src.name === "" || src.name === "." || src.name === "..") return fail("EBUSY");
    const srcNode = childOf(src.dir, src.dirPath, src.name);
    if (!srcNode) return fail("ENOENT");
    const srcIsDir = nodeType(srcNode) === "dir";
    if (src.trailingSlash && !srcIsDir) return fail("ENOTDIR");
    const pt = walkParent(to);
    if (!pt.ok) return pt;
    const dst = pt.value;
    if (dst.name === "" || dst.name === "." || dst.name === "..") return fail("EBUSY");
    const srcPath = joinPath(src.dirPath, src.name);
    if (srcNode.kind === "pseudo" || isMountPoint(srcPath)) return fail(srcNode.kind === "pseudo" ? "EXDEV" : "EBUSY");
    if (nodeType(dst.dir) !== "dir" || dst.dir.kind !== "inode" || src.dir.kind !== "inode" || dst.dir.fs !== src.dir.fs) return fail("EXDEV");
    const dstNode = childOf(dst.dir, dst.dirPath, dst.name);
    if (dstNode && dstNode.kind === "inode" && dstNode.fs === srcNode.fs && dstNode.ino === srcNode.ino) return ok();
    if (dst.trailingSlash && !srcIsDir) return fail("ENOTDIR");
    // a directory cannot become its own descendant
    const dstPath = joinPath(dst.dirPath, dst.name);
    if (srcIsDir && (dst.dirPath === srcPath || dst.dirPath.startsWith(`${srcPath}/`))) return fail("EINVAL");
    if (dstNode) {
      if (dstNode.kind === "pseudo") return fail("EXDEV");
      if (isMountPoint(dstPath)) return fail("EBUSY");
      if (dstNode.fs !== srcNode.fs) return fail("EXDEV");
      const di = inode(dstNode);
      if (srcIsDir) {
        if (di.type !== "dir") return fail("ENOTDIR");
        if (Object.keys(di.entries).length > 0) return fail("ENOTEMPTY");
      } else if (di.type === "dir") return fail("EISDIR");
    }
    // every check passed: only now are the directories taken for writing (a failed rename changes, and copies, nothing)
    const srcDir = dirInode(src.dir)!;
    const dstDir = dirInode(dst.dir)!;
    if (dstNode && dstNode.kind === "inode") {
      if (srcIsDir) dstDir.nlink--;
      changed();
      removeInode(dstNode.fs, dstNode.ino);
    }
    deleteEntry(srcDir, src.name);
    setEntry(dstDir, dst.name, srcNode.ino);
    if (srcIsDir) {
      srcDir.nlink--;
      dstDir.nlink++;
    }
    srcDir.mtime = clock.now;
    dstDir.mtime = clock.now;
    return ok();
  }

  function symlink(target: string, path: string): Result {
    if (target === "") return fail("ENOENT");
    const p = walkParent(path);
    if (!p.ok) return p;
    const { dir, dirPath, name } = p.value;
    if (name === "" || name === "." || name === "..") return fail("EEXIST");
    if (childOf(dir, dirPath, name)) return fail("EEXIST");
    const d = dirInode(dir);
    if (!d) return fail(PSEUDO_CREATE);
    const ino = allocate((dir as { fs: FsState }).fs, { type: "symlink", mode: 0o777, uid: 0, gid: 0, mtime: clock.now, nlink: 1, target });
    setEntry(d, name, ino);
    d.mtime = clock.now;
    return ok();
  }

  function readlink(path: string): Result<string> {
    const w = walk(path, false);
    if (!w.ok) return w;
    if (nodeType(w.value.node) !== "symlink") return fail("EINVAL");
    return ok(symlinkTarget(w.value.node));
  }

  function chmod(path: string, mode: number): Result {
    const w = walk(path, true);
    if (!w.ok) return w;
    const n = w.value.node;
    if (n.kind === "pseudo") return fail("EPERM");
    writable(n).mode = mode & 0o7777;
    return ok();
  }

  function chown(path: string, uid: number, gid: number, opts: { noFollow?: boolean } = {}): Result {
    const w = walk(path, !opts.noFollow);
    if (!w.ok) return w;
    const n = w.value.node;
    if (n.kind === "pseudo") return fail("EPERM");
    const inode = writable(n);
    if (uid !== -1) inode.uid = uid;
    if (gid !== -1) inode.gid = gid;
    // chown_common: a non-directory loses set-user-ID, and set-group-ID when group-executable
    if ((uid !== -1 || gid !== -1) && inode.type !== "dir" && inode.type !== "symlink") {
      inode.mode &= ~0o4000;
      if (inode.mode & 0o010) inode.mode &= ~0o2000;
    }
    return ok();
  }

  function touch(path: string, opts: { mode?: number } = {}): Result {
    const w = walk(path, true);
    if (w.ok) {
      const n = w.value.node;
      if (n.kind === "inode") writable(n).mtime = clock.now;
      return ok();
    }
    if (w.errno !== "ENOENT") return w;
    return writeFile(path, EMPTY_BYTES, { mode: opts.mode });
  }

  function utimes(path: string, mtime: number): Result {
    const w = walk(path, true);
    if (!w.ok) return w;
    const n = w.value.node;
    if (n.kind === "pseudo") return fail("EPERM");
    writable(n).mtime = mtime;
    return ok();
  }

  function mknod(path: string, node: { type: "chardev" | "blockdev"; major: number; minor: number; mode: number; gid: number }): Result {
    const p = walkParent(path);
    if (!p.ok) return p;
    const { dir, dirPath, name } = p.value;
    if (name === "" || name === "." || name === "..") return fail("EEXIST");
    if (childOf(dir, dirPath, name)) return fail("EEXIST");
    const d = dirInode(dir);
    if (!d || dir.kind !== "inode") return fail(PSEUDO_CREATE);
    const ino = allocate(dir.fs, { type: node.type, mode: node.mode & 0o7777, uid: 0, gid: node.gid, mtime: clock.now, nlink: 1, major: node.major, minor: node.minor });
    setEntry(d, name, ino);
    d.mtime = clock.now;
    return ok();
  }

  return {
    mknod,
    stat,
    lstat,
    readFile,
    writeFile: (p, d, o) => writeFile(p, d, o),
    readdir,
    mkdir,
    rmdir,
    unlink,
    rename,
    symlink,
    readlink,
    chmod,
    chown,
    touch,
    utimes,
  };
}
