/**
 * HTTP/1.1 messages (RFC 9112) as byte strings: parse a request head, parse
 * a response as it accumulates, and format dates the way nginx and curl
 * print them (RFC 1123, GMT). Pure: no sockets, no clock.
 */

export interface HttpRequest {
  method: string;
  target: string;
  version: string;
  /** header names lower-cased, in order */
  headers: [string, string][];
}

/** the head of a request once "\r\n\r\n" has arrived: undefined while incomplete, "bad" when malformed */
export function parseRequestHead(buf: string): { request: HttpRequest; rest: string } | "bad" | undefined {
  const end = buf.indexOf("\r\n\r\n");
  if (end < 0) return buf.length > 16384 ? "bad" : undefined;
  const lines = buf.slice(0, end).split("\r\n");
  const m = /^([A-Z]+) (\S+) (HTTP\/1\.[01])$/.exec(lines[0]);
  if (!m) return "bad";
  const headers: [string, string][] = [];
  for (const line of lines.slice(1)) {
    const i = line.indexOf(":");
    if (i <= 0) return "bad";
    headers.push([line.slice(0, i).toLowerCase(), line.slice(i + 1).trim()]);
  }
  return { request: { method: m[1], target: m[2], version: m[3], headers }, rest: buf.slice(end + 4) };
}

export function header(headers: [string, string][], name: string): string | undefined {
  return headers.find(([k]) => k === name.toLowerCase())?.[1];
}

export interface HttpResponse {
  version: string;
  status: number;
  reason: string;
  /** as received (original case), in order */
  headers: [string, string][];
  /** the head's bytes up to and including the blank line */
  head: string;
  body: string;
  /** the body is complete (Content-Length reached, or the connection closed) */
  complete: boolean;
}

/** parse what has arrived of a response; `eof` when the server closed the connection */
export function parseResponse(buf: string, eof: boolean, headRequest = false): HttpResponse | "bad" | undefined {
  const end = buf.indexOf("\r\n\r\n");
  if (end < 0) return eof && buf.length > 0 ? "bad" : undefined;
  const lines = buf.slice(0, end).split("\r\n");
  const m = /^(HTTP\/\d\.\d) (\d{3}) ?(.*)$/.exec(lines[0]);
  if (!m) return "bad";
  const headers: [string, string][] = [];
  for (const line of lines.slice(1)) {
    const i = line.indexOf(":");
    if (i > 0) headers.push([line.slice(0, i), line.slice(i + 1).trim()]);
  }
  const body = buf.slice(end + 4);
  const lenText = headers.find(([k]) => k.toLowerCase() === "content-length")?.[1];
  const len = lenText === undefined ? undefined : Number(lenText);
  const complete = headRequest || (len !== undefined ? body.length >= len : eof);
  return {
    version: m[1],
    status: Number(m[2]),
    reason: m[3],
    headers,
    head: buf.slice(0, end + 4),
    body: len !== undefined && !headRequest ? body.slice(0, len) : headRequest ? "" : body,
    complete,
  };
}

const DAY = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface CivilTime {
  y: number;
  m: number;
  d: number;
  wday: string;
  hh: number;
  mm: number;
  ss: number;
}

const p2 = (n: number) => String(n).padStart(2, "0");

/** "Mon, 30 Nov 2026 09:54:43 GMT" */
export function httpDate(t: CivilTime): string {
  return `${t.wday}, ${p2(t.d)} ${MON[t.m - 1]} ${t.y} ${p2(t.hh)}:${p2(t.mm)}:${p2(t.ss)} GMT`;
}

/** "30/Nov/2026:09:54:43 +0000", nginx's access log time */
export function logDate(t: CivilTime): string {
  return `${p2(t.d)}/${MON[t.m - 1]}/${t.y}:${p2(t.hh)}:${p2(t.mm)}:${p2(t.ss)} +0000`;
}

export { DAY };
