/**
 * content:check over a small fixture course (fixtures/base), copied to a
 * temporary folder and broken one way at a time: each break must give one
 * precise `file:line: message`, at the line of the broken text.
 */
import { listLabs } from "@rootlab/sim";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatError } from "../errors.js";
import { scaffoldLesson } from "../scaffold.js";
import { checkContent } from "./index.js";

const BASE = join(import.meta.dirname, "fixtures/base");
const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function fixture(): string {
  const dir = mkdtempSync(join(tmpdir(), "rootlab-content-"));
  made.push(dir);
  cpSync(BASE, dir, { recursive: true });
  return dir;
}

/** Replace `find` (which must occur once) in `file`; returns the 1-based line where the replacement starts. */
function breakFile(dir: string, file: string, find: string, replace: string): number {
  const path = join(dir, file);
  const text = readFileSync(path, "utf8");
  const at = text.indexOf(find);
  if (at === -1 || text.indexOf(find, at + 1) !== -1) throw new Error(`fixture: "${find}" must occur once in ${file}`);
  writeFileSync(path, text.slice(0, at) + replace + text.slice(at + find.length));
  return text.slice(0, at).split("\n").length;
}

async function errorsOf(dir: string): Promise<string[]> {
  return (await checkContent(dir, { seeds: 5, generated: false })).map(formatError);
}

const EX = "lessons/demo/exercises.ts";
const SOL = "lessons/demo/solutions.ts";
const MDX = "lessons/demo/lesson.mdx";

describe("content:check", () => {
  it("passes the intact fixture", async () => {
    expect(await errorsOf(fixture())).toEqual([]);
  });

  const cases: { name: string; file: string; find: string; replace: string; error: (line: number) => string }[] = [
    {
      name: "a field of the wrong form",
      file: EX,
      find: 'address: "{{addr}}/24" }',
      replace: 'address: "{{addr}}" }',
      error: (l) => `content/${EX}:${l}: exercises[0].checks[0].spec.address: expected an address with prefix length, e.g. 192.168.1.11/24`,
    },
    {
      name: "a misspelt field",
      file: EX,
      find: "hints: [",
      replace: "hintz: [",
      error: (l) => `content/${EX}:${l}: exercises[0].hintz: Unrecognized key: "hintz"`,
    },
    {
      name: "an unknown lab",
      file: EX,
      find: 'lab: "single"',
      replace: 'lab: "singel"',
      error: (l) => `content/${EX}:${l}: exercises[0].lab: no built-in lab "singel" (there are: ${listLabs().map((l) => l.id).join(", ")})`,
    },
    {
      name: "an undeclared parameter",
      file: EX,
      find: "Add **{{addr}}/24**",
      replace: "Add **{{adr}}/24**",
      error: (l) => `content/${EX}:${l}: exercises[0].tasks[0]: unknown parameter "adr" (declared: addr)`,
    },
    {
      name: "a parameter whose default is the lab's own address",
      file: EX,
      find: 'default: "192.168.1.11"',
      replace: 'default: "192.168.1.10"',
      error: (l) => `content/${EX}:${l}: exercises[0].params.addr.default: 192.168.1.10 is already used by the lab or listed in avoid`,
    },
    {
      name: "a reference solution that fails",
      file: SOL,
      find: 'reference: ["ip addr add {{addr}}/24 dev eth0"]',
      replace: 'reference: ["ip addr add {{addr}}/25 dev eth0"]',
      error: (l) =>
        `content/${SOL}:${l}: solutions[0].reference: the reference solution scores 0, not 1: "address-added" fails (Not there. eth0 has no address 192.168.1.11/24 (it is on eth0/25).)`,
    },
    {
      name: "a wrong solution that passes",
      file: SOL,
      find: 'lines: ["ip addr add {{addr}}/32 dev eth0"]',
      replace: 'lines: ["ip addr add {{addr}}/24 dev eth0"]',
      error: (l) => `content/${SOL}:${l}: solutions[0].wrong[0]: wrong solution "host route only" passes "address-added", which it must fail`,
    },
    {
      name: "a wrong solution naming a check that does not exist",
      file: SOL,
      find: 'fails: ["primary-kept"]',
      replace: 'fails: ["primary-kep"]',
      error: (l) => `content/${SOL}:${l}: solutions[0].wrong[1].fails[0]: exercise demo-add has no check "primary-kep" (it has address-added, primary-kept)`,
    },
    {
      name: "solutions with no wrong solution",
      file: SOL,
      find: `    wrong: [
      { name: "host route only", lines: ["ip addr add {{addr}}/32 dev eth0"], fails: ["address-added"] },
      { name: "flushes first", lines: ["ip addr flush dev eth0", "ip addr add {{addr}}/24 dev eth0"], fails: ["primary-kept"] },
    ],
`,
      replace: "",
      error: (l) => `content/${SOL}:${l - 2}: solutions[0].wrong: add at least one plausible wrong solution, naming the checks it must fail`,
    },
    {
      name: "a check an empty attempt passes",
      file: EX,
      find: "        guard: true,\n",
      replace: "",
      error: (l) =>
        `content/${EX}:${l - 5}: exercises[0].checks[1]: check "primary-kept" passes on an empty attempt, so doing nothing scores 0.5: mark it \`guard: true\` if it guards what the lab already has, or make it need the learner's work`,
    },
    {
      name: "a setup line that fails",
      file: EX,
      find: "    tasks: [",
      replace: '    setup: ["ip addr add {{addr}}/24 dev eth9"],\n    tasks: [',
      error: (l) => `content/${EX}:${l}: exercises[0].setup[0]: setup line \`ip addr add 192.168.1.11/24 dev eth9\` exited with status 1: Cannot find device "eth9"`,
    },
    {
      name: "a command the simulation lacks",
      file: MDX,
      find: "```sh\nhostname\n```\n\n```text output\nhost\n```\n",
      replace: "```sh\nip -br addr | grpe eth0\n```\n",
      error: (l) => `content/${MDX}:${l + 1}: \`grpe\` is not a command of the simulation (a typo? or a program to add: see packages/sim/README.md)`,
    },
    {
      name: "a link to a lesson that does not exist",
      file: MDX,
      find: "[this lesson](/lessons/demo)",
      replace: "[this lesson](/lessons/demos)",
      error: (l) => `content/${MDX}:${l}: link to /lessons/demos: there is no lesson "demos"`,
    },
    {
      name: "an image that does not exist",
      file: MDX,
      find: "A file, not commands:",
      replace: "![The lab's one host](./lab.svg)",
      error: (l) => `content/${MDX}:${l}: image "./lab.svg": no such file in content/lessons/demo/`,
    },
    {
      name: "shown output the simulation does not print",
      file: MDX,
      find: "```text output\nhost\n",
      replace: "```text output\nhost.example.org\n",
      error: (l) => `content/${MDX}:${l + 1}: shown output differs from what the simulation prints: shown "host.example.org", printed "host"`,
    },
    {
      name: "a code block that does not say what it is",
      file: MDX,
      find: "```text\nauto eth0",
      replace: "```\nauto eth0",
      error: (l) =>
        `content/${MDX}:${l}: say what this code block is: \`\`\`sh for commands to type, \`\`\`text for anything else (\`\`\`text output right after a \`\`\`sh block shows what it prints)`,
    },
    {
      name: "a frontmatter field of the wrong type",
      file: MDX,
      find: "minutes: 5",
      replace: "minutes: soon",
      error: (l) => `content/${MDX}:${l}: frontmatter minutes: Invalid input: expected number, received string`,
    },
    {
      name: "an outline naming a lesson that does not exist",
      file: "course.yaml",
      find: "      - demo\n",
      replace: "      - demo\n      - routing\n",
      error: (l) => `content/course.yaml:${l + 1}: no lesson "routing": expected lessons/routing/lesson.mdx`,
    },
  ];

  it.each(cases)("reports $name precisely", async (c) => {
    const dir = fixture();
    const line = breakFile(dir, c.file, c.find, c.replace);
    expect(await errorsOf(dir)).toEqual([c.error(line)]);
  });

  it("names the variant seed and values when only some variants fail", async () => {
    const dir = fixture();
    // Right for the default address only: the reference hard-codes it.
    breakFile(dir, SOL, 'reference: ["ip addr add {{addr}}/24 dev eth0"]', 'reference: ["ip addr add 192.168.1.11/24 dev eth0"]');
    const errors = await errorsOf(dir);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^content\/lessons\/demo\/solutions\.ts:6: solutions\[0\]\.reference: the reference solution scores 0, not 1 \(variant seed 1: addr=192\.168\.1\.\d+\)/);
  });

  it("keeps exercise ids starting with studio- for the studio's exercises", async () => {
    const dir = fixture();
    const line = breakFile(dir, EX, 'id: "demo-add"', 'id: "studio-demo"');
    breakFile(dir, MDX, "  - demo-add\n", "  - studio-demo\n");
    breakFile(dir, SOL, 'exercise: "demo-add"', 'exercise: "studio-demo"');
    expect(await errorsOf(dir)).toEqual([`content/${EX}:${line}: exercises[0].id: ids starting with "studio-" are kept for exercises written in the studio`]);
  });

  it("a lesson scaffolded by content:new passes as it is, and is in the outline", async () => {
    const dir = fixture();
    scaffoldLesson(dir, { slug: "static-routes", title: "Static routes", part: "Routing" });
    expect(await errorsOf(dir)).toEqual([]);
    expect(readFileSync(join(dir, "course.yaml"), "utf8")).toMatch(/- title: Routing\n\s+lessons:\n\s+- static-routes\n/);
    expect(() => scaffoldLesson(dir, { slug: "static-routes" })).toThrow(/exists already/);
    expect(() => scaffoldLesson(dir, { slug: "Static Routes" })).toThrow(/not a lesson slug/);
  });
});
