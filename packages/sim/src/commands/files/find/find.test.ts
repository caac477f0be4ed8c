/**
 * find in a lab's shell, beyond the recorded transcripts (files/recorded.test.ts):
 * a search of the whole tree ends, -exec runs programs as the shell would,
 * and a search too big for the line's budget ends with the step limit.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../../lab/lab-session.js";

describe("find in a shell", () => {
  it("searches the whole filesystem, /proc and /sys included, and finds /etc/hostname", () => {
    const s = LabSession.create("single");
    const r = s.run(undefined, "find / -name hostname -type f");
    expect(r.exit).toBe(0);
    expect(r.stdout.split("\n")).toContain("/etc/hostname");
  });

  it("-exec and -delete change the filesystem, -exec {} + batches names", () => {
    const s = LabSession.create("single");
    s.run(undefined, "mkdir -p /root/x/y; touch /root/x/a.log /root/x/y/b.log /root/x/keep");
    expect(s.run(undefined, "cd /root/x && find . -name '*.log' -exec gzip {} ';' && ls -1R")).toMatchObject({
      exit: 0,
      stdout: ".:\na.log.gz\nkeep\ny\n\n./y:\nb.log.gz\n",
    });
    expect(s.run(undefined, "find /root/x -name '*.gz' -exec echo {} +").stdout).toBe("/root/x/a.log.gz /root/x/y/b.log.gz\n");
    expect(s.run(undefined, "find /root/x -name '*.gz' -delete; find /root/x")).toMatchObject({ exit: 0, stdout: "/root/x\n/root/x/keep\n/root/x/y\n" });
  });

  it("a search bigger than the step budget ends with the step limit", () => {
    const s = LabSession.create("single");
    s.run(undefined, "mkdir /root/big; cd /root/big; for i in $(seq 300); do mkdir d$i; done");
    const r = s.run(undefined, "for i in $(seq 1000); do find / > /dev/null; done");
    expect(r.stderr).toContain("step limit");
  });
});
