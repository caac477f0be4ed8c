/**
 * A web server that answers like Debian 12's nginx 1.22.1 with its default
 * site: GET and HEAD of files under /var/www/html (index.html, index.htm,
 * index.nginx-debian.html for a directory), 301 to add a directory's slash,
 * 404, 405 for other methods, 400 for a malformed request, keep-alive unless
 * the client asks to close (or speaks HTTP/1.0), one access-log line per
 * request. It is driven by its sockets' events inside the kernel's packet
 * flow (world/network.ts registerSocketApp), so it needs no process of its
 * own and works while any host lets time pass.
 */
import { utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import type { SocketState } from "../../kernel/net/packet/state.js";
import { type HttpRequest, header, httpDate, logDate, parseRequestHead } from "../../net/http/message.js";
import { civilTime } from "../../world/calendar.js";
import { EPOCH_MS } from "../../world/clock.js";
import { registerSocketApp } from "../../world/network.js";
import { ACCESS_LOG, NGINX_VERSION, NGINX_WANTS, WEB_ROOT } from "./install.js";

export const APP = "nginx";
/** the pids ss -p shows: the master and two workers (worker_processes auto on 2 cores) */
export const NGINX_PIDS = { master: 1032, workers: [1033, 1034] };

const TYPES: Record<string, string> = {
  html: "text/html",
  htm: "text/html",
  txt: "text/plain",
  css: "text/css",
  js: "application/javascript",
  json: "application/json",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
};

function errorPage(status: number, reason: string): string {
  return (
    `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n` +
    `<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/${NGINX_VERSION}</center>\r\n</body>\r\n</html>\r\n`
  );
}

/** unix ms of virtual time -> civil time for HTTP dates */
function civil(unixMs: number) {
  return civilTime(unixMs);
}

interface Answer {
  status: number;
  reason: string;
  headers: [string, string][];
  body: string;
}

function fileAnswer(host: Host, req: HttpRequest): Answer {
  const path = req.target.split("?")[0];
  if (!path.startsWith("/") || path.split("/").includes("..")) return error(400, "Bad Request");
  let full = WEB_ROOT + path;
  let st = host.fs.stat(full);
  if (st.ok && st.value.type === "dir") {
    if (!path.endsWith("/")) {
      const a = error(301, "Moved Permanently");
      a.headers.push(["Location", `http://${header(req.headers, "host") ?? "localhost"}${path}/`]);
      return a;
    }
    const index = ["index.html", "index.htm", "index.nginx-debian.html"].find((n) => {
      const s = host.fs.stat(`${full}${n}`);
      return s.ok && s.value.type === "file";
    });
    if (!index) return error(403, "Forbidden");
    full += index;
    st = host.fs.stat(full);
  }
  if (!st.ok || st.value.type !== "file") return error(404, "Not Found");
  const data = host.fs.readFile(full);
  if (!data.ok) return error(403, "Forbidden");
  const ext = full.slice(full.lastIndexOf(".") + 1);
  const mtimeUnix = EPOCH_MS + st.value.mtime;
  const etag = `"${Math.floor(mtimeUnix / 1000).toString(16)}-${data.value.length.toString(16)}"`;
  return {
    status: 200,
    reason: "OK",
    headers: [
      ["Content-Type", TYPES[ext] ?? "application/octet-stream"],
      ["Content-Length", String(data.value.length)],
      ["Last-Modified", httpDate(civil(mtimeUnix))],
      ["__connection__", ""],
      ["ETag", etag],
      ["Accept-Ranges", "bytes"],
    ],
    body: data.value,
  };
}

function error(status: number, reason: string): Answer {
  const body = errorPage(status, reason);
  return { status, reason, headers: [["Content-Type", "text/html"], ["Content-Length", String(body.length)]], body };
}

function respond(host: Host, sock: SocketState, req: HttpRequest | undefined): boolean {
  const net = host.kernel.net;
  let ans: Answer;
  if (!req) ans = error(400, "Bad Request");
  else if (req.method !== "GET" && req.method !== "HEAD") ans = error(405, "Not Allowed");
  else ans = fileAnswer(host, req);
  const keepAlive =
    req !== undefined &&
    ans.status !== 400 &&
    (req.version === "HTTP/1.1" ? header(req.headers, "connection")?.toLowerCase() !== "close" : header(req.headers, "connection")?.toLowerCase() === "keep-alive");
  const now = host.clock.unixMs;
  const conn: [string, string] = ["Connection", keepAlive ? "keep-alive" : "close"];
  const headers: [string, string][] = [["Server", `nginx/${NGINX_VERSION}`], ["Date", httpDate(civil(now))]];
  let placed = false;
  for (const h of ans.headers) {
    if (h[0] === "__connection__") {
      headers.push(conn);
      placed = true;
    } else if (h[0] === "Location") {
      headers.push(h);
    } else headers.push(h);
  }
  if (!placed) {
    // error pages put Connection after Content-Length (and Location after it)
    const loc = headers.findIndex(([k]) => k === "Location");
    if (loc >= 0) headers.splice(loc + 1, 0, conn);
    else headers.push(conn);
  }
  let text = `HTTP/1.1 ${ans.status} ${ans.reason}\r\n`;
  for (const [k, v] of headers) text += `${k}: ${v}\r\n`;
  text += "\r\n";
  if (req?.method !== "HEAD") text += ans.body;
  net.send(sock, text);
  logRequest(host, sock, req, ans);
  return keepAlive;
}

function logRequest(host: Host, sock: SocketState, req: HttpRequest | undefined, ans: Answer): void {
  const st = host.fs.stat(ACCESS_LOG);
  if (!st.ok) return;
  const line = req ? `${req.method} ${req.target} ${req.version}` : "";
  const ua = req ? (header(req.headers, "user-agent") ?? "-") : "-";
  const size = req?.method === "HEAD" ? 0 : ans.body.length;
  const text = `${sock.remote} - - [${logDate(civil(host.clock.unixMs))}] "${line}" ${ans.status} ${size} "-" "${ua}"\n`;
  host.fs.writeFile(ACCESS_LOG, utf8Encode(text), { append: true });
}

function onEvent(host: Host, sockId: number, event: string): void {
  const net = host.kernel.net;
  const sock = net.get(sockId);
  if (!sock) return;
  if (sock.state === "LISTEN") {
    if (event !== "accept") return;
    for (let child = net.accept(sock); child; child = net.accept(sock)) {
      child.owners = [{ comm: "nginx", pid: NGINX_PIDS.workers[0], fd: 3 }];
      child.app = APP;
    }
    return;
  }
  if (event === "reset") {
    net.close(sock);
    return;
  }
  if (event === "eof" && sock.rx.length === 0) {
    net.close(sock);
    return;
  }
  // requests are answered one at a time as their heads complete (pipelining is bounded by the loop)
  for (let i = 0; i < 16; i++) {
    const parsed = parseRequestHead(sock.rx);
    if (parsed === undefined) break;
    if (parsed === "bad") {
      sock.rx = "";
      respond(host, sock, undefined);
      net.close(sock);
      return;
    }
    net.read(sock);
    sock.rx = parsed.rest;
    const keep = respond(host, sock, parsed.request);
    if (!keep) {
      net.close(sock);
      return;
    }
  }
  if (event === "eof") net.close(sock);
}

registerSocketApp(APP, onEvent);

/** start nginx on `host` if it is enabled: listening on 0.0.0.0:80 (and [::]:80, shown by ss) */
export function startWebServer(host: Host): boolean {
  if (!host.fs.stat(NGINX_WANTS).ok) return false;
  const net = host.kernel.net;
  const owners = (fd: number) => [...NGINX_PIDS.workers].reverse().concat(NGINX_PIDS.master).map((pid) => ({ comm: "nginx", pid, fd }));
  const v4 = net.socket("tcp");
  if (!net.bind(v4, "0.0.0.0", 80).ok) {
    net.close(v4);
    return false;
  }
  net.listen(v4, 511);
  v4.owners = owners(5);
  v4.app = APP;
  // the IPv6 wildcard listener nginx's default site also opens: carries no traffic (IPv4 only), shown by ss
  const v6 = net.socket("tcp");
  v6.family = "inet6";
  v6.local = "::";
  v6.lport = 80;
  v6.state = "LISTEN";
  v6.backlog = 511;
  v6.acceptQueue = [];
  v6.owners = owners(6);
  return true;
}


