/**
 * umask as bash 5.2 on Debian 12 (recorded with `bash -c '...'` as root;
 * bash -c's "bash: line 1: " prefix is the login shell's "-bash: " here,
 * and bash writes the end of a symbolic mode as a NUL byte), and the mask
 * at work: what files and directories the learner's commands create get.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const RECORDED: [line: string, stdout: string, stderr: string, status: number][] = [
  ["umask", "0022\n", "", 0],
  ["umask -S", "u=rwx,g=rx,o=rx\n", "", 0],
  ["umask -p", "umask 0022\n", "", 0],
  ["umask -S -p", "umask -S u=rwx,g=rx,o=rx\n", "", 0],
  ["umask --; umask", "0022\n0022\n", "", 0],
  ["umask 077; umask", "0077\n", "", 0],
  ["umask -- 027; umask", "0027\n", "", 0],
  ["umask -p 077; umask", "0077\n", "", 0],
  ["umask -S 0", "u=rwx,g=rwx,o=rwx\n", "", 0],
  ["umask -p -S 022", "u=rwx,g=rx,o=rx\n", "", 0],
  ["umask 0777; umask -S", "u=,g=,o=\n", "", 0],
  ["umask 1022; umask", "0022\n", "", 0],
  ["umask 07777", "", "", 0],
  ["umask 0022 1", "", "", 0],
  ["umask g+w; umask", "0002\n", "", 0],
  ["umask a-x; umask", "0133\n", "", 0],
  ["umask u=rwx,g=rx; umask", "0022\n", "", 0],
  ["umask ug=rw,o-r; umask", "0116\n", "", 0],
  ["umask =; umask", "0777\n", "", 0],
  ["umask u=rwx,g=,o=; umask", "0077\n", "", 0],
  ["umask a=rwx,u-w; umask", "0200\n", "", 0],
  ["umask 999", "", "-bash: umask: 999: octal number out of range\n", 1],
  ["umask 8", "", "-bash: umask: 8: octal number out of range\n", 1],
  ["umask abc", "", "-bash: umask: `b': invalid symbolic mode operator\n", 1],
  ["umask o", "", "-bash: umask: `\0': invalid symbolic mode operator\n", 1],
  ['umask ""', "", "-bash: umask: `\0': invalid symbolic mode operator\n", 1],
  ["umask u=x,", "", "-bash: umask: `\0': invalid symbolic mode operator\n", 1],
  ["umask ,", "", "-bash: umask: `,': invalid symbolic mode operator\n", 1],
  ["umask u+s", "", "-bash: umask: `s': invalid symbolic mode character\n", 1],
  ["umask g=rz", "", "-bash: umask: `z': invalid symbolic mode character\n", 1],
  ["umask u=r+w", "", "-bash: umask: `+': invalid symbolic mode character\n", 1],
  ["umask -x", "", "-bash: umask: -x: invalid option\numask: usage: umask [-p] [-S] [mode]\n", 2],
];

describe("umask, as bash 5.2", () => {
  for (const [line, stdout, stderr, status] of RECORDED) {
    it(line, () => {
      const r = LabSession.create("single").run(undefined, line);
      expect({ stdout: r.stdout, stderr: r.stderr, status: r.exit }).toEqual({ stdout, stderr, status });
    });
  }
});

describe("the mask at work", () => {
  const modes = (lab: LabSession, paths: string) => lab.run(undefined, `ls -ld ${paths} | cut -c1-10`).stdout;

  it("files and directories the learner creates lose what the mask takes (recorded: umask 077)", () => {
    const lab = LabSession.create("single");
    lab.run(undefined, "umask 077; touch /tmp/u1; mkdir /tmp/u2; echo x > /tmp/u3; echo y | tee /tmp/u4 >/dev/null; mkdir -p /tmp/u5/a/b");
    expect(modes(lab, "/tmp/u1 /tmp/u2 /tmp/u3 /tmp/u4 /tmp/u5 /tmp/u5/a /tmp/u5/a/b")).toBe(
      "-rw-------\ndrwx------\n-rw-------\n-rw-------\ndrwx------\ndrwx------\ndrwx------\n",
    );
  });

  it("umask 0 gives 0666 files and 0777 directories; chmod +x and -w without who follow the mask", () => {
    const lab = LabSession.create("single");
    lab.run(undefined, "umask 0; touch /tmp/v1; mkdir /tmp/v2");
    expect(modes(lab, "/tmp/v1 /tmp/v2")).toBe("-rw-rw-rw-\ndrwxrwxrwx\n");
    lab.run(undefined, "chmod -w /tmp/v1; umask 027; chmod +x /tmp/v1");
    expect(modes(lab, "/tmp/v1")).toBe("-r-xr-xr--\n");
  });

  it("cp gives a new copy the source's mode less the mask", () => {
    const lab = LabSession.create("single");
    lab.run(undefined, "touch /tmp/s; chmod 755 /tmp/s; umask 027; cp /tmp/s /tmp/d");
    expect(modes(lab, "/tmp/d")).toBe("-rwxr-x---\n");
  });

  it("a subshell's or a pipeline stage's umask stays there; the shell's own carries across lines", () => {
    const lab = LabSession.create("single");
    expect(lab.run(undefined, "(umask 077); umask 077 | cat; umask").stdout).toBe("0022\n");
    lab.run(undefined, "umask 027");
    expect(lab.run(undefined, "umask").stdout).toBe("0027\n");
  });

  it("an existing file keeps its mode when written again", () => {
    const lab = LabSession.create("single");
    lab.run(undefined, "echo a > /tmp/k; umask 077; echo b > /tmp/k");
    expect(modes(lab, "/tmp/k")).toBe("-rw-r--r--\n");
  });
});
