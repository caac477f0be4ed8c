/**
 * Reading an mbox mailbox (/var/mail/USER): messages start at lines beginning
 * "From "; each keeps its text whole so that what is saved back is what was
 * read.
 */
export interface MboxMessage {
  /** the whole message: From_ line, headers, blank line, body, separating blank line */
  text: string;
  /** the From_ line's sender and date ("root@host", "Mon Nov 30 10:28:01 2026") */
  sender: string;
  date: string;
  headers: [string, string][];
  /** line index (in `text`) of the blank line ending the headers */
  headerEnd: number;
}

export function parseMbox(text: string): MboxMessage[] {
  const lines = text.split("\n");
  if (text.endsWith("\n")) lines.pop();
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (l.startsWith("From ") && (i === 0 || lines[i - 1] === "")) starts.push(i);
  });
  return starts.map((s, k) => {
    const block = lines.slice(s, k + 1 < starts.length ? starts[k + 1] : lines.length);
    const m = /^From (\S+) +(.*)$/.exec(block[0]) ?? [];
    const headers: [string, string][] = [];
    let i = 1;
    for (; i < block.length && block[i] !== ""; i++) {
      const h = /^([^:\s]+):\s?(.*)$/.exec(block[i]);
      if (h) headers.push([h[1], h[2]]);
      else if (/^\s/.test(block[i]) && headers.length) headers[headers.length - 1][1] += `\n${block[i]}`;
    }
    return { text: `${block.join("\n")}\n`, sender: m[1] ?? "", date: m[2] ?? "", headers, headerEnd: i };
  });
}

export function header(msg: MboxMessage, name: string): string | undefined {
  return msg.headers.find(([k]) => k.toLowerCase() === name.toLowerCase())?.[1];
}
