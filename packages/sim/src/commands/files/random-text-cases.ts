/**
 * Random inputs for comparing fold, expand, unexpand, nl and join with the
 * real tools (random-text.test.ts; fixtures/record-random.mjs ran them on
 * Debian 12 once and kept the outputs in fixtures/random-text.json). The
 * inputs come from the world's seeded PRNG, so the test makes the same ones
 * the recorder did. Test-only; pure so it type-checks with the core.
 */
import { Prng, seedPrng } from "../../world/prng.js";

export interface RandomCase {
  /** argv without the program's files: the files are "in1" (and "in2" for join) */
  argv: string[];
  /** bytes of in1 and in2, as latin1 text (one char a byte) */
  in1: string;
  in2?: string;
}

export const RANDOM_SEED = 20261201;
export const CASES_PER_PROGRAM = 40;

function pick<T>(r: Prng, xs: readonly T[]): T {
  return xs[r.int(0, xs.length - 1)];
}

/** text of short words, blanks (runs of spaces, tabs), empty lines, a backspace now and then, é as two bytes */
function text(r: Prng, lines: number, alphabet = "abcxyz"): string {
  let out = "";
  for (let i = 0; i < lines; i++) {
    const n = r.int(0, 8);
    for (let j = 0; j < n; j++) {
      const k = r.int(0, 19);
      if (k < 10) out += Array.from({ length: r.int(1, 9) }, () => alphabet[r.int(0, alphabet.length - 1)]).join("");
      else if (k < 14) out += " ".repeat(r.int(1, 9));
      else if (k < 17) out += "\t".repeat(r.int(1, 2));
      else if (k < 18) out += "\xc3\xa9";
      else if (k < 19) out += "\b";
      else out += " \t ";
    }
    out += "\n";
  }
  // a last line without its newline, sometimes
  if (r.int(0, 4) === 0) out += "tail";
  return out;
}

/** join's input: KEY FIELDS lines, keys mostly in order, sometimes not */
function keyed(r: Prng, sep: string): string {
  const keys = ["a", "b", "c", "d", "e", "f", "g"];
  let out = "";
  let k = 0;
  const n = r.int(0, 7);
  for (let i = 0; i < n; i++) {
    k = r.int(0, 9) === 0 ? r.int(0, keys.length - 1) : Math.min(keys.length - 1, k + r.int(0, 2));
    const fields = Array.from({ length: r.int(0, 3) }, () => (r.int(0, 5) === 0 ? "" : `${pick(r, ["x", "y", "z", "B", "A"])}${r.int(0, 9)}`));
    const key = r.int(0, 7) === 0 ? keys[k].toUpperCase() : keys[k];
    out += `${sep === " " && r.int(0, 6) === 0 ? " " : ""}${[key, ...fields].join(sep)}\n`;
  }
  return out;
}

export function randomCases(): { prog: string; cases: RandomCase[] }[] {
  const r = new Prng(seedPrng(RANDOM_SEED));
  const many = (f: () => RandomCase) => Array.from({ length: CASES_PER_PROGRAM }, f);
  const tabs = () => pick(r, [[], ["-t", String(r.int(1, 9))], ["-t", `${r.int(1, 3)},${r.int(4, 6)},${r.int(8, 12)}`], ["-t", `${r.int(2, 4)},/${r.int(2, 6)}`], ["-t", `${r.int(2, 4)},+${r.int(2, 6)}`]]);
  return [
    {
      prog: "fold",
      cases: many(() => ({
        argv: ["fold", ...pick(r, [[], ["-s"], ["-b"], ["-s", "-b"]]), "-w", String(r.int(1, 20))],
        in1: text(r, r.int(0, 6)),
      })),
    },
    { prog: "expand", cases: many(() => ({ argv: ["expand", ...pick(r, [[], ["-i"]]), ...tabs()], in1: text(r, r.int(0, 6)) })) },
    {
      prog: "unexpand",
      cases: many(() => ({ argv: ["unexpand", ...pick(r, [[], ["-a"], ["--first-only"]]), ...tabs()], in1: text(r, r.int(0, 6)) })),
    },
    {
      prog: "nl",
      cases: many(() => ({
        argv: [
          "nl",
          ...pick(r, [[], ["-b", "a"], ["-b", "n"], ["-b", "pa"], ["-b", "a", "-l", "2"]]),
          ...pick(r, [[], ["-n", "ln"], ["-n", "rz"], ["-w", String(r.int(1, 8))], ["-s", ": "], ["-v", String(r.int(-3, 5)), "-i", String(r.int(0, 3))]]),
        ],
        in1: pick(r, ["", "\\:\\:\\:\n", "\\:\\:\n", "\\:\n"]) + text(r, r.int(0, 5)) + pick(r, ["", "\\:\\:\n", "\\:\n"]) + text(r, r.int(0, 3)),
      })),
    },
    {
      prog: "join",
      cases: many(() => {
        const sep = pick(r, [" ", " ", ","]);
        return {
          argv: [
            "join",
            ...(sep === "," ? ["-t", ","] : []),
            ...pick(r, [[], ["-a", "1"], ["-a", "2"], ["-v", "1"], ["-a", "1", "-a", "2", "-e", "E", "-o", "auto"], ["-i"], ["--nocheck-order"], ["-o", "0,2.2,1.2"], ["-1", "2", "-2", "1"]]),
          ],
          in1: keyed(r, sep),
          in2: keyed(r, sep),
        };
      }),
    },
  ];
}
