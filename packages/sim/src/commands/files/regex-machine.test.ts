/**
 * The bounded matcher: patterns that made the host RegExp backtrack for
 * minutes answer as Debian's tools do (outputs recorded with grep 3.8,
 * expr from coreutils 9.1, sed 4.9), and a back-reference pattern without
 * such an answer ends with the line's step limit instead of hanging.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { BoundedRegExp } from "./regex-machine.js";

const A40 = "$(printf 'a%.0s' {1..40})";
const A70 = "$(printf 'a%.0s' {1..70})";

describe("patterns a backtracking RegExp cannot finish", () => {
  const lab = LabSession.create("single");

  it("grep -c '\\(a*\\)*b' over forty a's counts 0, as grep does", () => {
    expect(lab.run("host", `printf '%s\\n' ${A40} | grep -c '\\(a*\\)*b'`)).toMatchObject({ stdout: "0\n", exit: 1 });
    expect(lab.run("host", `printf '%s\\n' ${A40} | grep -cE '(a|aa)*b'`)).toMatchObject({ stdout: "0\n", exit: 1 });
  });

  it("grep -o and expr find the match after the nested stars", () => {
    const a40 = "a".repeat(40);
    expect(lab.run("host", `printf 'xx%sb\\n' ${A40} | grep -o '\\(a*\\)*b'`)).toMatchObject({ stdout: `${a40}b\n`, exit: 0 });
    expect(lab.run("host", `expr ${A70} : '\\(a*\\)*b'`)).toMatchObject({ stdout: "\n", exit: 1 });
    expect(lab.run("host", `expr ${A70} : '\\(a*\\)*'`)).toMatchObject({ stdout: `${"a".repeat(70)}\n`, exit: 0 });
    expect(lab.run("host", "printf 'aaaa\\n' | sed 's/\\(a*\\)*/<\\1>/'")).toMatchObject({ stdout: "<aaaa>\n", exit: 0 });
  });

  it("a back-reference pattern that needs exponential work ends with the step limit", () => {
    // Debian's grep prints 0 here; the simulation's backtracking for \1 gives up at the bound rather than hang
    for (const cmd of [
      `printf '%s\\n' ${A40} | grep -c '\\(a*\\)*\\1b'`,
      `printf '%s\\n' ${A40} | sed -n '/\\(a*\\)*\\1b/p'`,
      `expr ${A40} : '\\(a*\\)*\\1b'`,
      `printf '%s\\n' ${A40} | nl -bp'\\(a*\\)*\\1b'`,
    ]) {
      const r = lab.run("host", cmd);
      expect(r.stderr, cmd).toContain("command ran too long");
    }
    // the session is still usable
    expect(lab.run("host", "echo abab | grep -o '\\(ab\\)\\1'")).toMatchObject({ stdout: "abab\n", exit: 0 });
  });
});

describe("leftmost-longest, as glibc's matcher gives grep -o and sed's s (recorded)", () => {
  const lab = LabSession.create("single");
  // JavaScript's first alternative gave "a", "Xbcd", "[x|]yz ..." here
  it.each([
    ["echo abcd | grep -oE 'a|ab'", "ab\n"],
    ["echo abcd | grep -o 'a\\|abc\\|ab'", "abc\n"],
    ["echo abcd | sed -E 's/a|ab/X/'", "Xcd\n"],
    ["echo abcd | sed 's/a\\|ab/X/'", "Xcd\n"],
    ["echo 'xyz xyzzy' | sed -E 's/(x|xy)(z*)/[\\1|\\2]/g'", "[xy|z] [xy|zz]y\n"],
    ["echo foobar | sed -E 's/(fo|foo)(o?bar)?/<\\1,\\2>/'", "<fo,obar>\n"],
    ["echo abab | sed -E 's/(a|ab)(b*)/<\\1,\\2>/'", "<a,b>ab\n"],
    ["printf 'aXbXXc' | tac -r -s 'X\\|XX'", "cXbXaX"],
    ["printf 'aXXbXc' | tac -r -s 'X\\|XX'", "cbXXaX"],
    ["printf 'aXXbXc' | tac -b -r -s 'X\\|XX'", "XcXbXa"],
  ])("%s", (cmd, out) => {
    expect(lab.run("host", cmd)).toMatchObject({ stdout: out, exit: 0 });
  });
});

describe("BoundedRegExp", () => {
  const free = () => {};

  it("matches as JavaScript does: first alternative, greedy, groups", () => {
    const re = new BoundedRegExp("(a|ab)(c|bcd)(d*)", "u", free);
    expect([...re.exec("abcd")!]).toEqual([...(/(a|ab)(c|bcd)(d*)/u.exec("abcd") ?? [])]);
    expect(new BoundedRegExp("x(?=y{2}$)", "u", free).exec("axyy")!.index).toBe(1);
    expect(new BoundedRegExp("(?<![\\p{L}])é+", "ui", free).exec("aÉé É")![0]).toBe("É");
    expect(new BoundedRegExp("^b", "m", free).test("a\nb")).toBe(true);
    expect(new BoundedRegExp("^b", "", free).test("a\nb")).toBe(false);
  });

  it("charges its steps, so a caller's budget can end a search", () => {
    let steps = 0;
    const re = new BoundedRegExp("(a*)*\\1b", "u", (n) => {
      steps += n;
      if (steps > 1000) throw new Error("limit");
    });
    expect(() => re.test("a".repeat(40))).toThrow("limit");
  });

  it("a group of a failed alternative is undefined, a back-reference to it matches nothing", () => {
    const m = new BoundedRegExp("(x)?\\1y", "u", free).exec("y");
    expect(m?.[0]).toBe("y");
    expect(m?.[1]).toBeUndefined();
  });
});
