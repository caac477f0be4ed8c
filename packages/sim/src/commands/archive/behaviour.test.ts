/**
 * What the comparison cases cannot show (terminals, byte-level damage, odd
 * names, the download event), with texts recorded from the real tools by
 * hand on Debian 12 (under `script` for the terminal cases).
 */
import { describe, expect, it } from "vitest";
import { asBytes, fromUint8Array, toUint8Array } from "../../bytes.js";
import { LabSession, type LineResult } from "../../lab/lab-session.js";
import { TerminalSession } from "../../session/terminal-session.js";
import type { Download } from "../../world/world.js";
import { gzipDecode, gzipEncode } from "./gzip-member.js";
import { encodeHeader, readArchive } from "./tar-header.js";
import { archiveHost, sh, WORKDIR } from "./test-support.js";

const bytes = (s: string) => toUint8Array(asBytes(s));

describe("gzip on a terminal", () => {
  it("refuses to write compressed data to a terminal, or read it from one", () => {
    const { host } = archiveHost();
    const c = sh(host, "gzip", { stdoutTty: true });
    expect(c.err).toBe("gzip: compressed data not written to a terminal. Use -f to force compression.\nFor help, type: gzip -h\n");
    expect(c.code).toBe(1);
    const d = sh(host, "gunzip", { stdoutTty: true });
    expect(d.err).toBe("gzip: compressed data not read from a terminal. Use -f to force decompression.\nFor help, type: gzip -h\n");
    expect(d.code).toBe(1);
  });

  it("writes a named file's compressed bytes even to a terminal, as gzip 1.12 does", () => {
    const { host } = archiveHost();
    const r = sh(host, "gzip -c f", { stdoutTty: true });
    expect(r.code).toBe(0);
    expect(r.out.slice(0, 2)).toBe("\x1f\x8b");
  });

  it("asks before overwriting when stdin is a terminal; no answer means no", () => {
    const { host } = archiveHost();
    sh(host, "gzip -k f");
    const r = sh(host, "gzip f", { stdoutTty: true });
    expect(r.err).toBe("gzip: f.gz already exists; do you wish to overwrite (y or n)? \tnot overwritten\n");
    expect(r.code).toBe(2);
    expect(sh(host, "gzip -f f").code).toBe(0);
    expect(host.fs.stat(`${WORKDIR}/f`).ok).toBe(false);
  });

  it("compresses a directory's files with -r, each replaced by its .gz; a symlink is refused", () => {
    const { host } = archiveHost();
    const r = sh(host, "gzip -r dir");
    expect(r.err).toBe("gzip: dir/link: Too many levels of symbolic links\n");
    expect(r.code).toBe(1);
    expect(sh(host, "ls dir dir/sub").text).toBe("dir:\na.txt.gz\nb\nlink\nsub\n\ndir/sub:\nz.gz\n");
  });

  it("mysqldump-style pipes: compress stdin to a file and restore it through gunzip <", () => {
    const { host } = archiveHost();
    sh(host, "cat data.csv | gzip > db.sql.gz");
    expect(sh(host, "gunzip < db.sql.gz").text).toBe("id,name\n1,alice\n2,bob\n");
    expect(sh(host, "zcat db.sql.gz").text).toBe("id,name\n1,alice\n2,bob\n");
  });
});

describe("the gzip format", () => {
  it("writes gzip's header: FNAME, MTIME, XFL by level, OS 3 (Unix)", () => {
    const out = gzipEncode(bytes("hello\n"), { name: bytes("f"), mtimeSec: 1_796_029_200, level: 9 });
    expect([...out.subarray(0, 12)]).toEqual([0x1f, 0x8b, 8, 8, 0x10, 0x3b, 0x0d, 0x6b, 2, 3, 0x66, 0]);
    expect(gzipEncode(bytes("x"), { mtimeSec: 0, level: 1 })[8]).toBe(4);
    expect(gzipEncode(bytes("x"), { mtimeSec: 0, level: 6 })[8]).toBe(0);
  });

  it("reads concatenated members back as one stream", () => {
    const a = gzipEncode(bytes("one\n"), { mtimeSec: 0, level: 6 });
    const b = gzipEncode(bytes("two\n"), { mtimeSec: 0, level: 6 });
    const d = gzipDecode(new Uint8Array([...a, ...b]));
    expect(fromUint8Array(d.data)).toBe("one\ntwo\n");
    expect(d.members).toBe(2);
    expect(d.problems).toEqual([]);
  });

  it("reports a damaged CRC as gzip does, and keeps the data for -c", () => {
    const { host } = archiveHost();
    const good = gzipEncode(bytes("hello world\n".repeat(50)), { name: bytes("w"), mtimeSec: 0, level: 6 });
    const bad = good.slice();
    bad[bad.length - 6] ^= 0xff;
    expect(gzipDecode(bad).problems).toEqual([{ kind: "crc" }]);
    host.fs.writeFile(`${WORKDIR}/w.gz`, fromUint8Array(bad));
    const t = sh(host, "gzip -t w.gz");
    expect(t.err).toBe("\ngzip: w.gz: invalid compressed data--crc error\n");
    expect(t.code).toBe(1);
    const c = sh(host, "gunzip -c w.gz");
    expect(c.text).toBe("hello world\n".repeat(50));
    const inPlace = sh(host, "gunzip w.gz");
    expect(inPlace.code).toBe(1);
    expect(host.fs.stat(`${WORKDIR}/w`).ok).toBe(false);
  });

  it("names an unknown method without the leading empty line", () => {
    const { host } = archiveHost();
    host.fs.writeFile(`${WORKDIR}/m.gz`, asBytes("\x1f\x8b\x09\x00\x00\x00\x00\x00\x00\x03"));
    expect(sh(host, "gzip -t m.gz").err).toBe("gzip: m.gz: unknown method 9 -- not supported\n");
  });
});

describe("tar", () => {
  it("strips the leading / with GNU tar's message, once", () => {
    const { host } = archiveHost();
    const r = sh(host, `tar czf abs.tgz ${WORKDIR}/f ${WORKDIR}/plain`);
    expect(r.err).toBe("tar: Removing leading `/' from member names\n");
    expect(sh(host, "tar tzf abs.tgz").text).toBe("root/w/f\nroot/w/plain\n");
    const x = sh(host, "mkdir r && tar xzf abs.tgz -C r && cat r/root/w/f");
    expect(x.text).toBe("hello\n");
  });

  it("refuses to write an archive to a terminal or read one from it", () => {
    const { host } = archiveHost();
    const c = sh(host, "tar c f", { stdoutTty: true });
    expect(c.err).toBe("tar: Refusing to write archive contents to terminal (missing -f option?)\ntar: Error is not recoverable: exiting now\n");
    expect(c.code).toBe(2);
    const t = sh(host, "tar t", { stdoutTty: true });
    expect(t.err).toBe("tar: Refusing to read archive contents from terminal (missing -f option?)\ntar: Error is not recoverable: exiting now\n");
    expect(t.code).toBe(2);
  });

  it("carries names over 100 bytes in a GNU ././@LongLink member and reads them back", () => {
    const name = `${"d".repeat(80)}/${"f".repeat(40)}`;
    const h = encodeHeader({
      name: asBytes(name), type: "file", mode: 0o644, uid: 0, gid: 0, uname: "root", gname: "root",
      size: 0, mtimeSec: 1_796_029_200, linkname: asBytes(""), devmajor: 0, devminor: 0,
    });
    expect(h.slice(0, 13)).toBe("././@LongLink");
    expect(h[156]).toBe("L");
    const read = readArchive(asBytes(h + "\0".repeat(1024)));
    expect(read.problem).toBeUndefined();
    expect(read.members.map((m) => m.entry.name)).toEqual([name]);
  });

  it("restores modes and mtimes, and directories' mtimes after their contents", () => {
    const { host, clock } = archiveHost();
    sh(host, "tar cf a.tar dir");
    clock.advance(3_600_000, () => {});
    sh(host, "rm -r dir; tar xf a.tar");
    const st = (p: string) => {
      const r = host.fs.lstat(`${WORKDIR}/${p}`);
      if (!r.ok) throw new Error(p);
      return r.value;
    };
    expect(st("dir/b/c").mode).toBe(0o600);
    expect(st("dir/b/c").mtime).toBe(0);
    expect(st("dir/b").mtime).toBe(0);
    expect(st("dir").mtime).toBe(0);
    expect(st("dir/link").type).toBe("symlink");
  });
});

describe("md5sum and sha256sum", () => {
  it("escapes a name holding a newline, in both the sum line and the -c report", () => {
    const { host } = archiveHost();
    host.fs.writeFile(`${WORKDIR}/new\nline`, asBytes("y"));
    const r = sh(host, "md5sum new*");
    expect(r.text).toBe("\\415290769594460e2e485922904f345d  new\\nline\n");
    host.fs.writeFile(`${WORKDIR}/s`, r.out);
    expect(sh(host, "md5sum -c s").text).toBe("\\new\\nline: OK\n");
  });

  it("--status prints nothing on stdout and answers with the exit status", () => {
    const { host } = archiveHost();
    sh(host, "md5sum f > s");
    expect(sh(host, "md5sum -c --status s")).toMatchObject({ text: "", err: "", code: 0 });
    sh(host, "echo changed > f");
    expect(sh(host, "md5sum -c --status s")).toMatchObject({ text: "", err: "", code: 1 });
  });
});

describe("sz: a file handed to the page", () => {
  it("raises a download with the file's bytes and base name, and prints nothing", () => {
    const lab = LabSession.create("single");
    lab.run(undefined, "printf 'hello\\n' > /root/f.txt && gzip /root/f.txt");
    const r = lab.run(undefined, "sz /root/f.txt.gz");
    expect(r.exit).toBe(0);
    expect(r.screen).toBe("");
    expect(r.downloads).toHaveLength(1);
    const d = r.downloads![0];
    expect(d.host).toBe(lab.defaultHost);
    expect(d.name).toBe("f.txt.gz");
    expect(fromUint8Array(gzipDecode(toUint8Array(d.bytes)).data)).toBe("hello\n");
    // the next line starts with an empty outbox
    expect(lab.run(undefined, "true").downloads).toBeUndefined();
  });

  it("says what lrzsz says for a missing file or no operand", () => {
    const lab = LabSession.create("single");
    const missing = lab.run(undefined, "sz nope");
    expect(missing.stderr).toBe("sz: cannot open nope: No such file or directory\n\nCan't open any requested files.\n");
    expect(missing.exit).toBe(128);
    expect(missing.downloads).toBeUndefined();
    const none = lab.run(undefined, "sz");
    expect(none.stderr).toBe("sz: need at least one file to send\nTry `sz --help' for more information.\n");
    expect(none.exit).toBe(2);
  });

  it("reaches the page through TerminalSession's onDownload, after the line has run", () => {
    const lab = LabSession.create("single");
    const events: string[] = [];
    const t = new TerminalSession(lab, {
      onLine: (r: LineResult) => events.push(`line ${r.cmd}`),
      onDownload: (d: Download) => events.push(`download ${d.name} ${d.bytes.length}`),
    });
    t.start();
    t.input("echo hi > /root/a; sz /root/a /root/a\r");
    expect(events).toEqual(["line echo hi > /root/a; sz /root/a /root/a", "download a 3", "download a 3"]);
  });

  it("replays to the same downloads", () => {
    const lab = LabSession.create("single");
    lab.run(undefined, "echo data > /root/d && sz /root/d");
    const { outputs } = LabSession.replay(lab.transcript);
    expect(outputs[0].downloads?.map((d) => [d.name, d.bytes])).toEqual([["d", "data\n"]]);
  });
});
