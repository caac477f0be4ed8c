import { describe, expect, it } from "vitest";
import "../registry.js";
import { asBytes } from "../../bytes.js";
import { formatManPage } from "./man.js";
import { run, testHost } from "./test-support.js";
import type { Command } from "../types.js";

function host() {
  const t = testHost();
  const fs = t.host.fs;
  fs.mkdir("/root/w");
  fs.writeFile("/root/w/g.txt", asBytes("alpha\nbeta\nGamma\ndelta\nepsilon\nzeta\neta\ntheta\n"));
  fs.mkdir("/root/w/sub");
  fs.writeFile("/root/w/sub/s.txt", asBytes("beta here\n"));
  return t;
}
const opts = { cwd: "/root/w" };
const read = (t: ReturnType<typeof host>, p: string) => {
  const r = t.host.fs.readFile(p);
  return r.ok ? r.value : r.errno;
};

describe("mkdir, rmdir, rm, touch", () => {
  it("mkdir -pv reports each directory it creates, as GNU does", () => {
    const t = host();
    const r = run(t.host, ["mkdir", "-pv", "x/y/z"], opts);
    expect(r.out).toBe("mkdir: created directory 'x'\nmkdir: created directory 'x/y'\nmkdir: created directory 'x/y/z'\n");
    expect(t.host.fs.stat("/root/w/x/y/z").ok).toBe(true);
    expect(run(t.host, ["mkdir", "-p", "x/y/z"], opts).code).toBe(0);
  });

  it("mkdir -m sets the mode", () => {
    const t = host();
    run(t.host, ["mkdir", "-m", "700", "priv"], opts);
    const st = t.host.fs.stat("/root/w/priv");
    expect(st.ok && st.value.mode).toBe(0o700);
  });

  it("rm -rv removes depth first and reports", () => {
    const t = host();
    run(t.host, ["cp", "-r", "sub", "sub2"], opts);
    const r = run(t.host, ["rm", "-rv", "sub2"], opts);
    expect(r.out).toBe("removed 'sub2/s.txt'\nremoved directory 'sub2'\n");
    expect(t.host.fs.stat("/root/w/sub2").ok).toBe(false);
  });

  it("rm -d removes an empty directory; rm refuses . and ..", () => {
    const t = host();
    t.host.fs.mkdir("/root/w/empty");
    expect(run(t.host, ["rm", "-d", "empty"], opts).code).toBe(0);
    const r = run(t.host, ["rm", "-r", "."], opts);
    expect(r.err).toBe("rm: refusing to remove '.' or '..' directory: skipping '.'\n");
    expect(r.code).toBe(1);
  });

  it("rmdir -v says what it does", () => {
    const t = host();
    const r = run(t.host, ["rmdir", "-v", "sub"], opts);
    expect(r.out).toBe("rmdir: removing directory, 'sub'\n");
    expect(r.err).toBe("rmdir: failed to remove 'sub': Directory not empty\n");
  });

  it("touch creates a file and moves its mtime to now", () => {
    const t = host();
    t.clock.advance(60_000, () => {});
    expect(run(t.host, ["touch", "new", "g.txt"], opts).code).toBe(0);
    const st = t.host.fs.stat("/root/w/g.txt");
    expect(st.ok && st.value.mtime).toBe(60_000);
    expect(read(t, "/root/w/new")).toBe("");
    expect(run(t.host, ["touch", "-c", "nothere"], opts).code).toBe(0);
    expect(t.host.fs.stat("/root/w/nothere").ok).toBe(false);
  });
});

describe("cp, mv, ln", () => {
  it("cp -v copies a file and a tree, reporting as GNU does", () => {
    const t = host();
    expect(run(t.host, ["cp", "-v", "g.txt", "g2.txt"], opts).out).toBe("'g.txt' -> 'g2.txt'\n");
    expect(read(t, "/root/w/g2.txt")).toBe(read(t, "/root/w/g.txt"));
    expect(run(t.host, ["cp", "-rv", "sub", "sub2"], opts).out).toBe("'sub' -> 'sub2'\n'sub/s.txt' -> 'sub2/s.txt'\n");
    expect(read(t, "/root/w/sub2/s.txt")).toBe("beta here\n");
  });

  it("cp into a directory uses the base name; -a keeps mode and mtime", () => {
    const t = host();
    t.host.fs.chmod("/root/w/g.txt", 0o600);
    t.host.fs.utimes("/root/w/g.txt", -5000);
    run(t.host, ["cp", "-a", "g.txt", "sub"], opts);
    const st = t.host.fs.stat("/root/w/sub/g.txt");
    expect(st.ok && [st.value.mode, st.value.mtime]).toEqual([0o600, -5000]);
    const r = run(t.host, ["cp", "g.txt", "sub/s.txt", "nodir"], opts);
    expect(r.err).toBe("cp: target 'nodir': No such file or directory\n");
  });

  it("cp -r copies symlinks as symlinks", () => {
    const t = host();
    t.host.fs.symlink("s.txt", "/root/w/sub/link");
    run(t.host, ["cp", "-r", "sub", "copy"], opts);
    const l = t.host.fs.readlink("/root/w/copy/link");
    expect(l.ok && l.value).toBe("s.txt");
  });

  it("mv renames, moves into directories and reports with -v", () => {
    const t = host();
    expect(run(t.host, ["mv", "-v", "g.txt", "h.txt"], opts).out).toBe("renamed 'g.txt' -> 'h.txt'\n");
    run(t.host, ["mv", "h.txt", "sub"], opts);
    expect(t.host.fs.stat("/root/w/sub/h.txt").ok).toBe(true);
    const r = run(t.host, ["mv", "a", "b", "sub/s.txt"], opts);
    expect(r.err).toBe("mv: target 'sub/s.txt' is not a directory\n");
  });

  it("ln -s makes a symlink; -sf replaces one; hard links are refused", () => {
    const t = host();
    expect(run(t.host, ["ln", "-sv", "g.txt", "lnk"], opts).out).toBe("'lnk' -> 'g.txt'\n");
    expect(read(t, "/root/w/lnk")).toBe(read(t, "/root/w/g.txt"));
    run(t.host, ["ln", "-sf", "sub/s.txt", "lnk"], opts);
    const l = t.host.fs.readlink("/root/w/lnk");
    expect(l.ok && l.value).toBe("sub/s.txt");
    expect(run(t.host, ["ln", "-s", "/etc/hosts"], opts).code).toBe(0);
    expect(t.host.fs.lstat("/root/w/hosts").ok).toBe(true);
    const h = run(t.host, ["ln", "g.txt", "hard"], opts);
    expect(h.err).toBe("ln: failed to create hard link 'hard' => 'g.txt': Operation not permitted\n");
  });
});

describe("chmod and stat", () => {
  it("applies octal and symbolic modes (umask 022 for a bare +w)", () => {
    const t = host();
    const mode = () => {
      const s = t.host.fs.stat("/root/w/g.txt");
      return s.ok ? s.value.mode : -1;
    };
    run(t.host, ["chmod", "600", "g.txt"], opts);
    expect(mode()).toBe(0o600);
    run(t.host, ["chmod", "+x", "g.txt"], opts);
    expect(mode()).toBe(0o711);
    run(t.host, ["chmod", "go=r,u-x", "g.txt"], opts);
    expect(mode()).toBe(0o644);
    run(t.host, ["chmod", "-w", "g.txt"], opts);
    expect(mode()).toBe(0o444);
    run(t.host, ["chmod", "a+w", "g.txt"], opts);
    expect(mode()).toBe(0o666);
    run(t.host, ["chmod", "-R", "u=rwx,go=", "sub"], opts);
    const s = t.host.fs.stat("/root/w/sub/s.txt");
    expect(s.ok && s.value.mode).toBe(0o700);
  });

  it("stat prints GNU's layout and -c formats", () => {
    const t = host();
    const r = run(t.host, ["stat", "g.txt"], opts);
    expect(r.out.split("\n").slice(0, 4)).toEqual([
      "  File: g.txt",
      "  Size: 46        \tBlocks: 8          IO Block: 4096   regular file",
      expect.stringMatching(/^Device: 8,1\tInode: \d+ +Links: 1$/),
      "Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)",
    ]);
    expect(r.out).toContain("Modify: 2026-11-30 09:00:00.000000000 +0000\n");
    expect(run(t.host, ["stat", "-c", "%A %h %U %G %s %n", "g.txt"], opts).out).toBe("-rw-r--r-- 1 root root 46 g.txt\n");
    expect(run(t.host, ["stat", "-c", "%F %a", "/dev/null", "/tmp"]).out).toBe("character special file 666\ndirectory 1777\n");
  });
});

describe("grep", () => {
  it("exit status: 0 on a match, 1 on none, 2 on error even with matches elsewhere", () => {
    const t = host();
    expect(run(t.host, ["grep", "-q", "beta", "g.txt"], opts).code).toBe(0);
    expect(run(t.host, ["grep", "nothing", "g.txt"], opts).code).toBe(1);
    const r = run(t.host, ["grep", "beta", "g.txt", "nosuch"], opts);
    expect([r.out, r.err, r.code]).toEqual(["g.txt:beta\n", "grep: nosuch: No such file or directory\n", 2]);
    expect(run(t.host, ["grep", "-s", "beta", "nosuch"], opts).err).toBe("");
    expect(run(t.host, ["grep", "-q", "beta", "g.txt", "nosuch"], opts).code).toBe(0);
  });

  it("-r searches a tree; without an operand names are relative to .", () => {
    const t = host();
    expect(run(t.host, ["grep", "-r", "beta"], opts).out).toBe("g.txt:beta\nsub/s.txt:beta here\n");
    expect(run(t.host, ["grep", "-r", "beta", "."], opts).out).toBe("./g.txt:beta\n./sub/s.txt:beta here\n");
    expect(run(t.host, ["grep", "-rl", "beta", "sub"], opts).out).toBe("sub/s.txt\n");
  });

  it("reads standard input and handles BRE constructs", () => {
    const t = host();
    const g = (args: string[], stdin: string) => run(t.host, ["grep", ...args], { stdin }).out;
    expect(g(["a\\{2\\}"], "a\naa\n")).toBe("aa\n");
    expect(g(["\\(ab\\)\\1"], "abab\nab\n")).toBe("abab\n");
    expect(g(["a|b"], "a|b\na\n")).toBe("a|b\n");
    expect(g(["a\\|b"], "b\nc\n")).toBe("b\n");
    expect(g(["^#"], "#c\nx#\n")).toBe("#c\n");
    expect(g(["x^"], "x^\n")).toBe("x^\n");
    expect(g(["[[:digit:]]\\+"], "abc\n12\n")).toBe("12\n");
    expect(g(["-E", "[0-9]{1,3}(\\.[0-9]{1,3}){3}"], "ip 10.0.0.1\nnone\n")).toBe("ip 10.0.0.1\n");
    expect(g(["-x", "-E", "a+"], "aaa\naab\n")).toBe("aaa\n");
    expect(g(["\\<eth0\\>"], "eth0 up\neth01\n")).toBe("eth0 up\n");
    expect(g(["[]a]"], "]\nb\n")).toBe("]\n");
    expect(g(["a\\.b"], "a.b\naxb\n")).toBe("a.b\n");
    expect(g(["-F", "-e", "a.b", "-e", "x"], "a.b\nacb\nx\n")).toBe("a.b\nx\n");
    expect(g(["-c", "-v", "a"], "a\nb\nc\n")).toBe("2\n");
  });
});

describe("head, tail, tee, pagers", () => {
  it("head and tail by lines and bytes, with the obsolete -N form", () => {
    const t = host();
    expect(run(t.host, ["head", "-3", "g.txt"], opts).out).toBe("alpha\nbeta\nGamma\n");
    expect(run(t.host, ["tail", "-n", "2", "g.txt"], opts).out).toBe("eta\ntheta\n");
    expect(run(t.host, ["head", "-c", "3", "g.txt"], opts).out).toBe("alp");
    expect(run(t.host, ["tail", "-c", "+44", "g.txt"], opts).out).toBe("ta\n");
    expect(run(t.host, ["tail", "-1"], { stdin: "a\nb" }).out).toBe("b");
  });

  it("tail -f prints once and says it cannot follow", () => {
    const t = host();
    const r = run(t.host, ["tail", "-f", "g.txt"], opts);
    expect(r.out.endsWith("theta\n")).toBe(true);
    expect(r.err).toMatch(/^tail: cannot follow/);
  });

  it("tee copies stdin to files and stdout; writing /proc goes to sysctl", () => {
    const t = host();
    const r = run(t.host, ["tee", "out.txt", "-a", "g.txt"], { cwd: "/root/w", stdin: "x\n" });
    expect(r.out).toBe("x\n");
    expect(read(t, "/root/w/out.txt")).toBe("x\n");
    expect(String(read(t, "/root/w/g.txt")).endsWith("theta\nx\n")).toBe(true);
    expect(run(t.host, ["tee", "/proc/sys/net/ipv4/ip_forward"], { stdin: "1\n" }).code).toBe(0);
    expect(t.host.kernel.sysctlGet("net.ipv4.ip_forward")).toEqual({ ok: true, value: "1" });
    const bad = run(t.host, ["tee", "/proc/sys/net/ipv4/ip_forward"], { stdin: "on\n" });
    expect(bad.err).toBe("tee: /proc/sys/net/ipv4/ip_forward: Invalid argument\n");
  });

  it("less and more print the file; more bannners several files", () => {
    const t = host();
    expect(run(t.host, ["less", "sub/s.txt"], { ...opts, tty: true }).out).toBe("beta here\n");
    expect(run(t.host, ["less", "nosuch"], opts).err).toBe("nosuch: No such file or directory\n");
    expect(run(t.host, ["more", "sub/s.txt", "sub/s.txt"], opts).out).toBe(
      "::::::::::::::\nsub/s.txt\n::::::::::::::\nbeta here\n::::::::::::::\nsub/s.txt\n::::::::::::::\nbeta here\n",
    );
    expect(run(t.host, ["less"], { stdin: "piped\n" }).out).toBe("piped\n");
  });
});

describe("man", () => {
  it("formats a page with man-db's header and footer in 78 columns", () => {
    const page = formatManPage({ name: "wc", summary: "", man: "NAME\nwc - count\n\nSYNOPSIS\nwc [FILE]...\n", run: () => 0 } as Command);
    const lines = page.split("\n");
    expect(lines[0]).toBe("WC(1)                            User Commands                           WC(1)");
    expect(lines[2]).toBe("NAME");
    expect(lines[3]).toBe("       wc - count");
    expect(lines.at(-2)).toBe("GNU coreutils 9.1               September 2022                           WC(1)");
    const sbin = formatManPage({ name: "sysctl", summary: "", man: "NAME\nsysctl - x\n", run: () => 0 } as Command);
    // groff's default title for section 8 (real pages may set their own, e.g. procps "System Administration")
    expect(sbin.split("\n")[0]).toBe("SYSCTL(8)                   System Manager's Manual                  SYSCTL(8)");
  });

  it("shows registered pages, and No manual entry otherwise", () => {
    const t = host();
    const r = run(t.host, ["man", "grep"]);
    expect(r.out.split("\n")[0]).toBe("GREP(1)                          User Commands                         GREP(1)");
    expect(r.out.trimEnd().split("\n").at(-1)).toBe("GNU grep 3.8                      2019-12-29                           GREP(1)");
    expect(run(t.host, ["man", "-k", "directory"]).out).toContain("ls (1)               - list directory contents");
  });
});

describe("basename, dirname, sort, uniq, cut, tr", () => {
  it("work on the usual cases", () => {
    const t = host();
    const out = (argv: string[], stdin?: string) => run(t.host, argv, { stdin }).out;
    expect(out(["basename", "-a", "/a/b", "c/"])).toBe("b\nc\n");
    expect(out(["basename", "-s", ".gz", "x.tar.gz"])).toBe("x.tar\n");
    expect(out(["dirname", "a/b", "/x"])).toBe("a\n/\n");
    expect(out(["sort", "-t:", "-k3", "-n"], "a:x:10\nb:x:9\n")).toBe("b:x:9\na:x:10\n");
    expect(out(["sort", "-u"], "b\na\nb\n")).toBe("a\nb\n");
    expect(out(["uniq", "-d"], "a\na\nb\n")).toBe("a\n");
    expect(out(["cut", "-d:", "-f1,7"], "root:x:0:0:root:/root:/bin/bash\n")).toBe("root:/bin/bash\n");
    expect(out(["cut", "-c", "2-3"], "héllo\n")).toBe("él\n");
    expect(out(["cut", "-f", "2"], "a\tb\nnone\n")).toBe("b\nnone\n");
    expect(out(["tr", "[:lower:]", "[:upper:]"], "abc\n")).toBe("ABC\n");
    expect(out(["tr", "-cd", "0-9"], "a1b2\n")).toBe("12");
  });
});
