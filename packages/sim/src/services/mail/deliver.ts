/**
 * Local mail delivery as Debian's exim4 (4.96, the default "local delivery
 * only" setup) does it: a message for a local user is appended to
 * /var/mail/USER in mbox format, with the envelope `From ` line and the
 * headers exim adds (Return-path, Envelope-to, Delivery-date, Received,
 * Message-Id, Date). Message ids are made from the virtual time and a
 * per-world counter, so a replay delivers the same bytes.
 */
import { utf8Encode } from "../../bytes.js";
import type { Host } from "../../host/host.js";
import { strftime } from "../../world/strftime.js";
import { type LocalZone, UTC_ZONE, localZone } from "../../tzdata/local-zone.js";

export interface OutgoingMail {
  /** local user the mail is from */
  from: string;
  /** the From: header's comment, e.g. "Cron Daemon" */
  fromName?: string;
  /** local user it is for */
  to: string;
  subject: string;
  /** headers after Subject:, in order ("MIME-Version", "1.0") */
  headers?: [string, string][];
  body: string;
}

const B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

function base62(n: number, width: number): string {
  let s = "";
  let v = Math.max(0, Math.floor(n));
  for (let i = 0; i < width; i++) {
    s = B62[v % 62] + s;
    v = Math.floor(v / 62);
  }
  return s;
}

/** exim's message id: base-62 seconds, a base-62 "pid", a base-62 fraction of the second */
function messageId(unixMs: number, serial: number): string {
  return `${base62(unixMs / 1000, 6)}-${base62(1000 + serial, 6)}-${base62((unixMs % 1000) / 10, 2)}`;
}

const RFC2822 = "%a, %d %b %Y %H:%M:%S %z";

/** The mbox text of `mail` as delivered at `unixMs`, its dates in `zone` (Exim's local time; UTC when absent). */
export function formatMbox(mail: OutgoingMail, hostname: string, unixMs: number, serial: number, zone: LocalZone = UTC_ZONE): string {
  const id = messageId(unixMs, serial);
  const date = strftime(RFC2822, unixMs, zone(unixMs));
  const fromAddr = `${mail.from}@${hostname}`;
  const toAddr = `${mail.to}@${hostname}`;
  const headers = [
    `From ${fromAddr} ${strftime("%a %b %e %H:%M:%S %Y", unixMs, zone(unixMs))}`,
    `Return-path: <${fromAddr}>`,
    `Envelope-to: ${toAddr}`,
    `Delivery-date: ${date}`,
    `Received: from ${mail.from} by ${hostname} with local (Exim 4.96)`,
    `\t(envelope-from <${fromAddr}>)`,
    `\tid ${id}`,
    `\tfor ${toAddr};`,
    `\t${date}`,
    `From: ${fromAddr}${mail.fromName ? ` (${mail.fromName})` : ""}`,
    `To: ${toAddr}`,
    `Subject: ${mail.subject}`,
    ...(mail.headers ?? []).map(([k, v]) => `${k}: ${v}`),
    `Message-Id: <E${id}@${hostname}>`,
    `Date: ${date}`,
  ];
  // mbox: a body line starting with "From " is quoted with ">"; the message ends with a blank line
  const body = mail.body.replace(/^From /gm, ">From ");
  return `${headers.join("\n")}\n\n${body}${body.endsWith("\n") || body === "" ? "" : "\n"}\n`;
}

/** Deliver `mail` to /var/mail/TO on `host`; `serial` makes the message id unique. */
export function deliverLocal(host: Host, mail: OutgoingMail, serial: number): boolean {
  const text = formatMbox(mail, host.kernel.hostname, host.clock.unixMs, serial, localZone(host.fs, undefined));
  return host.fs.writeFile(`/var/mail/${mail.to}`, utf8Encode(text), { append: true }).ok;
}
