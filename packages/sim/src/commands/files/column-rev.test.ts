/**
 * column and rev as util-linux 2.38.1 on Debian 12: every expected stdout,
 * stderr and status below was recorded from the real tools on the same input
 * files (`bash -c LINE`).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const SETUP = [
  String.raw`printf "a b c\nlonger x y\n1 22 333\n" > /tmp/c1`,
  String.raw`printf "root:x:0:0\nnobody:x:65534:65534\n" > /tmp/c2`,
  "seq 1 30 > /tmp/c3",
  String.raw`printf "ok\ncaf\351\nnext\n" > /tmp/c4`,
];

const RECORDED: [line: string, stdout: string, stderr: string, status: number][] = [
  ["column -t /tmp/c1", "a       b   c\nlonger  x   y\n1       22  333\n", "", 0],
  ["column -t -s: /tmp/c2", "root    x  0      0\nnobody  x  65534  65534\n", "", 0],
  ["column -t -o ' | ' /tmp/c1", "a      | b  | c\nlonger | x  | y\n1      | 22 | 333\n", "", 0],
  ["column -t -s: -N USER,PW,UID,GID /tmp/c2", "USER    PW  UID    GID\nroot    x   0      0\nnobody  x   65534  65534\n", "", 0],
  ["column /tmp/c3", "1\t4\t7\t10\t13\t16\t19\t22\t25\t28\n2\t5\t8\t11\t14\t17\t20\t23\t26\t29\n3\t6\t9\t12\t15\t18\t21\t24\t27\t30\n", "", 0],
  ["column -x /tmp/c3", "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\n11\t12\t13\t14\t15\t16\t17\t18\t19\t20\n21\t22\t23\t24\t25\t26\t27\t28\t29\t30\n", "", 0],
  ["column -c 40 /tmp/c3", "1\t7\t13\t19\t25\n2\t8\t14\t20\t26\n3\t9\t15\t21\t27\n4\t10\t16\t22\t28\n5\t11\t17\t23\t29\n6\t12\t18\t24\t30\n", "", 0],
  ["column /nope", "", "column: /nope: No such file or directory\n", 1],
  ["column -t -R 2 /tmp/c1", "a        b  c\nlonger   x  y\n1       22  333\n", "", 0],
  ["printf \"a  b\\n\\nc d\\n\" | column -t", "a  b\nc  d\n", "", 0],
  ["printf \"a\\tb\\n\" | column -t", "a  b\n", "", 0],
  ["column -z", "", "column: invalid option -- 'z'\nTry 'column --help' for more information.\n", 1],
  ["rev /tmp/c1", "c b a\ny x regnol\n333 22 1\n", "", 0],
  ["echo héllo | rev", "olléh\n", "", 0],
  ["rev /nope", "", "rev: cannot open /nope: No such file or directory\n", 1],
  ["printf \"abc\" | rev", "cba", "", 0],
  ["column -t -s, <<< \"x,,,y\"", "x      y\n", "", 0],
  ["printf \"  a\\nb  \\nc\\n\" | column", "  a\tb  \tc\n", "", 0],
  ["printf \"a,b\\nc,d,e\\n\" | column -t -s,", "a  b  \nc  d  e\n", "", 0],
  ["printf \"a b c\\n\" | column -t -N X", "X     \na  b  c\n", "", 0],
  ["printf \"a b\\n\" | column -t -N X,Y,Z", "X  Y  Z\na  b  \n", "", 0],
  ["column -t -R 5 /tmp/c1", "a       b   c\nlonger  x   y\n1       22  333\n", "", 0],
  ["column -t -R B -N A,B,C /tmp/c1", "A        B  C\na        b  c\nlonger   x  y\n1       22  333\n", "", 0],
  ["column --version", "column from util-linux 2.38.1\n", "", 0],
  ["column -c abc /tmp/c3", "", "column: invalid columns argument: 'abc'\n", 1],
  ["rev --version", "rev from util-linux 2.38.1\n", "", 0],
  ["printf \"a\\nb\\n\" | rev - /nope /tmp/c1", "c b a\ny x regnol\n333 22 1\n", "rev: cannot open -: No such file or directory\nrev: cannot open /nope: No such file or directory\n", 1],
  ["column /tmp/c1 /tmp/c3", "a b c\t\t5\t\t12\t\t19\t\t26\nlonger x y\t6\t\t13\t\t20\t\t27\n1 22 333\t7\t\t14\t\t21\t\t28\n1\t\t8\t\t15\t\t22\t\t29\n2\t\t9\t\t16\t\t23\t\t30\n3\t\t10\t\t17\t\t24\n4\t\t11\t\t18\t\t25\n", "", 0],
  ["printf \"x y\\n\" | column -t -o \"\"", "xy\n", "", 0],
  ["printf \"%s\\n\" aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b | column", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\nb\n", "", 0],
  ["column -c 5 /tmp/c1", "a b c\nlonger x y\n1 22 333\n", "", 0],
  ["printf \"é b\\nxx c\\n\" | column -t", "é   b\nxx  c\n", "", 0],
  // a byte that is not UTF-8 ends the file (fgetws's EILSEQ), the next file is still read
  ["rev /tmp/c4 /tmp/c1", "ko\nc b a\ny x regnol\n333 22 1\n", "rev: /tmp/c4: 1: Invalid or incomplete multibyte or wide character\n", 1],
  ["printf \"ok\\ncaf\\351\\nnext\\n\" | rev", "ko\n", "rev: stdin: 1: Invalid or incomplete multibyte or wide character\n", 1],
  ["printf \"caf\\351\" | rev", "fac", "", 0],
];

describe("column and rev, as util-linux 2.38.1", () => {
  const lab = LabSession.create("single");
  for (const line of SETUP) lab.run(undefined, line);
  for (const [line, stdout, stderr, status] of RECORDED) {
    it(line, () => {
      const r = lab.run(undefined, line);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.exit }).toEqual({ stdout, stderr, status });
    });
  }
});
