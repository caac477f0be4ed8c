/**
 * Interoperability with the real tools on this machine, both ways: archives
 * and compressed files made in the simulation are written out and opened
 * with real tar, gunzip, gzip -l and file; archives made by the real tools are
 * read by the simulation; md5sum and sha256sum agree on the same bytes.
 * Inputs are big enough that fflate's deflate output differs from gzip's.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asBytes, type ByteString } from "../../bytes.js";
import { EPOCH_MS } from "../../world/clock.js";
import { buildTree, exportBytes, makeTempDir, type RealNode, realSh, removeDir } from "../../test-support/real-tools.js";
import { archiveHost, sh, WORKDIR } from "./test-support.js";

/** deterministic text-like bytes: compressible, but not trivially */
function pseudoText(n: number, seed: number): string {
  const words = ["INSERT", "INTO", "`orders`", "VALUES", "(1,'alice',", "42.50),", "'bob'", "NULL", "\n", "--", "backup"];
  let s = "";
  let x = seed >>> 0;
  while (s.length < n) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    s += `${words[x % words.length]}${x % 7 === 0 ? "\n" : " "}${(x >>> 8) % 1000}`;
  }
  return s.slice(0, n);
}

/** deterministic arbitrary bytes 0-255 */
function pseudoBinary(n: number, seed: number): string {
  let s = "";
  let x = seed >>> 0;
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    s += String.fromCharCode(x >>> 24);
  }
  return s;
}

const LONG = `deep/${"a".repeat(60)}/${"b".repeat(60)}/file-with-a-long-name.sql`;

const TREE: RealNode[] = [
  { path: "backup", mode: 0o750 },
  { path: "backup/shop.sql", content: pseudoText(200_000, 1) },
  { path: "backup/blob.bin", content: pseudoBinary(5000, 2), mode: 0o600 },
  { path: "backup/empty", content: "" },
  { path: "backup/run.sh", content: "#!/bin/sh\necho backup\n", mode: 0o755 },
  { path: "backup/latest", link: "shop.sql" },
  { path: "backup/deep", mode: 0o755 },
  { path: `backup/deep/${"a".repeat(60)}`, mode: 0o755 },
  { path: `backup/deep/${"a".repeat(60)}/${"b".repeat(60)}`, mode: 0o755 },
  { path: `backup/${LONG}`, content: "long\n" },
];

function simHost() {
  const t = archiveHost();
  const fs = t.host.fs;
  for (const n of TREE) {
    const p = `${WORKDIR}/${n.path}`;
    if (n.link !== undefined) fs.symlink(n.link, p);
    else if (n.content === undefined) fs.mkdir(p, { mode: n.mode ?? 0o755 });
    else fs.writeFile(p, asBytes(n.content), { mode: n.mode ?? 0o644 });
  }
  for (const n of TREE) if (n.link === undefined) fs.utimes(`${WORKDIR}/${n.path}`, 0);
  return t;
}

const read = (host: ReturnType<typeof simHost>["host"], path: string): ByteString => {
  const r = host.fs.readFile(path);
  if (!r.ok) throw new Error(`${path}: ${r.errno}`);
  return r.value;
};

let real: string;
beforeAll(() => {
  real = makeTempDir();
  buildTree(real, TREE, EPOCH_MS / 1000);
});
afterAll(() => removeDir(real));

/** what real stat says about every entry under `dir` (modes, sizes, mtimes, link targets), sorted */
function realStat(dir: string): string {
  return realSh(dir, "find backup -exec stat -c '%A %s %Y %N' {} + | LC_ALL=C sort").out.toString("latin1");
}

describe("made in the simulation, opened by the real tools", () => {
  it("real tar lists and extracts a gzipped archive the simulation made: same names, modes, sizes, mtimes", () => {
    const { host } = simHost();
    const made = sh(host, "tar czvf backup.tgz backup");
    expect(made.code).toBe(0);
    const listing = sh(host, "tar tzvf backup.tgz");
    const out = makeTempDir();
    try {
      exportBytes(out, "backup.tgz", read(host, `${WORKDIR}/backup.tgz`));
      const r = realSh(out, "tar tzvf backup.tgz");
      expect(r.err).toBe("");
      expect(r.out.toString("latin1")).toBe(listing.out);
      expect(realSh(out, "tar xzf backup.tgz").code).toBe(0);
      // directories' sizes are filesystem-specific: compare everything else
      const strip = (s: string) => s.replace(/^(d\S+) \d+ /gm, "$1 - ");
      expect(strip(realStat(out))).toBe(strip(realStat(real)));
      expect(readFileSync(join(out, "backup/shop.sql")).toString("latin1")).toBe(read(host, `${WORKDIR}/backup/shop.sql`));
      expect(readFileSync(join(out, "backup", LONG), "latin1")).toBe("long\n");
    } finally {
      removeDir(out);
    }
  });

  it("an uncompressed archive of the same tree is byte-identical to real tar's", () => {
    const { host } = simHost();
    sh(host, "tar cf backup.tar backup");
    const r = realSh(real, "tar cf - backup");
    expect(r.code).toBe(0);
    expect(read(host, `${WORKDIR}/backup.tar`)).toBe(r.out.toString("latin1"));
  });

  it("real gunzip restores gzip's output; gzip -l, gzip -lv, gzip -t and file agree with the simulation", () => {
    const { host } = simHost();
    expect(sh(host, "gzip -k backup/shop.sql backup/blob.bin").code).toBe(0);
    const simList = sh(host, "gzip -lv backup/shop.sql.gz backup/blob.bin.gz").text;
    const out = makeTempDir();
    try {
      exportBytes(out, "shop.sql.gz", read(host, `${WORKDIR}/backup/shop.sql.gz`));
      exportBytes(out, "blob.bin.gz", read(host, `${WORKDIR}/backup/blob.bin.gz`));
      // the .gz files carry the simulation's mtime (gzip copies the original's), as a download would keep it
      realSh(out, `mkdir backup && mv shop.sql.gz blob.bin.gz backup/ && touch -d @${EPOCH_MS / 1000} backup/*`);
      expect(realSh(out, "gzip -c -d backup/shop.sql.gz").out.toString("latin1")).toBe(read(host, `${WORKDIR}/backup/shop.sql`));
      expect(realSh(out, "gunzip -c backup/blob.bin.gz").out.toString("latin1")).toBe(read(host, `${WORKDIR}/backup/blob.bin`));
      const t = realSh(out, "gzip -tv backup/shop.sql.gz backup/blob.bin.gz");
      expect(t.code).toBe(0);
      expect(t.err).toBe("backup/shop.sql.gz:\t OK\nbackup/blob.bin.gz:\t OK\n");
      expect(realSh(out, "gzip -lv backup/shop.sql.gz backup/blob.bin.gz").out.toString()).toBe(simList);
      expect(realSh(out, "file backup/shop.sql.gz").out.toString()).toBe(
        'backup/shop.sql.gz: gzip compressed data, was "shop.sql", last modified: Mon Nov 30 09:00:00 2026, from Unix, original size modulo 2^32 200000\n',
      );
    } finally {
      removeDir(out);
    }
  });

  it("a dump piped through gzip (no name, no time stamp) decompresses with real gunzip", () => {
    const { host } = simHost();
    sh(host, "cat backup/shop.sql | gzip -9 > db.sql.gz");
    const out = makeTempDir();
    try {
      exportBytes(out, "db.sql.gz", read(host, `${WORKDIR}/db.sql.gz`));
      const r = realSh(out, "gunzip < db.sql.gz");
      expect(r.code).toBe(0);
      expect(r.out.toString("latin1")).toBe(read(host, `${WORKDIR}/backup/shop.sql`));
      expect(realSh(out, "file db.sql.gz").out.toString()).toBe("db.sql.gz: gzip compressed data, max compression, from Unix, original size modulo 2^32 200000\n");
    } finally {
      removeDir(out);
    }
  });
});

describe("made by the real tools, read by the simulation", () => {
  it("tar tzvf, tar xzf and gzip -lv of real tar's and gzip's output match the real tools", () => {
    const { host } = simHost();
    realSh(
      real,
      `tar czf real.tgz backup && gzip -9 -k backup/shop.sql && cp backup/shop.sql.gz real.sql.gz && rm backup/shop.sql.gz && touch -d @${EPOCH_MS / 1000} real.sql.gz`,
    );
    try {
      const tgz = readFileSync(join(real, "real.tgz")).toString("latin1");
      const sqlgz = readFileSync(join(real, "real.sql.gz")).toString("latin1");
      host.fs.writeFile(`${WORKDIR}/real.tgz`, asBytes(tgz));
      host.fs.writeFile(`${WORKDIR}/real.sql.gz`, asBytes(sqlgz));
      host.fs.utimes(`${WORKDIR}/real.sql.gz`, 0);
      expect(sh(host, "tar tzvf real.tgz").out).toBe(realSh(real, "tar tzvf real.tgz").out.toString("latin1"));
      expect(sh(host, "gzip -lv real.sql.gz").text).toBe(realSh(real, "gzip -lv real.sql.gz").out.toString());
      expect(sh(host, "gzip -l real.tgz").text).toBe(realSh(real, "gzip -l real.tgz").out.toString());
      const z = sh(host, "zcat real.sql.gz | md5sum");
      expect(z.text).toBe(realSh(real, "md5sum < backup/shop.sql").out.toString());
      // extract over a copy removed first, then compare contents and metadata with the originals
      sh(host, "rm -r backup && mkdir restore && tar xzf real.tgz -C restore");
      const simStat = sh(host, "cd restore && stat -c '%A %s %Y %N' backup/shop.sql backup/blob.bin backup/empty backup/run.sh backup/latest");
      const realStatOut = realSh(real, "stat -c '%A %s %Y %N' backup/shop.sql backup/blob.bin backup/empty backup/run.sh backup/latest");
      expect(simStat.text).toBe(realStatOut.out.toString());
      expect(read(host, `${WORKDIR}/restore/backup/blob.bin`)).toBe(readFileSync(join(real, "backup/blob.bin")).toString("latin1"));
      expect(read(host, `${WORKDIR}/restore/backup/${LONG}`)).toBe("long\n");
    } finally {
      realSh(real, "rm -f real.tgz real.sql.gz");
    }
  });

  it("reads POSIX (pax) and ustar archives from real tar", () => {
    const { host } = simHost();
    for (const format of ["posix", "ustar"]) {
      // ustar cannot hold the 180-byte name: archive only the files that fit
      const what = format === "ustar" ? "backup/shop.sql backup/run.sh backup/latest" : "backup";
      const r = realSh(real, `tar --format=${format} -cf - ${what}`);
      host.fs.writeFile(`${WORKDIR}/${format}.tar`, asBytes(r.out.toString("latin1")));
      expect(sh(host, `tar tvf ${format}.tar`).out).toBe(realSh(real, `tar --format=${format} -cf - ${what} | tar tvf -`).out.toString("latin1"));
    }
  });

  it("md5sum and sha256sum agree with the real ones on the same bytes, and check real sum files", () => {
    const { host } = simHost();
    for (const prog of ["md5sum", "sha256sum"]) {
      const files = "backup/shop.sql backup/blob.bin backup/empty";
      const realOut = realSh(real, `${prog} ${files}`).out.toString();
      expect(sh(host, `${prog} ${files}`).text).toBe(realOut);
      host.fs.writeFile(`${WORKDIR}/sums`, asBytes(realOut));
      const c = sh(host, `${prog} -c sums`);
      expect(c.text).toBe("backup/shop.sql: OK\nbackup/blob.bin: OK\nbackup/empty: OK\n");
      expect(c.code).toBe(0);
    }
  });
});
