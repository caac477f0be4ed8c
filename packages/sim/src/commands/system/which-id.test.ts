/**
 * which and id run from the shell: found through PATH as real programs (no
 * longer the "not simulated" placeholder) and reading the host's tables as
 * they are at that moment. Byte-level fidelity is in files/recorded.test.ts.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("which and id in a shell", () => {
  it("which finds programs and scripts on PATH, in PATH order", () => {
    const s = LabSession.create("single");
    expect(s.run(undefined, "which id which")).toMatchObject({ exit: 0, stdout: "/usr/bin/id\n/usr/bin/which\n" });
    s.run(undefined, "mkdir -p /root/bin; printf '#!/bin/sh\\necho hi\\n' > /root/bin/hi; chmod +x /root/bin/hi");
    expect(s.run(undefined, "PATH=/root/bin:$PATH; which hi; hi")).toMatchObject({ exit: 0, stdout: "/root/bin/hi\nhi\n" });
    expect(s.run(undefined, "/usr/bin/which -q")).toMatchObject({ exit: 2, stdout: "Usage: /usr/bin/which [-a] args\n", stderr: "Illegal option -q\n" });
  });

  it("id sees a user added to /etc/passwd and /etc/group", () => {
    const s = LabSession.create("single");
    expect(s.run(undefined, "id")).toMatchObject({ exit: 0, stdout: "uid=0(root) gid=0(root) groups=0(root)\n" });
    s.run(undefined, "echo 'bob:x:1001:1001::/home/bob:/bin/sh' >> /etc/passwd; echo 'bob:x:1001:' >> /etc/group; sed -i 's/^adm:x:4:$/adm:x:4:bob/' /etc/group");
    expect(s.run(undefined, "id bob")).toMatchObject({ exit: 0, stdout: "uid=1001(bob) gid=1001(bob) groups=1001(bob),4(adm)\n" });
    expect(s.run(undefined, "id -un 1001; id -Gn bob")).toMatchObject({ exit: 0, stdout: "bob\nbob adm\n" });
    expect(s.run(undefined, "id carol")).toMatchObject({ exit: 1, stderr: "id: ‘carol’: no such user\n" });
  });
});
