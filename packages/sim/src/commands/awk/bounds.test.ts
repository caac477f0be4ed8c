/**
 * awk is bounded like every simulated program: a runaway loop, an endless
 * writer, a string doubled without end and a huge printf width all end with
 * the shell's limit error instead of hanging or exhausting memory; regex
 * searches, gsub's empty matches and split's pieces are charged by their
 * work, so no single builtin call can keep a tab busy for long; deep
 * recursion stops at mawk's own evaluation-stack limit.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("awk's bounds", () => {
  const lab = LabSession.create("single");

  it("ends a runaway loop with the step limit", () => {
    const r = lab.run("host", "awk 'BEGIN { while (1); }'");
    expect(r.exit).not.toBe(0);
    expect(r.stderr).toContain("command ran too long");
  });

  it("ends a loop that only calls a function with the step limit", () => {
    const r = lab.run("host", "awk 'function f() { return 1 } BEGIN { for (;;) f() }'");
    expect(r.stderr).toContain("command ran too long");
  });

  it("ends an endless writer to the terminal", () => {
    const r = lab.run("host", "awk 'BEGIN { s = sprintf(\"%1000s\", \"y\"); while (1) print s }'");
    expect(r.exit).not.toBe(0);
    expect(r.stderr).toMatch(/command ran too long|output too large/);
    expect(r.stdout.length).toBeLessThanOrEqual(4 * 1024 * 1024 + 1024);
  });

  it("ends an endless writer into a file and a pipe", () => {
    const toFile = lab.run("host", "awk 'BEGIN { s = sprintf(\"%100000s\", \"y\"); while (1) print s > \"/tmp/big\" }'");
    expect(toFile.stderr).toMatch(/command ran too long|output too large/);
    const toPipe = lab.run("host", "awk 'BEGIN { s = sprintf(\"%100000s\", \"y\"); while (1) print s }' | wc -c");
    expect(toPipe.stderr).toMatch(/command ran too long|output too large/);
  });

  it("refuses a string that doubles without end", () => {
    const r = lab.run("host", "awk 'BEGIN { s = \"x\"; for (i = 0; i < 40; i++) s = s s; print length(s) }'");
    expect(r.stderr).toContain("output too large");
    expect(r.stdout).toBe("");
  });

  it("refuses a printf width of two thousand million", () => {
    const r = lab.run("host", "awk 'BEGIN { printf \"%2000000000d\", 1 }'");
    expect(r.stderr).toContain("command ran too long");
  });

  it("stops recursion at mawk's evaluation stack", () => {
    const r = lab.run("host", "awk 'function f(n) { return f(n + 1) } BEGIN { f(1) }'");
    expect(r).toMatchObject({ stdout: "", stderr: "awk: program limit exceeded: eval stack size=1024\n", exit: 2 });
  });

  it("reads a 50000-line input within the budget", () => {
    const r = lab.run("host", "seq 1 50000 | awk '$1 % 2 == 0 { n++ } END { print n }'");
    expect(r).toMatchObject({ stdout: "25000\n", exit: 0 });
  });

  it("charges a regex search by its work, not as one step", () => {
    const before = lab.stepsUsed;
    const r = lab.run("host", "awk 'BEGIN { s = \"ab\"; for (i = 0; i < 17; i++) s = s s; print match(s, /(a|b)*c/) }'");
    expect(r).toMatchObject({ stdout: "0\n", exit: 0 });
    // 256 KiB with about three threads a byte: over a thousand steps (a step per 256 thread steps)
    expect(lab.stepsUsed - before).toBeGreaterThan(1000);
  });

  it("ends gsub over millions of empty matches with the step limit", () => {
    const r = lab.run("host", "awk 'BEGIN { s = \"x\"; for (i = 0; i < 22; i++) s = s s; print gsub(//, \"y\", s) }'");
    expect(r.stderr).toContain("command ran too long");
    expect(r.stdout).toBe("");
  });

  it("ends split into millions of pieces with the step limit", () => {
    const r = lab.run("host", "awk 'BEGIN { s = \"x\"; for (i = 0; i < 22; i++) s = s s; print split(s, a, \"\") }'");
    expect(r.stderr).toContain("command ran too long");
    const fields = lab.run("host", "awk 'BEGIN { s = \",\"; for (i = 0; i < 22; i++) s = s s; $0 = s; FS = \",\"; print NF }'");
    expect(fields.exit).toBe(0);
    const many = lab.run("host", "awk -F, 'BEGIN { s = \",\"; for (i = 0; i < 22; i++) s = s s; $0 = s; print NF }'");
    expect(many.stderr).toContain("command ran too long");
  });

  it("matches a regex against 100000 lines within the budget (seq charges one a line too)", () => {
    const r = lab.run("host", "seq 1 100000 | awk '/^[0-9]*5$/ { n++ } END { print n }'");
    expect(r).toMatchObject({ stdout: "10000\n", exit: 0 });
  });

  it("ends a program that runs itself through system() or a getline command at sh's nesting limit, not as an internal error", () => {
    lab.run("host", "echo 'BEGIN { system(\"awk -f /tmp/self.awk\") }' > /tmp/self.awk");
    const r = lab.run("host", "awk -f /tmp/self.awk");
    expect(r.stderr).toBe("sh: 1: maximum nesting level exceeded (100)\n");
    lab.run("host", "echo 'BEGIN { \"awk -f /tmp/self2.awk\" | getline x; print x }' > /tmp/self2.awk");
    expect(lab.run("host", "awk -f /tmp/self2.awk").stderr).toBe("sh: 1: maximum nesting level exceeded (100)\n");
  });

  it("takes nesting as deep as mawk's parser stack and then gives its syntax error, not a JavaScript stack overflow", () => {
    // recorded: 191 parentheses print 1; 194 fail at (; 50000 minus signs fail at --
    const parens = (n: number) => `p=$(printf '%0${n}d' 0 | tr 0 '('); q=$(printf '%0${n}d' 0 | tr 0 ')'); awk "BEGIN { print \${p}1\${q} }"`;
    expect(lab.run("host", parens(191))).toMatchObject({ stdout: "1\n", exit: 0 });
    expect(lab.run("host", parens(194))).toMatchObject({ stderr: "awk: line 1: syntax error at or near (\n", exit: 2 });
    expect(lab.run("host", parens(50000)).stderr).toBe("awk: line 1: syntax error at or near (\n");
    const minus = lab.run("host", `p=$(printf '%050000d' 0 | tr 0 '-'); awk "BEGIN { print \${p}1 }"`);
    expect(minus).toMatchObject({ stderr: "awk: line 1: syntax error at or near --\n", exit: 2 });
    const braces = lab.run("host", `p=$(printf '%020000d' 0 | tr 0 '{'); q=$(printf '%020000d' 0 | tr 0 '}'); awk "BEGIN \${p} print 1 \${q}"`);
    expect(braces).toMatchObject({ stdout: "", exit: 2 });
    expect(braces.stderr).toMatch(/^awk: line 1: syntax error at or near /);
  });
});
