/**
 * wget (GNU Wget 1.21.3) for http:// URLs over the simulated TCP: its
 * stderr log (connecting, request sent, length, saving, the dot progress
 * line, the final "saved" line), -O FILE / -O -, -q, -T seconds, -t tries;
 * exit codes 0, 4 (network failure), 8 (server error response). Files that
 * exist get ".1", ".2" suffixes as wget does without -O.
 */
import { utf8Encode } from "../../bytes.js";
import type { Command } from "../types.js";
import type { Process } from "../../process/process.js";
import { parseResponse } from "../../net/http/message.js";
import { civilTime } from "../../world/calendar.js";
import { STRERROR } from "../../kernel/errno.js";
import { isIp4, resolve4 } from "./traffic/resolve.js";
import { closeAndSettle, readUntil, tcpConnectWait } from "./traffic/tcp-client.js";
import { parseHttpUrl } from "./traffic/url.js";

const p2 = (n: number) => String(n).padStart(2, "0");

function stamp(unixMs: number): string {
  const t = civilTime(unixMs);
  return `${t.y}-${p2(t.m)}-${p2(t.d)} ${p2(t.hh)}:${p2(t.mm)}:${p2(t.ss)}`;
}

/** wget's rate: value and unit, 1024-based, precision by magnitude */
function rate(bytes: number, ms: number): [string, string] {
  let r = (bytes * 1000) / Math.max(ms, 0.001);
  const units = ["B/s", "KB/s", "MB/s", "GB/s"];
  let u = 0;
  while (r >= 1024 && u < units.length - 1) {
    r /= 1024;
    u++;
  }
  const text = r.toFixed(r >= 99.95 ? 0 : r >= 9.995 ? 1 : 2);
  return [text, units[u]];
}

const USAGE = "Usage: wget [OPTION]... [URL]...\n\nTry `wget --help' for more options.\n";

export const wget: Command = {
  name: "wget",
  summary: "wget - the non-interactive network downloader",
  man: `NAME
wget - the non-interactive network downloader

SYNOPSIS
wget [option]... [URL]...

OPTIONS
-O file   Write documents to file ("-" for standard output).
-q        Turn off wget's output.
-T secs   Network timeout.
-t n      Number of tries.

Only http:// is spoken in Rootlab's network.
`,
  complete: () => ["-O", "-q", "-T", "-t"],
  run(proc) {
    let output: string | undefined;
    let quiet = false;
    let timeoutMs: number | undefined;
    const urls: string[] = [];
    const args = proc.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === "-O" || a === "--output-document") output = args[++i];
      else if (a.startsWith("-O") && a.length > 2) output = a.slice(2);
      else if (a.startsWith("--output-document=")) output = a.slice(18);
      else if (a === "-q" || a === "--quiet") quiet = true;
      else if (a === "-T" || a === "-t") {
        const v = args[++i] ?? "";
        if (a === "-T") timeoutMs = Math.round(Number(v) * 1000) || undefined;
      } else if (/^--(timeout|tries)=/.test(a)) {
        if (a.startsWith("--timeout=")) timeoutMs = Math.round(Number(a.slice(10)) * 1000) || undefined;
      } else if (a.startsWith("-") && a !== "-") {
        proc.stderr.write(`wget: invalid option -- '${a.slice(1, 2)}'\n${USAGE}`);
        return 2;
      } else urls.push(a);
    }
    if (urls.length === 0) {
      proc.stderr.write(`wget: missing URL\n${USAGE}`);
      return 1;
    }
    const log = (t: string) => {
      if (!quiet) proc.stderr.write(t);
    };
    const clock = proc.host.world.clock;
    let status = 0;
    for (const raw of urls) {
      const url = parseHttpUrl(raw);
      if (url === "unsupported" || url === "bad") {
        log(`${raw}: Unsupported scheme.\n`);
        status = 1;
        continue;
      }
      log(`--${stamp(clock.unixMs)}--  ${url.text}\n`);
      const dst = resolve4(proc, url.host);
      let via = `${dst}:${url.port}`;
      if (!isIp4(url.host)) {
        if (!dst) {
          log(`Resolving ${url.host} (${url.host})... failed: Temporary failure in name resolution.\n`);
          proc.stderr.write(`wget: unable to resolve host address ‘${url.host}’\n`);
          status = 4;
          continue;
        }
        log(`Resolving ${url.host} (${url.host})... ${dst}\n`);
        via = `${url.host} (${url.host})|${dst}|:${url.port}`;
      }
      log(`Connecting to ${via}... `);
      const c = tcpConnectWait(proc, dst!, url.port, timeoutMs, { comm: "wget", pid: 0, fd: 4 });
      if (!c.ok) {
        log(`failed: ${c.error === "timeout" ? "Connection timed out" : STRERROR[c.error]}.\n`);
        status = 4;
        continue;
      }
      log("connected.\n");
      const sock = c.sock;
      const net = proc.host.kernel.net;
      net.send(sock, `GET ${url.path} HTTP/1.1\r\nHost: ${url.hostHeader}\r\nUser-Agent: Wget/1.21.3\r\nAccept: */*\r\nAccept-Encoding: identity\r\nConnection: Keep-Alive\r\n\r\n`);
      log("HTTP request sent, awaiting response... ");
      const t0 = clock.now;
      const got = readUntil(proc, sock, (d, eof) => {
        const r = parseResponse(d, eof);
        return r !== undefined && r !== "bad" && r.complete;
      }, timeoutMs ?? 900_000);
      closeAndSettle(proc, sock);
      const res = parseResponse(got.data, got.eof);
      if (res === undefined || res === "bad") {
        log(got.timedOut ? "Read error (Connection timed out) in headers.\n" : "No data received.\n");
        status = 4;
        continue;
      }
      log(`${res.status} ${res.reason}\n`);
      if (res.status >= 400) {
        log(`${stamp(clock.unixMs)} ERROR ${res.status}: ${res.reason}.\n\n`);
        status = 8;
        continue;
      }
      const type = res.headers.find(([k]) => k.toLowerCase() === "content-type")?.[1];
      log(`Length: ${res.body.length}${type ? ` [${type}]` : ""}\n`);
      let name = output;
      if (name === undefined) {
        const base = url.path.split("?")[0].split("/").pop() || "index.html";
        name = base;
        for (let n = 1; proc.host.fs.stat(proc.resolve(name)).ok && n < 1000; n++) name = `${base}.${n}`;
      }
      const toStdout = name === "-";
      log(`Saving to: ‘${toStdout ? "STDOUT" : name}’\n\n`);
      const [r, unit] = rate(res.body.length, clock.now - t0);
      const kb = Math.floor(res.body.length / 1024);
      log(`${String(kb).padStart(6)}K${" ".repeat(55)}100%  ${r}${unit[0] === "B" ? "" : unit[0]}=0s\n\n`);
      if (toStdout) proc.stdout.writeBytes(utf8Encode(res.body));
      else {
        const w = proc.host.fs.writeFile(proc.resolve(name), utf8Encode(res.body));
        if (!w.ok) {
          proc.stderr.write(`${name}: ${STRERROR[w.errno]}\n`);
          status = 3;
          continue;
        }
      }
      const size = `[${res.body.length}/${res.body.length}]`;
      log(`${stamp(clock.unixMs)} (${r} ${unit}) - ${toStdout ? `written to stdout ${size}` : `‘${name}’ saved ${size}`}\n\n`);
    }
    return status;
  },
};
