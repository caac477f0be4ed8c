/**
 * Every reader of /etc/passwd and /etc/group agrees on what an entry is
 * (colon-db.ts): a commented-out line is none, a line with leading blanks
 * is one. Expected texts recorded on Debian 12 with the same two lines added
 * to the files (bind-mounted over /etc's in a private mount namespace).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("the NSS files databases as every program reads them", () => {
  const lab = LabSession.create("single");
  lab.run(undefined, "echo '#ghost:x:1234:1234::/home/ghost:/bin/bash' >> /etc/passwd; echo '#ghost:x:1234:' >> /etc/group");
  lab.run(undefined, "echo '  spacey:x:1235:1235::/home/spacey:/bin/sh' >> /etc/passwd");
  lab.run(undefined, "touch /tmp/f; chown 1234:1234 /tmp/f");

  it("shows a commented-out user's id as a number (ls) or UNKNOWN (stat)", () => {
    expect(lab.run(undefined, "ls -l /tmp/f | cut -d' ' -f3,4").stdout).toBe("1234 1234\n");
    expect(lab.run(undefined, "stat -c '%U %G' /tmp/f").stdout).toBe("UNKNOWN UNKNOWN\n");
  });

  it("knows no such user in id, chown, find and getent", () => {
    expect(lab.run(undefined, "id '#ghost'")).toMatchObject({ stderr: "id: \u2018#ghost\u2019: no such user\n", exit: 1 });
    expect(lab.run(undefined, "id 1234")).toMatchObject({ stderr: "id: \u20181234\u2019: no such user\n", exit: 1 });
    expect(lab.run(undefined, "chown '#ghost' /tmp/f")).toMatchObject({ stderr: "chown: invalid user: \u2018#ghost\u2019\n", exit: 1 });
    expect(lab.run(undefined, "find /tmp/f -user '#ghost'")).toMatchObject({ stderr: "find: \u2018#ghost\u2019 is not the name of a known user\n", exit: 1 });
    expect(lab.run(undefined, "getent passwd 1234")).toMatchObject({ stdout: "", exit: 2 });
  });

  it("takes a line with leading blanks as an entry", () => {
    expect(lab.run(undefined, "id spacey").stdout).toBe("uid=1235(spacey) gid=1235 groups=1235\n");
    expect(lab.run(undefined, "getent passwd spacey").stdout).toBe("spacey:x:1235:1235::/home/spacey:/bin/sh\n");
    expect(lab.run(undefined, "chown 1235 /tmp/f; ls -l /tmp/f | cut -d' ' -f3").stdout).toBe("spacey\n");
  });
});
