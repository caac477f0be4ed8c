/**
 * xargs in a lab's shell, beyond the recorded transcripts
 * (files/recorded.test.ts): fed by find -print0 and by ls, names with
 * blanks and quotes stay whole and are never read as shell code, and an
 * endless stream of commands ends at the step limit.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";

describe("xargs in a shell", () => {
  it("find -print0 | xargs -0 rm removes names with blanks, quotes and shell syntax", () => {
    const s = LabSession.create("single");
    s.run(undefined, `mkdir /root/w; cd /root/w; touch 'a b.log' "it's.log" '$(reboot).log' '; ls.log' keep`);
    expect(s.run(undefined, "cd /root/w; find . -name '*.log' -print0 | xargs -0 rm -v")).toMatchObject({
      exit: 0,
      stdout: "removed './$(reboot).log'\nremoved './; ls.log'\nremoved './a b.log'\nremoved \"./it's.log\"\n",
    });
    expect(s.run(undefined, "ls /root/w").stdout).toBe("keep\n");
  });

  it("-I runs one command per line; the child's stdin is /dev/null", () => {
    const s = LabSession.create("single");
    expect(s.run(undefined, "printf 'x\\ny\\n' | xargs -I {} sh -c 'echo {}; cat'")).toMatchObject({ exit: 0, stdout: "x\ny\n" });
  });

  it("too many commands end with the step limit", () => {
    const s = LabSession.create("single");
    const r = s.run(undefined, "seq 100000 | xargs -n 1 true");
    expect(r.stderr).toContain("step limit");
  });
});

describe("a program on PATH that cannot be executed", () => {
  // recorded on Debian 12: glibc's execvp reports EACCES when the only match is not executable
  it("is Permission denied for find -exec, xargs and env alike", () => {
    const lab = LabSession.create("single");
    lab.run("host", "mkdir -p /tmp/pp && touch /tmp/pp/nx && chmod -x /tmp/pp/nx");
    expect(lab.run("host", "PATH=/tmp/pp:$PATH find / -maxdepth 0 -exec nx \\;").stderr).toBe("find: ‘nx’: Permission denied\n");
    expect(lab.run("host", "echo a | PATH=/tmp/pp:$PATH xargs nx")).toMatchObject({ stderr: "xargs: nx: Permission denied\n", exit: 126 });
    expect(lab.run("host", "PATH=/tmp/pp:$PATH env nx")).toMatchObject({ stderr: "env: ‘nx’: Permission denied\n", exit: 126 });
  });
});
