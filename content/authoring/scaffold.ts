/**
 * `content:new`: a new lesson that already passes content:check, for its
 * author to rewrite: lessons/<slug>/lesson.mdx (frontmatter, a checked
 * command and its output), exercises.ts (one exercise with a per-learner
 * address), solutions.ts (a reference and a wrong solution), and the slug
 * added to a part of course.yaml (comments kept).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { isMap, isSeq, parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { slug as slugSchema } from "../src/frontmatter.js";
import { labIds, resolveLab } from "../src/labs.js";
import { hostRange, formatIpv4 } from "../src/variants/params.js";

export interface ScaffoldOptions {
  slug: string;
  title?: string;
  /** the part of course.yaml to add it to (made when missing); default: the last part */
  part?: string;
  lab?: string;
}

export function scaffoldLesson(contentDir: string, opts: ScaffoldOptions): string[] {
  if (!slugSchema.safeParse(opts.slug).success) throw new Error(`"${opts.slug}" is not a lesson slug: lower-case words joined by hyphens, e.g. static-routes`);
  const dir = join(contentDir, "lessons", opts.slug);
  if (existsSync(dir)) throw new Error(`lessons/${opts.slug} exists already`);
  const labId = opts.lab ?? "single";
  const lab = resolveLab(labId);
  if (!lab) throw new Error(`no built-in lab "${labId}" (there are: ${labIds().join(", ")})`);
  const host = lab.hosts[0];
  const nic = host.interfaces.find((i) => i.address);
  if (!nic?.address) throw new Error(`lab ${labId}'s first host has no configured interface to start the example exercise from`);

  const len = nic.address.split("/")[1];
  const [first] = hostRange(nic.address);
  const subnet = `${formatIpv4(first - 1)}/${len}`;
  const taken = new Set(lab.hosts.flatMap((h) => h.interfaces.flatMap((i) => [i.address?.split("/")[0], i.gateway])));
  let example = first + 1;
  while (taken.has(formatIpv4(example))) example++;
  const title = opts.title ?? opts.slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
  const exId = `${opts.slug}-first`;

  const files: Record<string, string> = {
    "lesson.mdx": `---
title: ${JSON.stringify(title)}
summary: One or two sentences on what the learner will be able to do after this lesson.
topic: Addressing
minutes: 15
exercises:
  - ${exId}
---

Say why this matters first, then show the commands. Your lab is \`${host.name}\`
(${lab.description.replace(/\n/g, " ")}).

## Look first

Every command in a \`\`\`sh block must exist in the simulation, and a \`\`\`text output
block right after it must be exactly what the simulation prints (content:check runs them).

\`\`\`sh
hostname
\`\`\`

\`\`\`text output
${host.name}
\`\`\`
`,
    "exercises.ts": `import type { Exercise } from "../../src/schema.js";

export const exercises: Exercise[] = [
  {
    id: ${JSON.stringify(exId)},
    title: "Add an address to ${nic.name}",
    lab: ${JSON.stringify(labId)},
    params: {
      addr: {
        kind: "ipv4",
        description: "the address the learner adds",
        subnet: ${JSON.stringify(subnet)},
        default: ${JSON.stringify(formatIpv4(example))},
      },
    },
    tasks: ["Add **{{addr}}/${len}** to \`${nic.name}\` with \`ip addr add\`."],
    checks: [
      {
        id: "address-added",
        title: "${nic.name} has {{addr}}/${len}",
        spec: { kind: "address", host: ${JSON.stringify(host.name)}, dev: ${JSON.stringify(nic.name)}, address: "{{addr}}/${len}" },
        failMessage: "The address is not on ${nic.name}.",
        hint: "\`ip addr add ADDRESS/PREFIX dev ${nic.name}\`",
      },
      {
        id: "primary-kept",
        title: "${nic.name} still has ${nic.address}",
        spec: { kind: "address", host: ${JSON.stringify(host.name)}, dev: ${JSON.stringify(nic.name)}, address: ${JSON.stringify(nic.address)} },
        failMessage: "The host lost its own address.",
        guard: true,
      },
    ],
    hints: ["\`ip addr help\` shows the syntax.", "ip addr add {{addr}}/${len} dev ${nic.name}"],
  },
];
`,
    "solutions.ts": `import type { Solutions } from "../../src/schema.js";

export const solutions: Solutions[] = [
  {
    exercise: ${JSON.stringify(exId)},
    reference: ["ip addr add {{addr}}/${len} dev ${nic.name}"],
    wrong: [
      { name: "wrong prefix length", lines: ["ip addr add {{addr}}/32 dev ${nic.name}"], fails: ["address-added"] },
      { name: "replaces the host's own address", lines: ["ip addr flush dev ${nic.name}", "ip addr add {{addr}}/${len} dev ${nic.name}"], fails: ["primary-kept"] },
    ],
  },
];
`,
  };

  const outlinePath = join(contentDir, "course.yaml");
  const doc = parseDocument(readFileSync(outlinePath, "utf8"));
  const parts = doc.get("parts");
  if (!isSeq(parts)) throw new Error("course.yaml has no parts list");
  const seq = parts as YAMLSeq<YAMLMap>;
  let part = opts.part === undefined ? seq.items.at(-1) : seq.items.find((p) => isMap(p) && p.get("title") === opts.part);
  if (!part) {
    part = doc.createNode({ title: opts.part ?? "Lessons", lessons: [] }) as YAMLMap;
    seq.items.push(part);
  }
  const lessons = part.get("lessons");
  if (isSeq(lessons)) lessons.add(opts.slug);
  else part.set("lessons", doc.createNode([opts.slug]));

  mkdirSync(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    written.push(`lessons/${opts.slug}/${name}`);
  }
  writeFileSync(outlinePath, doc.toString());
  written.push("course.yaml");
  return written;
}
