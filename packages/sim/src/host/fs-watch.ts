/**
 * Watchers of a host's filesystem: a service whose state depends on files
 * (cron and its crontabs) registers one at module load, and every `Host`
 * view's Vfs tells them, with the host, whenever anything in it changes
 * (fs/vfs.ts `VfsDeps.onChange`), whoever changed it: a command line, a job,
 * a program reached over the network. Like inotify without saying what
 * changed: a watcher decides cheaply whether it cares (it runs on every
 * write) and must not change the filesystem itself. It may change the
 * world's state (its timers), and what it does must depend only on that
 * state, so that a replay or a restored snapshot does the same.
 */
import type { Host } from "./host.js";

export type FsWatcher = (host: Host) => void;

const watchers: FsWatcher[] = [];

export function registerFsWatcher(watcher: FsWatcher): void {
  watchers.push(watcher);
}

export function fsChanged(host: Host): void {
  for (const w of watchers) w(host);
}
