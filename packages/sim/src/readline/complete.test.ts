import { describe, expect, it } from "vitest";
import { createCompleter, scanCommandLine } from "./complete.js";
import { LineEditor } from "./line-editor.js";
import { fakeVfs } from "./test-vfs.js";

/** What ip's own `complete` hook does: objects for the first argument, verbs for the second. */
function ipLikeArguments(words: string[], current: string): string[] {
  if (words[0] !== "ip") return [];
  if (words.length === 1) return ["address", "addrlabel", "link", "neighbour", "route", "rule"];
  if (words.length === 2) return ["add", "change", "del", "flush", "help", "replace", "show"];
  return current.startsWith("d") ? ["dev"] : [];
}

const vfs = fakeVfs(
  [
    "/root/",
    "/root/notes.txt",
    "/root/my file",
    "/root/.bashrc",
    "/root/backups/",
    "/root/backups/db.sql.gz",
    "/etc/",
    "/etc/hosts",
    "/etc/hostname",
    "/etc/host.conf",
    "/etc/network/",
    "/usr/",
    "/usr/local/",
    "/usr/local/bin/",
    "/usr/local/bin/backup.sh*",
    "/usr/local/bin/README",
  ],
  { "/etc/passwd": "root:x:0:0:root:/root:/bin/bash\nrooter:x:1000:1000::/home/rooter:/bin/bash\nwww-data:x:33:33::/var/www:/usr/sbin/nologin\n" },
);

const complete = createCompleter({
  commandNames: () => ["cat", "ip", "iptables", "ls", "mysqldump"],
  shellNames: () => ["cd", "echo", "exit", "export"],
  fs: () => vfs,
  cwd: () => "/root",
  home: () => "/root",
  argumentCompleter: ipLikeArguments,
});

/** candidates for the line, cursor at its end */
const at = (line: string) => complete(line, line.length);

describe("scanCommandLine", () => {
  it("finds the words of the current simple command", () => {
    expect(scanCommandLine("ls -l | grep fo")).toMatchObject({
      words: ["grep"],
      current: { start: 13, value: "fo" },
      commandPosition: false,
    });
    expect(scanCommandLine("cd /tmp && ")).toMatchObject({ words: [], commandPosition: true });
    expect(scanCommandLine("LANG=C ip")).toMatchObject({ words: [], commandPosition: true });
    expect(scanCommandLine("if ip")).toMatchObject({ words: [], commandPosition: true });
    expect(scanCommandLine("cat my\\ f")).toMatchObject({ words: ["cat"], current: { start: 4, value: "my f" } });
    expect(scanCommandLine("cat 'my f")).toMatchObject({ current: { start: 4, value: "my f" } });
    expect(scanCommandLine("mysqldump db 2>")).toMatchObject({ words: ["mysqldump", "db"], redirectTarget: true });
  });
});

describe("createCompleter", () => {
  it("completes the first word from commands, builtins and reserved words", () => {
    expect(at("i")).toEqual({ replaceFrom: 0, candidates: ["ip", "iptables", "if", "in"] });
    expect(at("ex").candidates).toEqual(["exit", "export"]);
    expect(at("ls; ca")).toEqual({ replaceFrom: 4, candidates: ["cat", "case"] });
    expect(at("ls | ca").candidates).toEqual(["cat", "case"]);
    expect(at("true && l").candidates).toEqual(["ls"]);
    expect(at("false || l").candidates).toEqual(["ls"]);
  });

  it("completes a command path from directories and executables only", () => {
    expect(at("/usr/local/bin/")).toEqual({
      replaceFrom: 0,
      candidates: ["/usr/local/bin/backup.sh"],
      filenames: true,
    });
  });

  it("completes other words as paths, relative to the working directory", () => {
    expect(at("cat no")).toEqual({ replaceFrom: 4, candidates: ["notes.txt"], filenames: true });
    expect(at("cat /etc/ho").candidates).toEqual(["/etc/host.conf", "/etc/hostname", "/etc/hosts"]);
    expect(at("cd /etc/n").candidates).toEqual(["/etc/network/"]);
    expect(at("cd ba").candidates).toEqual(["backups/"]);
    expect(at("ls backups/").candidates).toEqual(["backups/db.sql.gz"]);
  });

  it("matches dot files (readline's match-hidden-files), and . and .. after a dot", () => {
    expect(at("ls ").candidates).toEqual([".bashrc", "backups/", "my\\ file", "notes.txt"]);
    expect(at("ls .").candidates).toEqual(["./", "../", ".bashrc"]);
  });

  it("expands ~ to read the directory and keeps it in the candidate", () => {
    expect(at("cat ~/no").candidates).toEqual(["~/notes.txt"]);
    expect(at("cat ~ro").candidates).toEqual(["~root/", "~rooter/"]);
  });

  it("escapes what the shell would interpret and understands escaped input", () => {
    expect(at("cat my").candidates).toEqual(["my\\ file"]);
    expect(at("cat my\\ ").candidates).toEqual(["my\\ file"]);
    expect(at("cat 'my f").candidates).toEqual(["my\\ file"]);
  });

  it("asks the command for its arguments, falling back to paths", () => {
    expect(at("ip a")).toEqual({ replaceFrom: 3, candidates: ["address", "addrlabel"] });
    expect(at("ip r").candidates).toEqual(["route", "rule"]);
    expect(at("ip addr s").candidates).toEqual(["show"]);
    // ip has nothing for this word: files, as bash's `complete -o default`
    expect(at("ip addr show x n")).toEqual({ replaceFrom: 15, candidates: ["notes.txt"], filenames: true });
    // a path-looking word is a path even for ip
    expect(at("ip -batch ./no").candidates).toEqual(["./notes.txt"]);
  });

  it("completes a redirection target as a path", () => {
    expect(at("mysqldump db > ba").candidates).toEqual(["backups/"]);
    expect(at("mysqldump db >ba").candidates).toEqual(["backups/"]);
  });

  it("turns `ip a<Tab>` into `ip addr` in the line editor, and `ip addr s<Tab>` into `ip addr show `", () => {
    const ed = new LineEditor({ cols: 80, complete });
    ed.begin("# ");
    const out = (s: string) => [...ed.feed(s)].map((e) => (e.type === "output" ? e.data : "")).join("");
    out("ip a");
    expect(out("\t")).toBe("\x07ddr");
    expect(ed.line).toBe("ip addr");
    out("\x15ip addr s");
    expect(out("\t")).toBe("how ");
    expect(ed.line).toBe("ip addr show ");
  });

  it("lists file names without their directory on the second Tab", () => {
    const ed = new LineEditor({ cols: 80, complete });
    ed.begin("# ");
    const out = (s: string) => [...ed.feed(s)].map((e) => (e.type === "output" ? e.data : "")).join("");
    out("cat /etc/ho");
    expect(out("\t")).toBe("\x07st");
    out("\t");
    expect(out("\t")).toBe("\r\nhost.conf  hostname   hosts      \r\n# cat /etc/host");
  });
});
