import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import "../registry.js";
import { asBytes } from "../../bytes.js";
import { USR_BIN, USR_SBIN } from "../../fs/debian-tree/programs.js";
import { civilToUnixMs } from "../../fs/debian-tree.js";
import { EPOCH_MS } from "../../world/clock.js";
import { run, testHost } from "./test-support.js";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");
const at = (y: number, mo: number, d: number, h: number, mi: number) => civilToUnixMs(y, mo, d, h, mi) - EPOCH_MS;

/** the directory recorded in fixtures/ls-l.txt (see fixtures/README.md) */
function lsFixtureHost() {
  const t = testHost();
  const fs = t.host.fs;
  const d = "/root/fx";
  fs.mkdir(d);
  fs.writeFile(`${d}/hello.txt`, asBytes("hello\n"));
  fs.writeFile(`${d}/data.bin`, asBytes("\0".repeat(1234)));
  fs.writeFile(`${d}/big.bin`, asBytes("\0".repeat(5000)));
  fs.writeFile(`${d}/empty`, asBytes(""));
  fs.mkdir(`${d}/dir`);
  fs.mkdir(`${d}/dir/sub`);
  fs.mkdir(`${d}/sticky`, { mode: 0o1777 });
  fs.symlink("hello.txt", `${d}/link`);
  fs.writeFile(`${d}/secret`, asBytes("x"), { mode: 0o640 });
  fs.writeFile(`${d}/huge.bin`, asBytes("\0".repeat(2_100_000)));
  // chgrp shadow: the Vfs has no chown; set the group in the stored inode
  const st = fs.stat(`${d}/secret`);
  if (st.ok) (t.state.fs.inodes[st.value.ino] as { gid: number }).gid = 42;
  for (const n of ["hello.txt", "data.bin", "big.bin", "empty", "dir", "sticky", "secret", "huge.bin"]) fs.utimes(`${d}/${n}`, 0);
  const l = fs.lstat(`${d}/link`);
  if (l.ok) (t.state.fs.inodes[l.value.ino] as { mtime: number }).mtime = 0;
  fs.utimes(`${d}/secret`, at(2025, 5, 9, 11, 43));
  fs.utimes(`${d}/data.bin`, at(2026, 11, 29, 14, 5));
  fs.utimes(`${d}/big.bin`, at(2027, 1, 1, 0, 0));
  t.clock.advance(35 * 60_000, () => {});
  return t;
}

describe("ls long format (GNU ls 9.1 layout)", () => {
  it("matches ls -l byte for byte", () => {
    const { host } = lsFixtureHost();
    const r = run(host, ["ls", "-l"], { cwd: "/root/fx" });
    expect(r.out).toBe(fixture("ls-l.txt"));
    expect(r.code).toBe(0);
  });

  it("matches ls -lh", () => {
    const { host } = lsFixtureHost();
    expect(run(host, ["ls", "-lh", "/root/fx"]).out).toBe(fixture("ls-lh.txt"));
  });

  it("lists device numbers for /dev/null", () => {
    const { host } = testHost();
    const out = run(host, ["ls", "-l", "/dev/null"]).out.replace("Nov 30 09:00", "DATE");
    expect(out).toBe(fixture("ls-l-devnull.txt"));
  });

  it("shows a symlink operand itself with -l and its target directory without", () => {
    const { host } = testHost();
    expect(run(host, ["ls", "-l", "/bin"]).out).toMatch(/^lrwxrwxrwx 1 root root 7 \w{3} [ \d]\d \d\d:\d\d \/bin -> usr\/bin\n$/);
    expect(run(host, ["ls", "/bin"]).out.split("\n")).toContain("cat");
  });

  it("-a adds . and .., -A only hidden files, -d the directory itself", () => {
    const { host } = testHost();
    expect(run(host, ["ls", "-a", "/root"]).out).toBe(".\n..\n.bashrc\n.profile\n");
    expect(run(host, ["ls", "-A", "/root"]).out).toBe(".bashrc\n.profile\n");
    expect(run(host, ["ls", "/root"]).out).toBe("");
    expect(run(host, ["ls", "-ld", "/tmp"]).out).toMatch(/^drwxrwxrwt 2 root root 4096 Nov 30 09:00 \/tmp\n$/);
  });

  it("prints files first, then each directory under a header", () => {
    const { host } = testHost();
    const r = run(host, ["ls", "/etc/hostname", "/root", "/home", "/nosuch"]);
    expect(r.out).toBe("/etc/hostname\n\n/home:\n\n/root:\n");
    expect(r.err).toBe("ls: cannot access '/nosuch': No such file or directory\n");
    expect(r.code).toBe(2);
  });

  it("-t sorts newest first, -r reverses, -R recurses", () => {
    const { host, clock } = testHost();
    host.fs.mkdir("/tmp/t");
    host.fs.writeFile("/tmp/t/old", asBytes(""));
    clock.advance(1000, () => {});
    host.fs.writeFile("/tmp/t/new", asBytes(""));
    expect(run(host, ["ls", "-t", "/tmp/t"]).out).toBe("new\nold\n");
    expect(run(host, ["ls", "-r", "/tmp/t"]).out).toBe("old\nnew\n");
    host.fs.mkdir("/tmp/t/sub");
    host.fs.writeFile("/tmp/t/sub/x", asBytes(""));
    expect(run(host, ["ls", "-R", "/tmp/t"]).out).toBe("/tmp/t:\nnew\nold\nsub\n\n/tmp/t/sub:\nx\n");
  });

  it("quotes names that need it on a terminal, not in a pipe", () => {
    const { host } = testHost();
    host.fs.mkdir("/tmp/q");
    host.fs.writeFile("/tmp/q/a b", asBytes(""));
    host.fs.writeFile("/tmp/q/c", asBytes(""));
    expect(run(host, ["ls", "/tmp/q"]).out).toBe("a b\nc\n");
    expect(run(host, ["ls", "/tmp/q"], { tty: true }).out).toBe("'a b'   c\n");
  });

  it("quotes = and ^ as gnulib's shell-escape does (recorded on a terminal: 'a=b'  'c^d')", () => {
    const { host } = testHost();
    host.fs.mkdir("/tmp/q");
    host.fs.writeFile("/tmp/q/a=b", asBytes(""));
    host.fs.writeFile("/tmp/q/c^d", asBytes(""));
    expect(run(host, ["ls", "/tmp/q"], { tty: true }).out).toBe("'a=b'  'c^d'\n");
  });
});

describe("ls columns", () => {
  function dirOf(names: string[]) {
    const { host } = testHost();
    host.fs.mkdir("/tmp/c");
    for (const n of names) host.fs.writeFile(`/tmp/c/${n}`, asBytes(""));
    return host;
  }

  it("lays out /usr/bin names like ls -C in 80 columns", () => {
    const host = dirOf(USR_BIN);
    // recorded to a file with -C: no quoting of "[" (a terminal would show '[')
    expect(run(host, ["ls", "-C", "/tmp/c"]).out).toBe(fixture("ls-C-usr-bin-80.txt"));
    expect(run(host, ["ls", "/tmp/c"], { tty: true }).out.split("\n")[0]).toMatch(/^'\['\t/);
  });

  for (const cols of [40, 80, 120]) {
    it(`lays out /usr/sbin names in ${cols} columns (COLUMNS)`, () => {
      const host = dirOf(USR_SBIN);
      const r = run(host, ["ls", "-C", "/tmp/c"], { env: { COLUMNS: String(cols) } });
      expect(r.out).toBe(fixture(`ls-C-usr-sbin-${cols}.txt`));
    });
  }

  it("prints one name per line to a pipe", () => {
    const host = dirOf(["b", "a", "C"]);
    expect(run(host, ["ls", "/tmp/c"]).out).toBe("C\na\nb\n");
    expect(run(host, ["ls", "-1", "/tmp/c"], { tty: true }).out).toBe("C\na\nb\n");
  });
});
