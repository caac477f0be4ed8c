/**
 * The process table of a host, as /proc lists it to ps, pgrep and pidof: a
 * read-only view made from what the host runs now. The simulation keeps no
 * process objects (a daemon is its state, a command line runs to its end
 * before the next), so the table is derived: the kernel threads and the
 * systemd services a small Debian 12 server (2 vCPUs, 2 GiB) shows after
 * boot, each daemon the sim runs when it runs (cron, sshd, mariadbd, nginx,
 * with the pids `systemctl status`, `ss -p` and syslog give), the login of
 * the terminal (its sshd session on pts/0 and `-bash`), and the program
 * asking, last; the login's background jobs (the kernel's tasks) before it. Times come from the host's boot and the virtual clock;
 * memory and CPU figures are fixed, plausible values: no randomness.
 */
import type { Host } from "../host/host.js";
import { LOGIN_SHELL_PID, nextPid } from "./pids.js";
import { crondPid, crondRunning } from "../services/cron/crond.js";
import { mysqldOf } from "../services/mysqld/daemon.js";
import { sshdOf } from "../services/sshd/daemon.js";
import { APP as NGINX_APP, NGINX_PIDS } from "../services/web/nginx.js";

export interface ProcEntry {
  pid: number;
  ppid: number;
  uid: number;
  /** the name the kernel keeps (/proc/PID/comm: 15 characters at most, a kworker's with its workqueue) */
  comm: string;
  /** the command line (/proc/PID/cmdline); empty for a kernel thread */
  argv: string[];
  /** the controlling terminal ("pts/0", "tty1"), undefined for none */
  tty?: string;
  /** ps's STAT: state letter and flags ("Ss", "I<", "R+") */
  stat: string;
  /** ms of virtual time (clock.now) the process started */
  started: number;
  /** CPU time used, ms */
  cpuMs: number;
  /** KiB */
  vsz: number;
  rss: number;
  nice: number;
  /** a kernel thread (kthreadd's children): ps shows its name in brackets */
  kthread: boolean;
  /** the program that asked for the table (pgrep and pidof leave themselves out) */
  self?: boolean;
}

/** the kernel threads of Debian 12's 6.1 kernel on a 2-vCPU virtual machine, after boot: pid, name, STAT, CPU ms */
const KTHREADS: [number, string, string, number][] = [
  [2, "kthreadd", "S", 0],
  [3, "rcu_gp", "I<", 0],
  [4, "rcu_par_gp", "I<", 0],
  [5, "slub_flushwq", "I<", 0],
  [6, "netns", "I<", 0],
  [8, "kworker/0:0H-events_highpri", "I<", 0],
  [10, "mm_percpu_wq", "I<", 0],
  [11, "rcu_tasks_kthread", "I", 0],
  [12, "rcu_tasks_rude_kthread", "I", 0],
  [13, "rcu_tasks_trace_kthread", "I", 0],
  [14, "ksoftirqd/0", "S", 40],
  [15, "rcu_preempt", "I", 180],
  [16, "migration/0", "S", 10],
  [18, "cpuhp/0", "S", 0],
  [19, "cpuhp/1", "S", 0],
  [20, "migration/1", "S", 10],
  [21, "ksoftirqd/1", "S", 30],
  [23, "kworker/1:0H-events_highpri", "I<", 0],
  [26, "kdevtmpfs", "S", 0],
  [27, "inet_frag_wq", "I<", 0],
  [28, "kauditd", "S", 0],
  [29, "khungtaskd", "S", 0],
  [30, "oom_reaper", "S", 0],
  [31, "writeback", "I<", 0],
  [32, "kcompactd0", "S", 0],
  [33, "ksmd", "SN", 0],
  [34, "khugepaged", "SN", 0],
  [35, "kintegrityd", "I<", 0],
  [36, "kblockd", "I<", 0],
  [37, "blkcg_punt_bio", "I<", 0],
  [38, "tpm_dev_wq", "I<", 0],
  [39, "edac-poller", "I<", 0],
  [40, "devfreq_wq", "I<", 0],
  [42, "kworker/0:1H-kblockd", "I<", 10],
  [43, "kswapd0", "S", 0],
  [49, "kthrotld", "I<", 0],
  [51, "acpi_thermal_pm", "I<", 0],
  [53, "mld", "I<", 0],
  [54, "ipv6_addrconf", "I<", 0],
  [59, "kstrp", "I<", 0],
  [65, "zswap-shrink", "I<", 0],
  [66, "kworker/u5:0", "I<", 0],
  [110, "ata_sff", "I<", 0],
  [111, "scsi_eh_0", "S", 0],
  [112, "scsi_tmf_0", "I<", 0],
  [113, "scsi_eh_1", "S", 0],
  [114, "scsi_tmf_1", "I<", 0],
  [117, "scsi_eh_2", "S", 0],
  [118, "scsi_tmf_2", "I<", 0],
  [144, "kworker/1:1H-kblockd", "I<", 0],
  [176, "jbd2/sda1-8", "S", 20],
  [177, "ext4-rsv-conver", "I<", 0],
  [245, "kworker/0:2-events", "I", 30],
  [262, "kworker/1:2-events", "I", 20],
  [350, "cryptd", "I<", 0],
];

const UID = { root: 0, messagebus: 100, timesync: 997, mysql: 102, wwwData: 33 };

/** a service or session process: started `after` ms past boot unless given */
interface Spec {
  pid: number;
  ppid?: number;
  uid?: number;
  comm: string;
  argv: string[];
  tty?: string;
  stat: string;
  /** ms after boot */
  after?: number;
  /** absolute start (clock.now) */
  started?: number;
  cpuMs: number;
  vsz: number;
  rss: number;
}

/** the pid a login's processes start from (its shell is LOGIN_SHELL_PID), and the login's offset from boot */
export const LOGIN_PID = 1221;
const LOGIN_AFTER_MS = 12_000;
/** the terminal the lab's login shell runs on */
export const LOGIN_TTY = "pts/0";

export interface Asker {
  /** argv of the program asking (ps, pgrep ...) */
  argv: string[];
  /** the terminal it runs on; undefined without one (a cron job) */
  tty?: string;
  /** the pipeline it is a stage of: the other stages run at the same time (Process.pipeline) */
  pipeline?: { argvs: (string[] | undefined)[]; index: number };
}

/** the login shell's pid: what `$$` would be at the lab's terminal */
export function loginShellPid(_host: Host): number {
  return LOGIN_SHELL_PID;
}

/**
 * The least pid the asking program gets: after the login's, moving on as
 * virtual time passes (other programs, cron's jobs, take pids meanwhile).
 */
export function askerPid(host: Host): number {
  return nextPid(host);
}

/** The processes of `host` now, by pid; `asker` (when given) is the program reading the table. */
export function processTable(host: Host, asker?: Asker): ProcEntry[] {
  const boot = host.state.bootedAt;
  const out: ProcEntry[] = [];
  out.push({
    pid: 1, ppid: 0, uid: 0, comm: "systemd", argv: ["/sbin/init"], stat: "Ss", started: boot,
    cpuMs: 1_230, vsz: 167_764, rss: 11_892, nice: 0, kthread: false,
  });
  for (const [pid, name, stat, cpuMs] of KTHREADS) {
    out.push({
      pid, ppid: pid === 2 ? 0 : 2, uid: 0, comm: name, argv: [], stat, started: boot,
      cpuMs, vsz: 0, rss: 0, nice: stat.includes("<") ? -20 : stat.includes("N") ? 5 : 0, kthread: true,
    });
  }
  const specs: Spec[] = [
    { pid: 221, comm: "systemd-journal", argv: ["/lib/systemd/systemd-journald"], stat: "Ss", after: 1_100, cpuMs: 140, vsz: 41_348, rss: 13_544 },
    { pid: 251, comm: "systemd-udevd", argv: ["/lib/systemd/systemd-udevd"], stat: "Ss", after: 1_400, cpuMs: 210, vsz: 25_532, rss: 6_452 },
    { pid: 392, uid: UID.timesync, comm: "systemd-timesyn", argv: ["/lib/systemd/systemd-timesyncd"], stat: "Ssl", after: 2_300, cpuMs: 40, vsz: 90_084, rss: 6_816 },
    { pid: 604, uid: UID.messagebus, comm: "dbus-daemon", argv: ["/usr/bin/dbus-daemon", "--system", "--address=systemd:", "--nofork", "--nopidfile", "--systemd-activation", "--syslog-only"], stat: "Ss", after: 2_700, cpuMs: 60, vsz: 9_120, rss: 4_660 },
  ];
  if (host.fs.stat("/usr/sbin/rsyslogd").ok)
    specs.push({ pid: 607, comm: "rsyslogd", argv: ["/usr/sbin/rsyslogd", "-n", "-iNONE"], stat: "Ssl", after: 2_750, cpuMs: 50, vsz: 222_220, rss: 5_488 });
  specs.push({ pid: 609, comm: "systemd-logind", argv: ["/lib/systemd/systemd-logind"], stat: "Ss", after: 2_760, cpuMs: 70, vsz: 25_320, rss: 7_848 });
  // cron removes its pid file when stopped; a signal ends it without (services/cron/crond.ts)
  if (crondRunning(host))
    specs.push({
      pid: crondPid(host), comm: "cron", argv: ["/usr/sbin/cron", "-f"], stat: "Ss", cpuMs: 20, vsz: 6_608, rss: 2_712,
      ...(host.state.services?.cronStartedAt !== undefined ? { started: host.state.services.cronStartedAt } : { after: 2_780 }),
    });
  const sshd = sshdOf(host);
  if (sshd?.running && sshd.pid !== undefined)
    specs.push({
      pid: sshd.pid, comm: "sshd", argv: ["sshd: /usr/sbin/sshd -D [listener] 0 of 10-100 startups"], stat: "Ss",
      started: sshd.startedAt, cpuMs: 30, vsz: 15_432, rss: 9_236,
    });
  const mysqld = mysqldOf(host);
  if (mysqld?.running && mysqld.pid !== undefined)
    specs.push({
      pid: mysqld.pid, uid: UID.mysql, comm: "mariadbd", argv: ["/usr/sbin/mariadbd"], stat: "Ssl",
      started: mysqld.startedAt, cpuMs: 410, vsz: 1_256_412, rss: 92_164,
    });
  specs.push({ pid: 664, comm: "agetty", argv: ["/sbin/agetty", "-o", "-p -- \\u", "--noclear", "-", "linux"], tty: "tty1", stat: "Ss+", after: 2_900, cpuMs: 0, vsz: 5_872, rss: 1_856 });
  if (host.kernel.net.sockets().some((s) => s.app === NGINX_APP && s.state === "LISTEN")) {
    specs.push({ pid: NGINX_PIDS.master, comm: "nginx", argv: ["nginx: master process /usr/sbin/nginx -g daemon on; master_process on;"], stat: "Ss", after: 3_100, cpuMs: 0, vsz: 10_352, rss: 1_948 });
    for (const w of NGINX_PIDS.workers)
      specs.push({ pid: w, ppid: NGINX_PIDS.master, uid: UID.wwwData, comm: "nginx", argv: ["nginx: worker process"], stat: "S", after: 3_110, cpuMs: 0, vsz: 10_988, rss: 3_620 });
  }
  // the terminal's login: over ssh when openssh-server is installed (its session outlives the listener), else login(1)
  const shell = loginShellPid(host);
  const loginParent = LOGIN_PID;
  if (sshd) {
    specs.push({ pid: LOGIN_PID, ppid: sshd.running ? sshd.pid : 1, comm: "sshd", argv: [`sshd: root@${LOGIN_TTY}`], stat: "Ss", after: LOGIN_AFTER_MS, cpuMs: 20, vsz: 17_980, rss: 10_992 });
    specs.push({ pid: LOGIN_PID + 3, comm: "systemd", argv: ["/lib/systemd/systemd", "--user"], stat: "Ss", after: LOGIN_AFTER_MS + 150, cpuMs: 90, vsz: 18_972, rss: 10_508 });
    specs.push({ pid: LOGIN_PID + 4, ppid: LOGIN_PID + 3, comm: "(sd-pam)", argv: ["(sd-pam)"], stat: "S", after: LOGIN_AFTER_MS + 160, cpuMs: 0, vsz: 168_764, rss: 3_348 });
  } else {
    // login's parent half gives up the terminal (TIOCNOTTY) once the shell has it
    specs.push({ pid: loginParent, comm: "login", argv: ["/bin/login", "-p", "--"], stat: "Ss", after: LOGIN_AFTER_MS, cpuMs: 10, vsz: 10_644, rss: 4_168 });
  }
  specs.push({ pid: shell, ppid: loginParent, comm: "bash", argv: ["-bash"], tty: LOGIN_TTY, stat: "Ss", after: LOGIN_AFTER_MS + 300, cpuMs: 10, vsz: 8_136, rss: 4_852 });

  const now = host.clock.now;
  const taken = new Set(out.map((p) => p.pid));
  const add = (s: Spec) => {
    let pid = s.pid;
    while (taken.has(pid)) pid++; // a daemon's pid drawn where a fixed one sits: the fixed one took the next
    taken.add(pid);
    const started = Math.min(now, s.started ?? boot + (s.after ?? 0));
    out.push({
      pid, ppid: s.ppid ?? 1, uid: s.uid ?? 0, comm: s.comm, argv: s.argv, tty: s.tty, stat: s.stat, started,
      cpuMs: s.cpuMs, vsz: s.vsz, rss: s.rss, nice: 0, kthread: false,
    });
  };
  // daemons whose pids are their own first, so a fixed one gives way
  const own = new Set([sshd?.pid, mysqld?.pid, crondPid(host), NGINX_PIDS.master, ...NGINX_PIDS.workers]);
  for (const s of specs) if (own.has(s.pid)) add(s);
  for (const s of specs) if (!own.has(s.pid)) add(s);
  // the login's background jobs (kernel/task.ts): asleep, or stopped; not in the terminal's foreground group, so no "+"
  for (const t of host.kernel.liveTasks()) {
    taken.add(t.pid);
    const name = (t.argv[0] ?? "").split("/").pop() ?? "";
    out.push({
      pid: t.pid, ppid: t.ppid, uid: 0, comm: name.slice(0, 15), argv: t.argv, tty: t.tty, stat: t.stoppedAt !== undefined ? "T" : "S",
      started: t.started, cpuMs: 0, vsz: 5_480, rss: 1_012, nice: 0, kthread: false,
    });
  }
  if (asker) {
    // the newest processes: the asker and the other stages of its pipeline, in order, after every other one
    const base = Math.max(askerPid(host), ...taken) + 1;
    const stages = asker.pipeline ?? { argvs: [asker.argv], index: 0 };
    stages.argvs.forEach((argv, i) => {
      const self = i === stages.index;
      const words = self ? asker.argv : argv;
      if (!words || words.length === 0) return;
      const name = (words[0] ?? "").split("/").pop() ?? "";
      out.push({
        pid: base + i, ppid: shell, uid: 0, comm: name.slice(0, 15), argv: words, tty: asker.tty,
        // the asker runs; the others wait for input or output
        stat: (self ? "R" : "S") + (asker.tty ? "+" : ""),
        started: now, cpuMs: 0, vsz: self ? 11_084 : 6_332, rss: self ? 4_412 : 2_092, nice: 0, kthread: false, self,
      });
    });
  }
  return out.sort((a, b) => a.pid - b.pid);
}
