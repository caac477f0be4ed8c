import { describe, expect, it } from "vitest";
import { LineEditor } from "./line-editor.js";
import { TestTerminal } from "./test-terminal.js";
import type { Completion, EditorEvent, LineEditorOptions } from "./types.js";

const LEFT = "\x1b[D";
const RIGHT = "\x1b[C";
const UP = "\x1b[A";
const DOWN = "\x1b[B";
const BS = "\x7f";

/** An editor wired to a test terminal, with "$ " as the prompt. */
function setup(opts: Partial<LineEditorOptions> = {}) {
  const cols = opts.cols ?? 80;
  const ed = new LineEditor({ ...opts, cols });
  const term = new TestTerminal(cols);
  term.write(ed.begin("$ "));
  /** feed, write the output to the terminal, return the events */
  const feed = (data: string): EditorEvent[] => {
    const events = [...ed.feed(data)];
    for (const ev of events) if (ev.type === "output") term.write(ev.data);
    return events;
  };
  /** the bytes written for `data` */
  const out = (data: string): string =>
    feed(data)
      .map((ev) => (ev.type === "output" ? ev.data : ""))
      .join("");
  return { ed, term, feed, out };
}

/** a completer over fixed words, completing the whitespace-delimited word at the cursor */
function wordsCompleter(words: string[], filenames = false) {
  return (line: string, cursor: number): Completion => {
    const from = line.lastIndexOf(" ", cursor - 1) + 1;
    const prefix = line.slice(from, cursor);
    return { replaceFrom: from, candidates: words.filter((w) => w.startsWith(prefix)), filenames };
  };
}

describe("typing and moving", () => {
  it("echoes printable text and starts with the prompt", () => {
    const ed = new LineEditor({ cols: 80 });
    expect(ed.begin("root@r1:~# ")).toBe("root@r1:~# ");
    expect([...ed.feed("ip a")]).toEqual([{ type: "output", data: "ip a" }]);
    expect(ed.line).toBe("ip a");
    expect(ed.cursor).toBe(4);
  });

  it("inserts in the middle and redraws the rest of the line", () => {
    const { ed, out } = setup();
    out("abc");
    expect(out(LEFT)).toBe("\b");
    expect(out(LEFT)).toBe("\b");
    expect(out("X")).toBe("Xbc\x1b[2D");
    expect(ed.line).toBe("aXbc");
    expect(ed.cursor).toBe(2);
  });

  it("rings the bell for Backspace at the start of the line, and changes nothing", () => {
    const { ed, out } = setup();
    out("abc");
    expect(out("\x01")).toBe("\x1b[3D");
    expect(out(BS)).toBe("\x07");
    expect(ed.line).toBe("abc");
    expect(ed.cursor).toBe(0);
  });

  it("erases with Backspace (\\x7f and \\b) and Delete", () => {
    const { ed, out, term } = setup();
    out("abcd");
    expect(out(BS)).toBe("\b\x1b[K");
    expect(out("\b")).toBe("\b\x1b[K");
    out("\x01");
    expect(out("\x1b[3~")).toBe("b\x1b[K\b");
    expect(ed.line).toBe("b");
    expect(term.screen()).toEqual(["$ b"]);
  });

  it("moves with Home/End in all their encodings, Ctrl-A/E/B/F", () => {
    const { ed, out } = setup();
    out("hello");
    for (const home of ["\x1b[H", "\x1bOH", "\x1b[1~", "\x01"]) {
      out("\x05");
      out(home);
      expect(ed.cursor).toBe(0);
    }
    for (const end of ["\x1b[F", "\x1bOF", "\x1b[4~", "\x05"]) {
      out("\x01");
      out(end);
      expect(ed.cursor).toBe(5);
    }
    out("\x02\x02");
    expect(ed.cursor).toBe(3);
    out("\x06");
    expect(ed.cursor).toBe(4);
    expect(out(RIGHT)).toBe("\x1b[C");
    expect(out(RIGHT)).toBe("\x07");
  });

  it("moves by words with Alt-B/F and Ctrl-Left/Right (letters and digits only)", () => {
    const { ed, out } = setup();
    out("ip addr add 10.0.0.1/24");
    out("\x1bb");
    expect(ed.cursor).toBe(21);
    out("\x1b[1;5D");
    expect(ed.cursor).toBe(19);
    out("\x01\x1bf");
    expect(ed.cursor).toBe(2);
    out("\x1b[1;5C");
    expect(ed.cursor).toBe(7);
  });

  it("keeps a combining mark with its letter", () => {
    const { ed, out } = setup();
    out("e\u0301t");
    out(LEFT);
    out(LEFT);
    expect(ed.cursor).toBe(0);
  });

  it("moves over wide characters by two columns", () => {
    const { ed, out, term } = setup();
    out("日本");
    expect(out(LEFT)).toBe("\x1b[2D");
    out("x");
    expect(ed.line).toBe("日x本");
    expect(term.screen()).toEqual(["$ 日x本"]);
  });
});

describe("kill and yank", () => {
  it("Ctrl-W kills whitespace words, consecutive kills accumulate, Ctrl-Y yanks", () => {
    const { ed, out } = setup();
    out("echo hello world");
    expect(out("\x17")).toBe("\x1b[5D\x1b[K");
    expect(out("\x17")).toBe("\x1b[6D\x1b[K");
    expect(ed.line).toBe("echo ");
    expect(out("\x19")).toBe("hello world");
    expect(ed.line).toBe("echo hello world");
  });

  it("Ctrl-U kills to the start, Ctrl-K to the end", () => {
    const { ed, out, term } = setup();
    out("abc def");
    out(LEFT + LEFT + LEFT);
    expect(out("\x15")).toBe("\x1b[4Ddef\x1b[K\x1b[3D");
    expect(ed.line).toBe("def");
    expect(ed.cursor).toBe(0);
    out(RIGHT);
    expect(out("\x0b")).toBe("\x1b[K");
    expect(ed.line).toBe("d");
    // a new kill after a movement replaces the kill buffer
    out("\x19");
    expect(ed.line).toBe("def");
    expect(term.screen()).toEqual(["$ def"]);
  });

  it("rings the bell for Ctrl-U at the start and Ctrl-Y with nothing killed", () => {
    const { ed, out } = setup();
    expect(out("\x19")).toBe("\x07");
    out("abc\x01");
    expect(out("\x15")).toBe("\x07");
    expect(ed.line).toBe("abc");
  });

  it("Alt-D and Alt-Backspace kill readline words", () => {
    const { ed, out } = setup();
    out("cat /etc/hosts");
    out("\x1b\x7f");
    expect(ed.line).toBe("cat /etc/");
    out("\x01\x1bd");
    expect(ed.line).toBe(" /etc/");
  });

  it("Ctrl-T transposes characters", () => {
    const { ed, out } = setup();
    out("sl");
    out("\x14");
    expect(ed.line).toBe("ls");
  });
});

describe("ending a line", () => {
  it("Enter moves below the line and reports it", () => {
    const { ed, feed } = setup();
    feed("ls -l");
    feed(LEFT + LEFT);
    expect(feed("\r")).toEqual([
      { type: "output", data: "\x1b[2C\r\n" },
      { type: "line", line: "ls -l" },
    ]);
    expect(ed.active).toBe(false);
  });

  it("Ctrl-C echoes ^C at the cursor, starts a new row, and reports an interrupt", () => {
    const { ed, feed, term } = setup();
    feed("echo hi");
    expect(feed("\x03")).toEqual([
      { type: "output", data: "^C\r\n" },
      { type: "interrupt", line: "echo hi" },
    ]);
    expect(ed.active).toBe(false);
    term.write(ed.begin("$ "));
    expect(term.screen()).toEqual(["$ echo hi^C", "$"]);
  });

  it("Ctrl-C in the middle of a wrapped line leaves the rows of the line first", () => {
    const { feed, term, ed } = setup({ cols: 10 });
    feed("0123456789abc");
    feed("\x01");
    feed("\x03");
    term.write(ed.begin("$ "));
    expect(term.screen()).toEqual(["$ ^C234567", "89abc", "$"]);
  });

  it("Ctrl-D is eof on an empty line and deletes under the cursor otherwise", () => {
    const { ed, feed, out } = setup();
    out("ab");
    out("\x01");
    out("\x04");
    expect(ed.line).toBe("b");
    out("\x05");
    expect(out("\x04")).toBe("\x07");
    out("\x15");
    expect(feed("\x04")).toEqual([{ type: "eof" }]);
    expect(ed.active).toBe(false);
  });

  it("Ctrl-L clears the screen and redraws prompt and line", () => {
    const { feed } = setup();
    feed("abc");
    feed(LEFT);
    expect(feed("\x0c")).toEqual([{ type: "clear" }, { type: "output", data: "\x1b[H\x1b[2J$ abc\b" }]);
  });
});

describe("input in chunks", () => {
  it("a pasted block gives one line event per line, each echoed after the prompt that begin() wrote", () => {
    const ed = new LineEditor({ cols: 80 });
    let screen = ed.begin("$ ");
    const lines: string[] = [];
    for (const ev of ed.feed("ls\npwd\r\nid\r")) {
      if (ev.type === "output") screen += ev.data;
      if (ev.type === "line") {
        lines.push(ev.line);
        screen += `<${ev.line} ran>\r\n`;
        screen += ed.begin("$ ");
      }
    }
    expect(lines).toEqual(["ls", "pwd", "", "id"]);
    expect(screen).toBe("$ ls\r\n<ls ran>\r\n$ pwd\r\n<pwd ran>\r\n$ \r\n< ran>\r\n$ id\r\n<id ran>\r\n$ ");
  });

  it("keeps type-ahead when the events are collected before begin()", () => {
    const ed = new LineEditor({ cols: 80 });
    ed.begin("$ ");
    expect([...ed.feed("ls\rpwd\r")].filter((e) => e.type === "line")).toEqual([{ type: "line", line: "ls" }]);
    expect(ed.hasPendingInput).toBe(true);
    expect([...ed.feed("more")]).toEqual([]);
    expect(ed.begin("$ ")).toBe("$ ");
    expect([...ed.feed("")]).toEqual([
      { type: "output", data: "pwd\r\n" },
      { type: "line", line: "pwd" },
    ]);
    ed.begin("$ ");
    expect([...ed.feed("")]).toEqual([{ type: "output", data: "more" }]);
  });

  it("decodes an escape sequence split across feeds", () => {
    const { ed, out } = setup();
    out("abc");
    expect(out("\x1b")).toBe("");
    expect(out("[")).toBe("");
    expect(out("D")).toBe("\b");
    expect(ed.cursor).toBe(2);
    out("\x1b[");
    out("3");
    out("~");
    expect(ed.line).toBe("ab");
    out("\x1b");
    out("b");
    expect(ed.cursor).toBe(0);
  });

  it("ignores sequences it does not bind (F1, PgUp, Insert)", () => {
    const { ed, out } = setup();
    expect(out("\x1bOP\x1b[5~\x1b[2~\x1b[15~a")).toBe("a");
    expect(ed.line).toBe("a");
  });
});

describe("history", () => {
  const history = ["echo one", "ls -l", "echo two"];

  it("Up/Down walk the history and come back to the line being typed", () => {
    const { ed, out } = setup({ history });
    out("draft");
    expect(out(UP)).toBe("\x1b[5Decho two");
    expect(out(UP)).toBe("\x1b[8Dls -l\x1b[K");
    expect(ed.line).toBe("ls -l");
    out("\x10");
    expect(ed.line).toBe("echo one");
    expect(out(UP)).toBe("\x07");
    out(DOWN);
    out("\x0e");
    expect(ed.line).toBe("echo two");
    out(DOWN);
    expect(ed.line).toBe("draft");
    expect(ed.cursor).toBe(5);
    expect(out(DOWN)).toBe("\x07");
  });

  it("keeps edits made to an entry while moving around, and drops them at Enter", () => {
    const { ed, out, feed } = setup({ history });
    out(UP + UP);
    out("X");
    out(DOWN + DOWN + UP + UP);
    expect(ed.line).toBe("ls -lX");
    feed("\r");
    ed.begin("$ ");
    feed(UP + UP);
    expect(ed.line).toBe("ls -l");
  });

  it("setHistory replaces the list used by the next line", () => {
    const { ed, feed } = setup();
    feed("a\r");
    ed.setHistory(["a"]);
    ed.begin("$ ");
    feed(UP);
    expect(ed.line).toBe("a");
  });
});

describe("reverse-i-search", () => {
  const history = ["echo one", "ls -l", "echo two"];

  it("shows bash's prompt, finds older matches with Ctrl-R, and accepts with Enter", () => {
    const { ed, feed, term } = setup({ history });
    feed("\x12");
    expect(term.screen()).toEqual(["(reverse-i-search)`':"]);
    expect(term.col).toBe(22);
    feed("ec");
    expect(term.screen()).toEqual(["(reverse-i-search)`ec': echo two"]);
    expect(ed.cursor).toBe(0);
    feed("\x12");
    expect(ed.line).toBe("echo one");
    const events = feed("\x12");
    expect(events).toEqual([{ type: "output", data: expect.stringContaining("\x07") }]);
    expect(term.screen()).toEqual(["(failed reverse-i-search)`ec': echo one"]);
    feed("z");
    expect(term.screen()).toEqual(["(failed reverse-i-search)`ecz': echo one"]);
    // Backspace drops the last character and searches again from the line shown
    feed(BS);
    expect(term.screen()).toEqual(["(reverse-i-search)`ec': echo one"]);
    expect(feed("\r")).toContainEqual({ type: "line", line: "echo one" });
    expect(term.screen()).toEqual(["$ echo one"]);
  });

  it("leaves the search on the line found when another key is pressed", () => {
    const { ed, feed, term } = setup({ history });
    feed("\x12l");
    expect(ed.line).toBe("ls -l");
    expect(ed.cursor).toBe(4);
    feed(RIGHT);
    expect(term.screen()).toEqual(["$ ls -l"]);
    expect(ed.cursor).toBe(5);
    feed(UP);
    expect(ed.line).toBe("echo one");
  });

  it("Ctrl-G gives the original line back", () => {
    const { ed, feed, term } = setup({ history });
    feed("ab\x12zz");
    feed("\x07");
    expect(ed.line).toBe("ab");
    expect(term.screen()).toEqual(["$ ab"]);
  });
});

describe("long lines", () => {
  it("wraps at cols like readline (\" \\r\" at the edge) and moves between rows", () => {
    const { ed, out, term } = setup({ cols: 20 });
    expect(out("012345678901234567")).toBe("012345678901234567 \r");
    expect(out("8")).toBe("8");
    expect(out("\x01")).toBe("\x1b[A\x1b[C");
    expect(out("\x05")).toBe("\x1b[B\b");
    expect(out(BS)).toBe("\r\x1b[K");
    expect(out("\x01")).toBe("\x1b[A\x1b[2C");
    out("X");
    expect(term.screen()).toEqual(["$ X01234567890123456", "7"]);
    expect(ed.cursor).toBe(1);
  });

  it("redraws every row when an edit shifts a line over three rows, and clears rows it no longer uses", () => {
    const { ed, out, term } = setup({ cols: 10 });
    out("abcdefghijklmnopqrstu");
    expect(term.screen()).toEqual(["$ abcdefgh", "ijklmnopqr", "stu"]);
    out("\x01");
    out("123");
    expect(term.screen()).toEqual(["$ 123abcde", "fghijklmno", "pqrstu"]);
    expect([term.row, term.col]).toEqual([0, 5]);
    out("\x0b");
    expect(term.screen()).toEqual(["$ 123"]);
    expect(ed.line).toBe("123");
  });

  it("lays out wide characters that do not fit in the last column on the next row", () => {
    const { out, term } = setup({ cols: 5 });
    out("ab日本");
    expect(term.screen()).toEqual(["$ ab", "日本"]);
    out("\x01");
    expect([term.row, term.col]).toEqual([0, 2]);
  });

  it("redraws after a resize", () => {
    const { ed, out } = setup({ cols: 10 });
    out("abcdefghijkl");
    const term = new TestTerminal(20);
    // the terminal reflowed: one row "$ abcdefghijkl", cursor at its end
    term.write("$ abcdefghijkl");
    term.write(ed.resize(20));
    expect(term.screen()).toEqual(["$ abcdefghijkl"]);
    out(LEFT);
    expect(ed.cursor).toBe(11);
  });

  it("Enter at a line that fills the row exactly does not leave an empty row", () => {
    const { ed, feed, term } = setup({ cols: 10 });
    feed("12345678");
    feed("\r");
    term.write(ed.begin("$ "));
    expect(term.screen()).toEqual(["$ 12345678", "$"]);
  });
});

describe("prompts", () => {
  it("gives colour sequences and \\x01..\\x02 spans no width", () => {
    const { ed, term } = (() => {
      const ed = new LineEditor({ cols: 10 });
      const term = new TestTerminal(10);
      return { ed, term };
    })();
    const prompt = "\x01\x1b[01;32m\x02ab\x1b[00m$ ";
    const out = ed.begin(prompt);
    expect(out).toBe("\x1b[01;32mab\x1b[00m$ ");
    for (const ev of ed.feed("123456")) if (ev.type === "output") term.write(ev.data.replace(/\x1b\[0[01];?3?2?m/g, ""));
    expect(ed.line).toBe("123456");
  });

  it("handles a multi-row prompt", () => {
    const ed = new LineEditor({ cols: 20 });
    const term = new TestTerminal(20);
    term.write(ed.begin("[r1]\n$ "));
    for (const ev of ed.feed("ab\x01")) if (ev.type === "output") term.write(ev.data);
    expect(term.screen()).toEqual(["[r1]", "$ ab"]);
    expect([term.row, term.col]).toEqual([1, 2]);
  });
});

describe("Tab completion", () => {
  it("completes a single candidate with a space, a directory without", () => {
    const { ed, out } = setup({ complete: wordsCompleter(["file.txt", "dir1/"]) });
    out("ls fi");
    expect(out("\t")).toBe("le.txt ");
    expect(ed.line).toBe("ls file.txt ");
    out(" d");
    expect(out("\t")).toBe("ir1/");
  });

  it("completes the common prefix with a bell, and lists on the Tab after one that changed nothing", () => {
    const { ed, out, term } = setup({
      cols: 40,
      complete: wordsCompleter(["dir1/", "dir2/", "dxx_long_name_here", "dyy"], true),
    });
    out("ls d");
    expect(out("\t")).toBe("\x07");
    expect(out("\t")).toBe("\r\ndir1/\r\ndir2/\r\ndxx_long_name_here\r\ndyy\r\n$ ls d");
    // bash lists again on each further Tab
    expect(out("\t")).toBe("\r\ndir1/\r\ndir2/\r\ndxx_long_name_here\r\ndyy\r\n$ ls d");
    expect(ed.line).toBe("ls d");
    expect(term.screen().at(-1)).toBe("$ ls d");
  });

  it("after a Tab that completed a prefix, needs two more to list (as bash)", () => {
    const { ed, out } = setup({ cols: 40, complete: wordsCompleter(["dir1/", "dir2/"], true) });
    out("ls d");
    expect(out("\t")).toBe("\x07ir");
    expect(ed.line).toBe("ls dir");
    expect(out("\t")).toBe("\x07");
    // columns are 4 + 2 wide: readline measures "dir1" without its "/"
    expect(out("\t")).toBe("\r\ndir1/ dir2/ \r\n$ ls dir");
  });

  it("rings the bell when nothing matches", () => {
    const { ed, out } = setup({ complete: wordsCompleter(["apple"]) });
    out("ls zz");
    expect(out("\t")).toBe("\x07");
    expect(ed.line).toBe("ls zz");
  });

  it("lists in columns sized to the terminal, and shows file names without their directory", () => {
    const names = ["apple", "dir1/", "dir2/", "dxx_long_name_here", "dyy", "fa", "fb", "file.txt"];
    const { out } = setup({ cols: 80, complete: wordsCompleter(names.map((n) => `/h/${n}`), true) });
    out("ls /h/");
    out("\t");
    expect(out("\t")).toBe(
      "\r\napple               dxx_long_name_here  fb\r\n" +
        "dir1/               dyy                 file.txt\r\n" +
        "dir2/               fa                  \r\n$ ls /h/",
    );
  });

  it("asks before listing 100 candidates or more", () => {
    const many = Array.from({ length: 120 }, (_, i) => `f${String(i).padStart(3, "0")}`);
    const { ed, out } = setup({ complete: wordsCompleter(many) });
    out("ls f");
    out("\t");
    expect(out("\t")).toBe("\r\nDisplay all 120 possibilities? (y or n)");
    expect(out("x")).toBe("\x07");
    expect(out("n")).toBe("\r\n$ ls f");
    out("\t");
    const listed = out("y");
    expect(listed.startsWith("\r\nf000  f010  f020")).toBe(true);
    expect(listed.endsWith("\r\n$ ls f")).toBe(true);
    expect(ed.line).toBe("ls f");
  });

  it("gives the completer the line and a UTF-16 cursor", () => {
    const seen: Array<[string, number]> = [];
    const { out } = setup({
      complete: (line, cursor) => {
        seen.push([line, cursor]);
        return { replaceFrom: cursor, candidates: [] };
      },
    });
    out("é 😀 x");
    out(LEFT);
    out("\t");
    expect(seen).toEqual([["é 😀 x", 5]]);
  });
});
