/**
 * curl (7.88.1) for http:// URLs over the simulated TCP: GET or HEAD (-I),
 * -o/-O, -s/-S, -i, -v, -f, -X, -H, -A, -d, -m/--max-time,
 * --connect-timeout; curl's error texts and exit codes ((6) resolve, (7)
 * connect, (28) timeouts, (52) empty reply, (56) reset, (22) with -f). The
 * progress meter appears where curl shows it: on stderr when the body does
 * not go to a terminal, updated once per virtual second.
 */
import { utf8Encode } from "../../bytes.js";
import type { Command } from "../types.js";
import type { Process } from "../../process/process.js";
import { parseResponse } from "../../net/http/message.js";
import { resolve4 } from "./traffic/resolve.js";
import { closeAndSettle, readUntil, tcpConnectWait } from "./traffic/tcp-client.js";
import { parseHttpUrl } from "./traffic/url.js";

const HELP_HINT = "curl: try 'curl --help' or 'curl --manual' for more information\n";
/** the longest a transfer waits without --max-time, in ms of virtual time (curl itself has no limit) */
const TRANSFER_WAIT_MS = 300_000;

interface CurlOptions {
  silent: boolean;
  showError: boolean;
  output?: string;
  remoteName: boolean;
  head: boolean;
  include: boolean;
  verbose: boolean;
  fail: boolean;
  method?: string;
  headers: string[];
  agent: string;
  data?: string;
  maxTimeMs?: number;
  connectTimeoutMs?: number;
  urls: string[];
}

function parseSeconds(text: string): number | undefined {
  return /^\d+(\.\d+)?$/.test(text) ? Math.round(Number(text) * 1000) : undefined;
}

function parse(proc: Process): CurlOptions | number {
  const o: CurlOptions = { silent: false, showError: false, remoteName: false, head: false, include: false, verbose: false, fail: false, headers: [], agent: "curl/7.88.1", urls: [] };
  const args = proc.argv.slice(1);
  const need = (i: number, name: string): string | number => {
    if (i >= args.length) {
      proc.stderr.write(`curl: option ${name}: requires parameter\n${HELP_HINT}`);
      return 2;
    }
    return args[i];
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const long = a.startsWith("--") ? a : undefined;
    const takes = (name: string, set: (v: string) => number | void): number | void => {
      const v = need(++i, name);
      if (typeof v === "number") return v;
      return set(v);
    };
    let r: number | void = undefined;
    if (long) {
      switch (long) {
        case "--silent": o.silent = true; break;
        case "--show-error": o.showError = true; break;
        case "--head": o.head = true; break;
        case "--include": o.include = true; break;
        case "--verbose": o.verbose = true; break;
        case "--fail": o.fail = true; break;
        case "--remote-name": o.remoteName = true; break;
        case "--output": r = takes(long, (v) => void (o.output = v)); break;
        case "--request": r = takes(long, (v) => void (o.method = v)); break;
        case "--header": r = takes(long, (v) => void o.headers.push(v)); break;
        case "--user-agent": r = takes(long, (v) => void (o.agent = v)); break;
        case "--data": r = takes(long, (v) => void (o.data = v)); break;
        case "--max-time":
        case "--connect-timeout":
          r = takes(long, (v) => {
            const ms = parseSeconds(v);
            if (ms === undefined) {
              proc.stderr.write(`curl: option ${long}: expected a proper numerical parameter\n${HELP_HINT}`);
              return 2;
            }
            if (long === "--max-time") o.maxTimeMs = ms;
            else o.connectTimeoutMs = ms;
          });
          break;
        default:
          proc.stderr.write(`curl: option ${long}: is unknown\n${HELP_HINT}`);
          return 2;
      }
      if (typeof r === "number") return r;
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const ch = a[j];
        const value = (name: string, set: (v: string) => number | void): number | void => {
          if (j + 1 < a.length) {
            const v = a.slice(j + 1);
            j = a.length;
            return set(v);
          }
          return takes(name, set);
        };
        switch (ch) {
          case "s": o.silent = true; break;
          case "S": o.showError = true; break;
          case "I": o.head = true; break;
          case "i": o.include = true; break;
          case "v": o.verbose = true; break;
          case "f": o.fail = true; break;
          case "O": o.remoteName = true; break;
          case "L": break;
          case "o": r = value("-o", (v) => void (o.output = v)); break;
          case "X": r = value("-X", (v) => void (o.method = v)); break;
          case "H": r = value("-H", (v) => void o.headers.push(v)); break;
          case "A": r = value("-A", (v) => void (o.agent = v)); break;
          case "d": r = value("-d", (v) => void (o.data = v)); break;
          case "m":
            r = value("-m", (v) => {
              const ms = parseSeconds(v);
              if (ms === undefined) {
                proc.stderr.write(`curl: option -m: expected a proper numerical parameter\n${HELP_HINT}`);
                return 2;
              }
              o.maxTimeMs = ms;
            });
            break;
          default:
            proc.stderr.write(`curl: option -${ch}: is unknown\n${HELP_HINT}`);
            return 2;
        }
        if (typeof r === "number") return r;
      }
      continue;
    }
    o.urls.push(a);
  }
  return o;
}

/** curl's max5data: a byte count or speed in at most 5 columns */
function max5(n: number): string {
  n = Math.floor(n);
  if (n < 100000) return String(n).padStart(5);
  if (n < 10000 * 1024) return `${String(Math.floor(n / 1024)).padStart(4)}k`;
  if (n < 100 * 1048576) return `${String(Math.floor(n / 1048576)).padStart(2)}.${Math.floor((n % 1048576) / 104858)}M`;
  return `${String(Math.floor(n / 1048576)).padStart(4)}M`;
}

function time2str(ms: number | undefined): string {
  if (ms === undefined || ms < 1000) return "--:--:--";
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 3600)).padStart(2)}:${String(Math.floor(s / 60) % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`;
}

class Meter {
  private lastSecond = -1;
  constructor(
    private readonly proc: Process,
    private readonly start: number,
    readonly on: boolean,
  ) {
    if (on)
      proc.stderr.write(
        "  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n" +
          "                                 Dload  Upload   Total   Spent    Left  Speed\n",
      );
  }

  line(total: number, received: number, now: number): void {
    if (!this.on) return;
    const elapsed = now - this.start;
    const pct = total > 0 ? Math.floor((received * 100) / total) : 0;
    const speed = elapsed > 0 ? (received * 1000) / elapsed : 0;
    this.proc.stderr.write(
      `\r${String(pct).padStart(3)} ${max5(total)}  ${String(pct).padStart(3)} ${max5(received)}    0 ${max5(0)}  ${max5(speed)}  ${max5(0)} ` +
        `--:--:-- ${time2str(elapsed)} --:--:-- ${max5(received > 0 ? speed : 0)}`,
    );
  }

  /** one line per whole second passed since the last */
  tick(now: number): void {
    const s = Math.floor((now - this.start) / 1000);
    while (this.on && this.lastSecond < s) {
      this.lastSecond++;
      this.line(0, 0, this.start + this.lastSecond * 1000);
    }
  }

  end(): void {
    if (this.on) this.proc.stderr.write("\n");
  }
}

export const curl: Command = {
  name: "curl",
  summary: "curl - transfer a URL",
  man: `NAME
curl - transfer a URL

SYNOPSIS
curl [options] URL

OPTIONS
-o, --output FILE     Write output to FILE instead of stdout.
-O, --remote-name     Write output to a local file named like the remote file.
-s, --silent          Silent mode: no progress meter, no error messages.
-S, --show-error      With -s, show an error message if it fails.
-I, --head            Fetch the headers only.
-i, --include         Include the response headers in the output.
-v, --verbose         Make the operation more talkative.
-f, --fail            Fail with exit code 22 on HTTP errors.
-m, --max-time SECS   Maximum time allowed for the whole operation.
    --connect-timeout SECS  Maximum time allowed for connection.
-X, --request METHOD  Request method to use.
-H, --header LINE     Pass a custom header to the server.

Only http:// is spoken in Rootlab's network.
`,
  complete: () => ["-o", "-O", "-s", "-S", "-I", "-i", "-v", "-f", "-m", "--max-time", "--connect-timeout", "-X", "-H"],
  run(proc) {
    const o = parse(proc);
    if (typeof o === "number") return o;
    const quietErrors = o.silent && !o.showError;
    const err = (code: number, text: string) => {
      if (!quietErrors) proc.stderr.write(`curl: (${code}) ${text}\n`);
      return code;
    };
    if (o.urls.length === 0) {
      proc.stderr.write(`curl: no URL specified!\n${HELP_HINT}`);
      return 2;
    }
    let status = 0;
    for (const raw of o.urls) {
      status = fetchOne(proc, o, raw, err);
    }
    return status;
  },
};

function fetchOne(proc: Process, o: CurlOptions, raw: string, err: (code: number, text: string) => number): number {
  const isHttps = /^https:\/\//i.test(raw);
  const url = parseHttpUrl(isHttps ? `http://${raw.slice(8)}` : raw);
  if (url === "unsupported") return err(1, `Protocol "${raw.split(":")[0]}" not supported or disabled in libcurl`);
  if (url === "bad") return err(3, "URL using bad/illegal format or missing URL");
  const port = isHttps && !/^https:\/\/[^/]*:\d/.test(raw) ? 443 : url.port;
  const dst = resolve4(proc, url.host);
  if (!dst) return err(6, `Could not resolve host: ${url.host}`);
  const clock = proc.host.world.clock;
  const start = clock.now;
  const toFile = o.output !== undefined || o.remoteName;
  const meter = new Meter(proc, start, !o.silent && (toFile || !proc.stdout.isTTY));
  meter.tick(start);
  if (o.verbose) proc.stderr.write(`*   Trying ${dst}:${port}...\n`);
  const limit = Math.min(o.connectTimeoutMs ?? Infinity, o.maxTimeMs ?? Infinity);
  const c = tcpConnectWait(proc, dst, port, Number.isFinite(limit) ? limit : undefined, { comm: "curl", pid: 0, fd: 5 });
  meter.tick(clock.now);
  if (!c.ok) {
    meter.end();
    const ms = Math.floor(c.ms);
    if (c.error === "timeout") {
      if (o.connectTimeoutMs !== undefined && o.connectTimeoutMs <= (o.maxTimeMs ?? Infinity))
        return err(28, `Failed to connect to ${url.host} port ${port} after ${ms} ms: Timeout was reached`);
      return err(28, `Connection timed out after ${ms} milliseconds`);
    }
    // the kernel giving up on the SYN (ETIMEDOUT) is a timeout to curl: 28, with the connect text
    return err(c.error === "ETIMEDOUT" ? 28 : 7, `Failed to connect to ${url.host} port ${port} after ${ms} ms: Couldn't connect to server`);
  }
  const net = proc.host.kernel.net;
  const sock = c.sock;
  if (o.verbose) proc.stderr.write(`* Connected to ${url.host} (${dst}) port ${port} (#0)\n`);
  const method = o.method ?? (o.head ? "HEAD" : o.data !== undefined ? "POST" : "GET");
  let req = `${method} ${url.path} HTTP/1.1\r\nHost: ${url.hostHeader}\r\nUser-Agent: ${o.agent}\r\nAccept: */*\r\n`;
  for (const h of o.headers) req += `${h}\r\n`;
  if (o.data !== undefined) req += `Content-Length: ${o.data.length}\r\nContent-Type: application/x-www-form-urlencoded\r\n`;
  req += "\r\n";
  if (o.data !== undefined) req += o.data;
  // curl -v shows header lines as sent, each still ending in CR
  if (o.verbose) for (const l of req.split("\r\n\r\n")[0].split("\r\n")) proc.stderr.write(`> ${l}\r\n`);
  if (o.verbose) proc.stderr.write("> \r\n");
  net.send(sock, req);
  const remaining = o.maxTimeMs !== undefined ? Math.max(0, o.maxTimeMs - (clock.now - start)) : TRANSFER_WAIT_MS;
  const got = readUntil(proc, sock, (data, eof) => {
    const r = parseResponse(data, eof, method === "HEAD");
    meter.tick(clock.now);
    return r !== undefined && r !== "bad" && r.complete;
  }, remaining);
  const resetByPeer = sock.error === "ECONNRESET";
  closeAndSettle(proc, sock);
  const res = parseResponse(got.data, got.eof, method === "HEAD");
  if (got.timedOut && (res === undefined || res === "bad" || !res.complete)) {
    meter.end();
    return err(28, `Operation timed out after ${Math.floor(clock.now - start)} milliseconds with ${res && res !== "bad" ? res.body.length : 0} bytes received`);
  }
  if (res === undefined || res === "bad") {
    meter.end();
    if (resetByPeer) return err(56, "Recv failure: Connection reset by peer");
    return got.data.length === 0 ? err(52, "Empty reply from server") : err(1, "Received HTTP/0.9 when not allowed");
  }
  if (o.verbose) {
    for (const l of res.head.split("\r\n").filter(Boolean)) proc.stderr.write(`< ${l}\r\n`);
    proc.stderr.write("< \r\n");
  }
  if (o.fail && res.status >= 400) {
    meter.end();
    return err(22, `The requested URL returned error: ${res.status}`);
  }
  let out = "";
  if (o.head || o.include) out += res.head;
  if (!o.head) out += res.body;
  const total = Number(res.headers.find(([k]) => k.toLowerCase() === "content-length")?.[1] ?? res.body.length);
  meter.line(total, o.head ? 0 : res.body.length, clock.now);
  meter.end();
  if (toFile) {
    let path = o.output;
    if (path === undefined) {
      path = url.path.split("?")[0].split("/").pop() ?? "";
      if (!path) {
        proc.stderr.write("curl: Remote file name has no length!\n");
        return err(23, "Failed writing received data to disk/application");
      }
    }
    if (path === "-") proc.stdout.writeBytes(utf8Encode(out));
    else if (path !== "/dev/null") {
      const w = proc.host.fs.writeFile(proc.resolve(path), utf8Encode(out));
      if (!w.ok) {
        if (!o.silent || o.showError) proc.stderr.write(`Warning: Failed to open the file ${path}: No such file or directory\n`);
        return err(23, "Failure writing output to destination");
      }
    }
  } else proc.stdout.writeBytes(out as never);
  if (o.verbose) {
    if (!o.head) proc.stderr.write(`{ [${res.body.length} bytes data]\n`);
    proc.stderr.write(`* Connection #0 to host ${url.host} left intact\n`);
  }
  return 0;
}
