/**
 * The shared rules on one exercise, as the studio calls them: an exercise
 * and its solutions as plain objects (what a form makes), no files.
 */
import { describe, expect, it } from "vitest";
import { AUTHORED_LIMITS, type AuthoredExercise, backtracksForEver, validateAuthored, validateExercise } from "./index.js";

const exercise = () => ({
  id: "studio-t1",
  title: "Add an address",
  lab: "single",
  tasks: ["Add **192.168.1.50/24** to `eth0`."],
  checks: [
    {
      id: "added",
      title: "eth0 has 192.168.1.50/24",
      spec: { kind: "address", host: "host", dev: "eth0", address: "192.168.1.50/24" },
      failMessage: "Not there.",
    },
    {
      id: "kept",
      title: "eth0 keeps 192.168.1.10/24",
      spec: { kind: "address", host: "host", dev: "eth0", address: "192.168.1.10/24" },
      failMessage: "Lost.",
      guard: true,
    },
  ],
  hints: ["`ip addr add`"],
});
const solutions = () => ({
  exercise: "studio-t1",
  reference: ["ip addr add 192.168.1.50/24 dev eth0"],
  wrong: [{ name: "wrong prefix", lines: ["ip addr add 192.168.1.50/25 dev eth0"], fails: ["added"] }],
});
const LESSONS = new Set(["two-addresses-one-nic"]);
const authored = (over: Partial<AuthoredExercise> = {}): AuthoredExercise => ({
  lesson: "One host. Give `eth0` a second address:\n\n```sh\nip addr show dev eth0\n```\n",
  exercise: exercise(),
  solutions: solutions(),
  ...over,
});
const messages = (a: AuthoredExercise) => validateAuthored(a, { lessons: LESSONS }).map((i) => `${i.in}:${i.path.join(".")}${i.line ? `@${i.line}` : ""}: ${i.message}`);

describe("validateExercise", () => {
  it("passes a sound exercise", () => {
    const r = validateExercise(exercise(), solutions());
    expect(r.issues).toEqual([]);
    expect(r.template?.id).toBe("studio-t1");
  });

  it("gives the field of a schema error", () => {
    const ex = exercise();
    (ex.checks[0].spec as { address: string }).address = "192.168.1.50";
    expect(validateExercise(ex, solutions()).issues).toEqual([
      { in: "exercise", path: ["checks", 0, "spec", "address"], message: "expected an address with prefix length, e.g. 192.168.1.11/24" },
    ]);
  });

  it("reports a failing reference, a wrong solution that passes, and an unnamed check", () => {
    const failing = solutions();
    failing.reference = ["ip addr add 192.168.1.51/24 dev eth0"];
    expect(validateExercise(exercise(), failing).issues[0]).toMatchObject({ in: "solutions", path: ["reference"] });
    expect(validateExercise(exercise(), failing).issues[0].message).toMatch(/^the reference solution scores 0, not 1: "added" fails/);

    const passing = solutions();
    passing.wrong[0].lines = ["ip addr add 192.168.1.50/24 dev eth0"];
    expect(validateExercise(exercise(), passing).issues).toEqual([
      { in: "solutions", path: ["wrong", 0], message: 'wrong solution "wrong prefix" passes "added", which it must fail' },
    ]);

    const unnamed = solutions();
    unnamed.wrong[0].fails = ["addd"];
    expect(validateExercise(exercise(), unnamed).issues).toEqual([
      { in: "solutions", path: ["wrong", 0, "fails", 0], message: 'exercise studio-t1 has no check "addd" (it has added, kept)' },
    ]);
  });

  it("proves what it can of the exercise while its solutions are not written yet", () => {
    const ex = exercise();
    delete (ex.checks[1] as { guard?: boolean }).guard;
    const issues = validateExercise(ex, { exercise: "studio-t1", reference: [] }).issues;
    expect(issues.map((i) => `${i.in}:${i.path.join(".")}`)).toEqual(["exercise:checks.1", "solutions:reference"]);
    expect(issues[0].message).toMatch(/^check "kept" passes on an empty attempt/);
  });

  it("refuses solutions of another exercise", () => {
    const s = { ...solutions(), exercise: "other" };
    expect(validateExercise(exercise(), s).issues[0].message).toBe('these solutions are for "other", not "studio-t1"');
  });
});

describe("validateAuthored", () => {
  it("passes a sound exercise with its lesson text", () => {
    expect(messages(authored())).toEqual([]);
  });

  it("refuses raw HTML, script links, images and commands the simulation lacks in the lesson text", () => {
    const lesson = [
      "Intro <script>alert(1)</script>",
      "",
      "<img src=x onerror=alert(1)>",
      "",
      "[click](javascript:alert(1)) ![x](./x.svg)",
      "",
      "```sh",
      "ipp addr",
      "```",
    ].join("\n");
    expect(messages(authored({ lesson }))).toEqual([
      "lesson:@1: raw HTML is not allowed here: write Markdown (the page shows HTML as plain text)",
      "lesson:@3: raw HTML is not allowed here: write Markdown (the page shows HTML as plain text)",
      'lesson:@5: link "javascript:alert(1)": link to a lesson as /lessons/<slug>, or to a page elsewhere with https://',
      'lesson:@5: image "./x.svg": this text has no folder for files, so it can show no images',
      "lesson:@8: `ipp` is not a command of the simulation (a typo? or a program to add: see packages/sim/README.md)",
    ]);
  });

  it("takes an exercise with no wrong solution (lesson files need one; content:check says so)", () => {
    const { wrong: _, ...noWrong } = solutions();
    expect(messages(authored({ solutions: noWrong }))).toEqual([]);
  });

  it("holds tasks and hints to the same Markdown rules", () => {
    const ex = exercise();
    ex.tasks = ["Add it <b onclick=alert(1)>now</b>"];
    ex.hints = ["[docs](javascript:alert(1))"];
    expect(messages(authored({ exercise: ex }))).toEqual([
      "exercise:tasks.0: raw HTML is not allowed here: write Markdown (the page shows HTML as plain text)",
      'exercise:hints.0: link "javascript:alert(1)": link to a lesson as /lessons/<slug>, or to a page elsewhere with https://',
    ]);
  });

  it("refuses parameters, oversized lists and strings, and regular expressions that backtrack for ever", () => {
    const ex = exercise() as ReturnType<typeof exercise> & Record<string, unknown>;
    ex.params = { a: { kind: "int", description: "a number", min: 1, max: 2, default: 1 } };
    ex.setup = Array.from({ length: AUTHORED_LIMITS.setup + 1 }, () => "true");
    ex.title = "x".repeat(AUTHORED_LIMITS.stringChars + 1);
    ex.checks.push({
      id: "file",
      title: "a file",
      spec: { kind: "file", host: "host", path: "/etc/hosts", matches: "^(a+)+$" } as never,
      failMessage: "no",
    });
    expect(messages(authored({ exercise: ex }))).toEqual([
      "exercise:params: exercises written in the studio have no per-learner parameters yet: write the values themselves",
      `exercise:title: at most ${AUTHORED_LIMITS.stringChars} characters (it has ${AUTHORED_LIMITS.stringChars + 1})`,
      "exercise:checks.2.spec.matches: a repeated group that itself repeats, as in (a+)+, can take for ever to match: write it without the nesting",
      `exercise:setup: at most ${AUTHORED_LIMITS.setup} items (it has ${AUTHORED_LIMITS.setup + 1})`,
    ]);
  });

  it("bounds the shell work of each proof", () => {
    const s = solutions();
    const loop = "i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done";
    s.reference = [loop, loop, loop, ...s.reference];
    const issues = validateAuthored(authored({ solutions: s }), { lessons: LESSONS });
    expect(issues).toEqual([{ in: "solutions", path: ["reference"], message: `these lines do more work than an attempt may (${AUTHORED_LIMITS.maxSteps} shell steps)` }]);
  });
});

describe("backtracksForEver", () => {
  it("finds nested quantifiers, not single ones", () => {
    for (const p of ["(a+)+", "(a|b*)*", "((ab)+c)*", "(?:x+y)+", "(a{2,})+"]) expect(backtracksForEver(p), p).toBe(true);
    for (const p of ["a+b*", "(ab)+", "inet 192\\.168\\.1\\.50/24", "^(eth0|eth1)$", "[(a+)]+", "\\(a+\\)+", "(a+)?"]) expect(backtracksForEver(p), p).toBe(false);
  });
});
