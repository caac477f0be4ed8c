/**
 * egrep and fgrep are Debian 12's scripts around grep -E and grep -F (grep
 * 3.8-5, which prints no "obsolescent" warning); outputs recorded there.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("egrep and fgrep", () => {
  const s = LabSession.create("single");
  s.run(undefined, "printf 'a+b\\naab\\n' > /root/eg");

  it("egrep reads extended regexps, fgrep fixed strings, and neither warns", () => {
    expect(s.run(undefined, "egrep 'a+b' /root/eg")).toMatchObject({ exit: 0, stdout: "aab\n", stderr: "" });
    expect(s.run(undefined, "fgrep 'a+b' /root/eg")).toMatchObject({ exit: 0, stdout: "a+b\n", stderr: "" });
    expect(s.run(undefined, "egrep -c 'a|b' /root/eg")).toMatchObject({ exit: 0, stdout: "2\n" });
    expect(s.run(undefined, "fgrep nothing /root/eg")).toMatchObject({ exit: 1, stdout: "" });
  });

  it("their errors are grep's", () => {
    expect(s.run(undefined, "egrep -x")).toMatchObject({
      exit: 2, stderr: "Usage: grep [OPTION]... PATTERNS [FILE]...\nTry 'grep --help' for more information.\n",
    });
    expect(s.run(undefined, "egrep '(' /root/eg")).toMatchObject({ exit: 2, stderr: "grep: Unmatched ( or \\(\n" });
    expect(s.run(undefined, "fgrep -E 'a+b' /root/eg")).toMatchObject({ exit: 2, stderr: "grep: conflicting matchers specified\n" });
    expect(s.run(undefined, "egrep -F 'a+b' /root/eg")).toMatchObject({ exit: 2, stderr: "grep: conflicting matchers specified\n" });
    expect(s.run(undefined, "grep -E -E 'a+b' /root/eg")).toMatchObject({ exit: 0, stdout: "aab\n" });
  });
});

describe("egrep and fgrep pages", () => {
  it("are grep's, as Debian links them (whatis recorded on Debian 12)", () => {
    const s = LabSession.create("single");
    expect(s.run(undefined, "whatis egrep fgrep").stdout).toBe(
      "egrep (1)            - print lines that match patterns\nfgrep (1)            - print lines that match patterns\n",
    );
  });
});
