/**
 * `test` and `[` with one to four arguments follow bash's argument-count
 * rules (test.c, posixtest), errors included. Expected stderr and status
 * recorded with bash 5.2 on Debian 12 (`bash -c '[ 1 -eq ]; echo $?'`);
 * bash -c's "bash: line 1: " prefix is the login shell's "-bash: " here.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const RECORDED: [line: string, stderr: string, status: number][] = [
  ["[ 1 -eq ]", "-bash: [: 1: unary operator expected\n", 2],
  ["[ 1 = ]", "-bash: [: 1: unary operator expected\n", 2],
  ["[ a b ]", "-bash: [: a: unary operator expected\n", 2],
  ["[ x -o ]", "-bash: [: x: unary operator expected\n", 2],
  ["[ -eq ]", "", 0],
  ["[ ! ]", "", 0],
  ["[ -f ]", "", 0],
  ["[ -n a b ]", "-bash: [: a: binary operator expected\n", 2],
  ["test a b c", "-bash: test: b: binary operator expected\n", 2],
  ["test -z a b", "-bash: test: a: binary operator expected\n", 2],
  ["test 1 -eq", "-bash: test: 1: unary operator expected\n", 2],
  ["[ ! a b ]", "-bash: [: a: unary operator expected\n", 2],
  ["[ a -a b ]", "", 0],
  ['[ "" -o "" ]', "", 1],
  ['[ ! -z "" ]', "", 1],
  ["[ ! 1 -eq 1 ]", "", 1],
  ["[ 1 -eq 2 3 ]", "-bash: [: too many arguments\n", 2],
  ["[ a -gt b c ]", "-bash: [: a: integer expression expected\n", 2],
  ["[ 1 -eq", "-bash: [: missing `]'\n", 2],
];

describe("test and [ by argument count, as bash 5.2", () => {
  const lab = LabSession.create("single");
  for (const [line, stderr, status] of RECORDED) {
    it(line, () => {
      const r = lab.run(undefined, line);
      expect({ stderr: r.stderr, status: r.exit }).toEqual({ stderr, status });
    });
  }
});
