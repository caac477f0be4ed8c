import { describe, expect, it } from "vitest";
import { LabSession, type LineResult } from "../lab/lab-session.js";
import { TerminalSession } from "./terminal-session.js";

function term() {
  const lab = LabSession.create("single");
  const lines: LineResult[] = [];
  const t = new TerminalSession(lab, { cols: 80, onLine: (r) => lines.push(r) });
  return { lab, t, lines, start: t.start() };
}

describe("TerminalSession", () => {
  it("logs in with the kernel banner, the motd and root's prompt", () => {
    const { start } = term();
    expect(start).toMatch(/^Linux host 6\.1\.0-\d+-amd64 .* x86_64\r\n/);
    expect(start).toContain("Debian GNU/Linux comes with ABSOLUTELY NO WARRANTY");
    expect(start.endsWith("root@host:~# ")).toBe(true);
    expect(start).not.toMatch(/[^\r]\n/);
  });

  it("runs a typed line, writes its output with CRLF line ends and a new prompt, and reports it", () => {
    const { t, lines } = term();
    const out = t.input("ip addr add 192.168.1.20/33 dev eth0\r");
    expect(out).toContain('Error: any valid prefix is expected rather than "192.168.1.20/33".\r\n');
    expect(out.endsWith("root@host:~# ")).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ cmd: "ip addr add 192.168.1.20/33 dev eth0", exit: 1 });
  });

  it("completes ip subcommands and paths with Tab", () => {
    const { t } = term();
    expect(t.input("ip ad")).toBe("ip ad");
    expect(t.input("\t")).toBe("\x07dr"); // address, addrlabel: the common prefix, as Debian's bash-completion gives
    t.input("\x15"); // Ctrl-U
    t.input("cat /etc/hostn");
    expect(t.input("\t")).toContain("ame "); // /etc/hostname is the only match
  });

  it("completes the shell's own aliases and functions as command names, as bash does", () => {
    const { t } = term();
    t.input("alias lsall='ls -la'; showaddrs() { ip -br addr; }\r");
    expect(t.input("lsa\t")).toBe("lsall ");
    t.input("\x15");
    expect(t.input("showa\t")).toBe("showaddrs ");
  });

  it("waits for the end of a here-document with PS2 before running it", () => {
    const { t, lab } = term();
    expect(t.input("cat > /tmp/f <<EOF\r")).toMatch(/> $/);
    expect(t.input("hello\r")).toMatch(/> $/);
    t.input("EOF\r");
    expect(lab.transcript.entries.at(-1)).toEqual({ host: "host", line: "cat > /tmp/f <<EOF\nhello\nEOF" });
    expect(t.input("cat /tmp/f\r")).toContain("hello\r\n");
  });

  it("Ctrl-C abandons the line without running or recording it", () => {
    const { t, lab } = term();
    const out = t.input("reboot\x03");
    expect(out).toContain("^C");
    expect(lab.transcript.entries).toHaveLength(0);
  });

  it("redraws earlier lines after a reload", () => {
    const first = term();
    first.t.input("hostname\r");
    const { session, outputs } = LabSession.replay(first.lab.transcript);
    const again = new TerminalSession(session);
    const screen = again.restore(outputs.map((result) => ({ prompt: "root@host:~# ", result })));
    expect(screen).toContain("root@host:~# hostname\r\nhost\r\n");
    expect(screen.endsWith("root@host:~# ")).toBe(true);
  });

  it("a runaway loop ends with an error and the terminal stays usable", () => {
    const { t } = term();
    expect(t.input("while true; do :; done\r")).toContain("command ran too long");
    expect(t.input("echo still here\r")).toContain("still here\r\n");
  });
});
