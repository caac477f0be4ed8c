/**
 * mail (bsd-mailx 8.1.2, Debian 12's `mail`): read the local mailbox, or
 * send a message with `mail -s SUBJECT USER`. Reading shows mailx's banner
 * and header summary, then takes commands (from the terminal with the `& `
 * prompt, or from standard input): Enter/`n` next message, a number prints
 * that message, `p`, `h` headers, `d [N]` delete, `q` quit (messages read go
 * to ~/mbox: "Saved N messages in /root/mbox"; unread ones stay: "Held N
 * messages in /var/mail/root"), `x` quit changing nothing. End of input
 * quits like `q`. Header lines hidden as Debian's /etc/mail.rc hides them.
 */
import { utf8Decode, utf8Encode } from "../../bytes.js";
import type { Process } from "../../process/process.js";
import { readTtyLine } from "../../process/tty-line.js";
import { deliverLocal } from "../../services/mail/deliver.js";
import type { Command } from "../types.js";
import { header, type MboxMessage, parseMbox } from "./mbox.js";

const IGNORED = new Set(["received", "message-id", "resent-message-id", "status", "mail-from", "return-path", "via", "delivered-to"]);

/** commands one session may read: a bound on a script fed to mail */
const MAX_COMMANDS = 10_000;

interface Entry {
  msg: MboxMessage;
  read: boolean;
  deleted: boolean;
  /** seen in an earlier session (Status: O) */
  old: boolean;
}

function summaryLine(e: Entry, n: number, current: boolean, cols: number): string {
  const disp = e.deleted ? "D" : e.read ? " " : e.old ? "O" : "N";
  const lines = e.msg.text.split("\n").length - 1;
  const count = `${String(lines).padStart(3)}/${String(utf8Encode(e.msg.text).length).padEnd(5)}`;
  const subject = header(e.msg, "Subject") ?? "";
  const from = e.msg.sender.padEnd(18).slice(0, 18);
  const line = `${current ? ">" : " "}${disp}${String(n).padStart(3)} ${from} ${e.msg.date.slice(0, 16).padEnd(16)}  ${count} `;
  return `${line}${subject.slice(0, Math.max(0, cols - line.length))}\n`;
}

function printMessage(proc: Process, e: Entry, n: number): void {
  const lines = e.msg.text.split("\n");
  let out = `Message ${n}:\n${lines[0]}\n`;
  let skipping = false;
  for (let i = 1; i < e.msg.headerEnd; i++) {
    const l = lines[i];
    if (/^\s/.test(l)) {
      if (!skipping) out += `${l}\n`;
      continue;
    }
    const name = l.slice(0, l.indexOf(":")).toLowerCase();
    skipping = IGNORED.has(name);
    if (!skipping) out += `${l}\n`;
  }
  out += lines.slice(e.msg.headerEnd).join("\n");
  proc.stdout.write(out);
  e.read = true;
}

function read(proc: Process, user: string, path: string): number {
  const fs = proc.host.fs;
  const data = fs.readFile(path);
  const msgs = data.ok ? parseMbox(utf8Decode(data.value)) : [];
  if (msgs.length === 0) {
    proc.stderr.write(`No mail for ${user}\n`);
    return 1;
  }
  const entries: Entry[] = msgs.map((msg) => ({ msg, read: false, deleted: false, old: (header(msg, "Status") ?? "").includes("O") }));
  const cols = proc.tty && proc.stdout.isTTY ? proc.tty.cols : 80;
  const fresh = entries.filter((e) => !e.old).length;
  proc.stdout.write(`Mail version 8.1.2 01/15/2001.  Type ? for help.\n"${path}": ${entries.length} message${entries.length === 1 ? "" : "s"}${fresh ? ` ${fresh} new` : ""}\n`);
  let cur = Math.max(0, entries.findIndex((e) => !e.old));
  const headers = () => entries.forEach((e, i) => !e.deleted && proc.stdout.write(summaryLine(e, i + 1, i === cur, cols)));
  headers();
  const piped = proc.stdin.isTTY ? undefined : proc.stdin.text().split("\n");
  if (piped && piped[piped.length - 1] === "") piped.pop();
  const nextCommand = (): string | undefined => {
    if (piped) return piped.shift();
    if (!proc.tty) return undefined;
    proc.stdout.write("& ");
    const r = readTtyLine(proc.tty, { echo: true });
    if (r.type === "interrupt") {
      proc.stdout.write("\n");
      return "";
    }
    return r.type === "line" ? r.text : undefined;
  };
  let first = true;
  for (let k = 0; k < MAX_COMMANDS; k++) {
    const line = nextCommand();
    if (line === undefined) break;
    const [cmd, arg] = line.trim().split(/\s+/, 2);
    const pick = (s: string | undefined) => {
      const n = s === undefined ? cur + 1 : Number(s);
      return Number.isInteger(n) && n >= 1 && n <= entries.length && !entries[n - 1].deleted ? n - 1 : -1;
    };
    if (cmd === "" || cmd === "n" || cmd === "+") {
      // the first Enter shows the current message; later ones the next undeleted one
      let i = first ? cur : cur + 1;
      while (i < entries.length && entries[i].deleted) i++;
      if (i >= entries.length) {
        proc.stdout.write("At EOF\n");
        continue;
      }
      cur = i;
      printMessage(proc, entries[cur], cur + 1);
    } else if (/^\d+$/.test(cmd) || cmd === "p" || cmd === "t" || cmd === "print" || cmd === "type") {
      const i = /^\d+$/.test(cmd) ? pick(cmd) : pick(arg ?? String(cur + 1));
      if (i < 0) {
        proc.stdout.write(`${/^\d+$/.test(cmd) ? cmd : arg}: Invalid message number\n`);
        continue;
      }
      cur = i;
      printMessage(proc, entries[cur], cur + 1);
    } else if (cmd === "h" || cmd === "headers" || cmd === "f") headers();
    else if (cmd === "d" || cmd === "delete") {
      const i = pick(arg ?? String(cur + 1));
      if (i >= 0) entries[i].deleted = true;
    } else if (cmd === "x" || cmd === "ex" || cmd === "exit") return 0;
    else if (cmd === "q" || cmd === "quit") break;
    else if (cmd === "?" || cmd === "help") proc.stdout.write("    mail commands\ntype <message list>\t\ttype messages\nnext\t\t\t\tgoto and type next message\nheaders\t\t\t\tprint out active message headers\ndelete <message list>\t\tdelete messages\nquit\t\t\t\tquit, saving read messages to mbox\nexit\t\t\t\tquit, leaving the mailbox unchanged\n");
    else proc.stdout.write(`Unknown command: "${cmd}"\n`);
    first = false;
  }
  return quit(proc, entries, path);
}

/** q: read messages to ~/mbox, unread ones kept (marked old), deleted ones gone */
function quit(proc: Process, entries: Entry[], path: string): number {
  const fs = proc.host.fs;
  const saved = entries.filter((e) => e.read && !e.deleted);
  const held = entries.filter((e) => !e.read && !e.deleted);
  const home = proc.env.HOME || "/root";
  const mbox = `${home}/mbox`;
  if (saved.length) {
    fs.writeFile(mbox, utf8Encode(saved.map((e) => e.msg.text).join("")), { append: true });
    fs.chmod(mbox, 0o600);
    proc.stdout.write(`Saved ${saved.length} message${saved.length === 1 ? "" : "s"} in ${mbox}\n`);
  }
  const keep = held.map((e) => markOld(e.msg)).join("");
  fs.writeFile(path, utf8Encode(keep));
  if (held.length) proc.stdout.write(`Held ${held.length} message${held.length === 1 ? "" : "s"} in ${path}\n`);
  return 0;
}

function markOld(msg: MboxMessage): string {
  if (header(msg, "Status") !== undefined) return msg.text;
  const lines = msg.text.split("\n");
  lines.splice(msg.headerEnd, 0, "Status: O");
  return lines.join("\n");
}

function send(proc: Process, subject: string, to: string[]): number {
  const body = proc.stdin.isTTY ? "" : proc.stdin.text();
  const from = proc.env.LOGNAME || proc.env.USER || "root";
  for (const [i, rcpt] of to.entries()) {
    const user = rcpt.split("@")[0];
    deliverLocal(proc.host, { from, to: user, subject, body, headers: [["MIME-Version", "1.0"], ["Content-Type", "text/plain; charset=\"UTF-8\""], ["Content-Transfer-Encoding", "8bit"]] }, 500 + i);
  }
  return 0;
}

function run(proc: Process): number {
  const args = proc.argv.slice(1);
  let subject: string | undefined;
  let file: string | undefined;
  const to: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "-s") subject = args[++i] ?? "";
    else if (a === "-f") file = args[i + 1] && !args[i + 1].startsWith("-") ? args[++i] : `${proc.env.HOME || "/root"}/mbox`;
    else if (a.startsWith("-")) {
      proc.stderr.write(`mail: invalid option -- '${a.slice(1, 2)}'\nusage: mail [-dEIinv] [-a header] [-b bcc-addr] [-c cc-addr] [-s subject] to-addr ...\n`);
      return 1;
    } else to.push(a);
  }
  if (to.length) return send(proc, subject ?? "", to);
  const user = proc.env.LOGNAME || proc.env.USER || "root";
  return read(proc, user, file ? proc.resolve(file) : `/var/mail/${user}`);
}

export const mail: Command = {
  name: "mail",
  summary: "mailx - send and receive Internet mail",
  man: `NAME
mail, mailx - send and receive mail

SYNOPSIS
mail [-f [file]]
mail [-s subject] to-addr ...

DESCRIPTION
Without arguments, mail reads your mailbox (/var/mail/USER): it lists the
messages, then takes commands at the & prompt:

  ENTER, n   show the next message      N       show message N
  h          list the messages again    d N     delete message N
  q          quit (read messages move to ~/mbox)
  x          quit without changing anything

cron mails the output of jobs here: a job that failed says why.
With -s SUBJECT and addresses, mail sends standard input as a message.
`,
  run,
};

export const mailx: Command = { ...mail, name: "mailx" };
