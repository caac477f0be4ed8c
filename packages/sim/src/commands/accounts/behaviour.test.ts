/**
 * The account tools together with the rest of the host: after useradd, id,
 * getent, ls and su agree on the new user; su's shells and their prompts;
 * password hashes (their shape, a check against them, the same bytes on
 * replay).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";
import { Prng, seedPrng } from "../../world/prng.js";
import { hashPassword, verifyPassword } from "./crypt.js";

const tty = (...keys: string[]) => ({ cols: 80, rows: 24, input: keys.map((k) => `${k}\r`) });

describe("a user made by useradd", () => {
  it("is the same user to id, getent, ls and su", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "useradd -m -s /bin/bash alice").exit).toBe(0);
    expect(s.run("host", "id alice").stdout).toBe("uid=1000(alice) gid=1000(alice) groups=1000(alice)\n");
    expect(s.run("host", "getent passwd alice").stdout).toBe("alice:x:1000:1000::/home/alice:/bin/bash\n");
    expect(s.run("host", "ls -l /home").stdout).toBe("total 4\ndrwxr-xr-x 2 alice alice 4096 Nov 30 09:00 alice\n");
    // skel's files keep their dates, as copy_tree keeps them
    expect(s.run("host", "ls -l /home/alice/.bashrc").stdout).toBe("-rw-r--r-- 1 alice alice 3526 Jan  3  2023 /home/alice/.bashrc\n");
    expect(s.run("host", "su - alice").exit).toBe(0);
    expect(s.prompt("host")).toBe("alice@host:~$ ");
    expect(s.run("host", "pwd; echo $USER $HOME $SHELL").stdout).toBe("/home/alice\nalice /home/alice /bin/bash\n");
    expect(s.run("host", "exit").stderr).toBe("logout\n");
    expect(s.prompt("host")).toBe("root@host:~# ");
  });

  it("with useradd's default shell /bin/sh gets dash's prompt; su without - stays in the directory", () => {
    const s = LabSession.create("single");
    s.run("host", "useradd -m bob");
    s.run("host", "cd /tmp");
    s.run("host", "su bob");
    expect(s.prompt("host")).toBe("$ ");
    expect(s.run("host", "pwd").stdout).toBe("/tmp\n");
    expect(s.run("host", "exit").stderr).toBe("exit\n");
  });

  it("su -c runs one command with the user's environment", () => {
    const s = LabSession.create("single");
    s.run("host", "useradd -m carol");
    expect(s.run("host", "su -c 'echo $USER $HOME; pwd' - carol").stdout).toBe("carol /home/carol\n/home/carol\n");
    expect(s.prompt("host")).toBe("root@host:~# ");
  });

  it("su refuses an unknown user and a nologin account as util-linux's does", () => {
    const s = LabSession.create("single");
    expect(s.run("host", "su nosuch")).toMatchObject({
      stderr: "su: user nosuch does not exist or the user entry does not contain all the required fields\n",
      exit: 1,
    });
    expect(s.run("host", "su - www-data")).toMatchObject({ stdout: "This account is currently not available.\n", exit: 1 });
  });

  it("su from a user's shell asks the target's password and checks it against /etc/shadow", () => {
    const s = LabSession.create("single");
    s.run("host", "useradd -m alice; useradd -m bob");
    s.run("host", "printf 'bob:pw1\\n' | chpasswd");
    s.run("host", "su - alice");
    expect(s.run("host", "su - bob", tty("nope"))).toMatchObject({ screen: "Password: \nsu: Authentication failure\n", exit: 1 });
    expect(s.run("host", "su - bob", tty("pw1")).exit).toBe(0);
    expect(s.prompt("host")).toBe("$ ");
    expect(s.run("host", "echo $USER").stdout).toBe("bob\n");
  });
});

describe("password hashes", () => {
  it("have yescrypt's shape and verify only the password they were made from", () => {
    const h = hashPassword("s3cret", new Prng(seedPrng(7)));
    expect(h).toMatch(/^\$y\$j9T\$[./0-9A-Za-z]{22}\$[./0-9A-Za-z]{43}$/);
    expect(verifyPassword("s3cret", h)).toBe(true);
    expect(verifyPassword("s3cret!", h)).toBe(false);
    expect(verifyPassword("s3cret", `!${h}`)).toBe(false);
    expect(hashPassword("s3cret", new Prng(seedPrng(8)))).not.toBe(h);
  });

  it("are the same bytes when the lab is replayed", () => {
    const line = (s: LabSession) => s.run("host", "grep ^alice: /etc/shadow").stdout;
    const run = () => {
      const s = LabSession.create("single");
      s.run("host", "useradd alice");
      s.run("host", "passwd alice", tty("pw", "pw"));
      return s;
    };
    const a = run();
    expect(line(a)).toMatch(/^alice:\$y\$j9T\$\S+:20787:0:99999:7:::\n$/);
    expect(line(run())).toBe(line(a));
    const { session } = LabSession.replay(a.transcript);
    expect(line(session)).toBe(line(a));
  });
});

describe("who a su shell is", () => {
  it("whoami and id answer the user su switched to, and root again after exit", () => {
    const s = LabSession.create("single");
    s.run("host", "useradd -m -G sudo alice");
    s.run("host", "su - alice");
    expect(s.run("host", "whoami").stdout).toBe("alice\n");
    expect(s.run("host", "id").stdout).toBe("uid=1000(alice) gid=1000(alice) groups=1000(alice),27(sudo)\n");
    expect(s.run("host", "sh -c whoami").stdout).toBe("alice\n");
    s.run("host", "exit");
    expect(s.run("host", "whoami").stdout).toBe("root\n");
    expect(s.run("host", "su -c whoami alice").stdout).toBe("alice\n");
  });
});

describe("the databases' backups", () => {
  it("hold the text before the change, with the old file's mode, owner and time", () => {
    const s = LabSession.create("single");
    const before = s.run("host", "cat /etc/shadow").stdout;
    const lsBefore = s.run("host", "ls -l /etc/shadow").stdout;
    s.run("host", "useradd bob");
    expect(s.run("host", "cat /etc/shadow-").stdout).toBe(before);
    expect(s.run("host", "ls -l /etc/shadow-").stdout).toBe(lsBefore.replace("/etc/shadow\n", "/etc/shadow-\n"));
  });
});
