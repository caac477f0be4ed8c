/**
 * env, printenv, tty and nproc from the lab's login shell. The texts, exit
 * statuses and option behaviour were recorded on Debian 12 (coreutils 9.1,
 * LANG=C.UTF-8); where the host differs (this one has one CPU) the test says
 * what the real tool does with that fact.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const session = () => LabSession.create("single");

describe("printenv", () => {
  it("prints named values in order; status 1 when one is unset or names '='", () => {
    const s = session();
    expect(s.run(undefined, "HOME=/x printenv HOME PATH NOPE")).toMatchObject({
      exit: 1, stdout: "/x\n/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n", stderr: "",
    });
    expect(s.run(undefined, "printenv HOME=1")).toMatchObject({ exit: 1, stdout: "" });
    expect(s.run(undefined, "printenv ''")).toMatchObject({ exit: 1, stdout: "" });
    expect(s.run(undefined, "A=1 printenv -0 A")).toMatchObject({ exit: 0, stdout: "1\0" });
  });

  it("lists the exported environment and not shell-only variables", () => {
    const s = session();
    const r = s.run(undefined, "X=shell; export Y=exported; printenv");
    expect(r.stdout).toContain("HOME=/root\n");
    expect(r.stdout).toContain("Y=exported\n");
    expect(r.stdout).not.toContain("X=shell");
  });

  it("usage errors exit 2", () => {
    expect(session().run(undefined, "printenv -x")).toMatchObject({
      exit: 2, stderr: "printenv: invalid option -- 'x'\nTry 'printenv --help' for more information.\n",
    });
  });
});

describe("env", () => {
  it("prints the environment it would give a command", () => {
    const s = session();
    expect(s.run(undefined, "env -i A=1 B=2")).toMatchObject({ exit: 0, stdout: "A=1\nB=2\n" });
    expect(s.run(undefined, "env - A=1")).toMatchObject({ exit: 0, stdout: "A=1\n" });
    expect(s.run(undefined, "env -u HOME -i X=1")).toMatchObject({ exit: 0, stdout: "X=1\n" });
    expect(s.run(undefined, "env -i -- A=1")).toMatchObject({ exit: 0, stdout: "A=1\n" });
    expect(s.run(undefined, "env -i =x")).toMatchObject({ exit: 0, stdout: "=x\n" });
    expect(s.run(undefined, "env -i A=1 -0")).toMatchObject({ exit: 127 });
    expect(s.run(undefined, "env -i A=1 B=2 env -0")).toMatchObject({ exit: 0, stdout: "A=1\0B=2\0" });
    const all = s.run(undefined, "env").stdout;
    expect(all).toContain("PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\n");
    expect(s.run(undefined, "env -u HOME").stdout).toBe(all.replace("HOME=/root\n", ""));
  });

  it("runs a command with exactly the new environment", () => {
    const s = session();
    expect(s.run(undefined, "env -i A=1 printenv")).toMatchObject({ exit: 0, stdout: "A=1\n" });
    expect(s.run(undefined, "env -i A=1 B=2 printenv A B")).toMatchObject({ exit: 0, stdout: "1\n2\n" });
    expect(s.run(undefined, "env -i A=1 sh -c 'echo $A'")).toMatchObject({ exit: 0, stdout: "1\n" });
    expect(s.run(undefined, "export X=5; env -u X printenv X; echo $?")).toMatchObject({ stdout: "1\n" });
    expect(s.run(undefined, "env Y=2 printenv Y HOME")).toMatchObject({ exit: 0, stdout: "2\n/root\n" });
    expect(s.run(undefined, "env -i A=1 B=2 env -u A")).toMatchObject({ exit: 0, stdout: "B=2\n" });
    expect(s.run(undefined, "env -i false")).toMatchObject({ exit: 1 });
    expect(s.run(undefined, "env -i true; echo rc=$?")).toMatchObject({ stdout: "rc=0\n" });
    // the shell's variables are untouched afterwards
    expect(s.run(undefined, "env -u HOME true; echo $HOME")).toMatchObject({ stdout: "/root\n" });
  });

  it("passes its standard input on to the command", () => {
    expect(session().run(undefined, "printf 'a\\nb' | env -i tac")).toMatchObject({ exit: 0, stdout: "ba\n" });
  });

  it("passes standard input on as bytes, not decoded text", () => {
    // recorded: printf 'caf\351\n' | env od -c gives the byte 351, not U+FFFD's three
    expect(session().run(undefined, "printf 'caf\\351\\n' | env od -c | head -1").stdout).toBe("0000000   c   a   f 351  \\n\n");
  });

  it("reports a command it cannot run with execvp's statuses", () => {
    const s = session();
    expect(s.run(undefined, "env -i nosuchcmd")).toMatchObject({ exit: 127, stderr: "env: ‘nosuchcmd’: No such file or directory\n" });
    expect(s.run(undefined, "env -i A=1 -- printenv")).toMatchObject({ exit: 127, stderr: "env: ‘--’: No such file or directory\n" });
    expect(s.run(undefined, "env -i PATH=/nonexistent ls")).toMatchObject({ exit: 127, stderr: "env: ‘ls’: No such file or directory\n" });
    expect(s.run(undefined, "env -i /etc/passwd")).toMatchObject({ exit: 126, stderr: "env: ‘/etc/passwd’: Permission denied\n" });
    expect(s.run(undefined, "env -i /tmp")).toMatchObject({ exit: 126, stderr: "env: ‘/tmp’: Permission denied\n" });
  });

  it("its own errors exit 125", () => {
    const s = session();
    expect(s.run(undefined, "env -x")).toMatchObject({ exit: 125, stderr: "env: invalid option -- 'x'\nTry 'env --help' for more information.\n" });
    expect(s.run(undefined, "env -u")).toMatchObject({ exit: 125, stderr: "env: option requires an argument -- 'u'\nTry 'env --help' for more information.\n" });
    expect(s.run(undefined, "env -u A=B")).toMatchObject({ exit: 125, stderr: "env: cannot unset ‘A=B’: Invalid argument\n" });
    expect(s.run(undefined, "env -0 true")).toMatchObject({
      exit: 125, stderr: "env: cannot specify --null (-0) with command\nTry 'env --help' for more information.\n",
    });
    expect(s.run(undefined, "env --version")).toMatchObject({ exit: 0, stdout: "env (GNU coreutils) 9.1\n" });
  });
});

describe("tty", () => {
  it("names the login's pseudo-terminal, and says when input is not one", () => {
    const s = session();
    expect(s.run(undefined, "tty")).toMatchObject({ exit: 0, stdout: "/dev/pts/0\n" });
    expect(s.run(undefined, "tty </dev/null")).toMatchObject({ exit: 1, stdout: "not a tty\n" });
    expect(s.run(undefined, "echo | tty -s; echo $?")).toMatchObject({ stdout: "1\n" });
    expect(s.run(undefined, "tty --quiet; echo $?")).toMatchObject({ stdout: "0\n" });
    expect(s.run(undefined, "tty --silent </dev/null")).toMatchObject({ exit: 1, stdout: "" });
  });

  it("usage errors exit 2", () => {
    const s = session();
    expect(s.run(undefined, "tty x")).toMatchObject({ exit: 2, stderr: "tty: extra operand ‘x’\nTry 'tty --help' for more information.\n" });
    expect(s.run(undefined, "tty -s x")).toMatchObject({ exit: 2, stderr: "tty: extra operand ‘x’\nTry 'tty --help' for more information.\n" });
    expect(s.run(undefined, "tty -x")).toMatchObject({ exit: 2, stderr: "tty: invalid option -- 'x'\nTry 'tty --help' for more information.\n" });
  });
});

describe("nproc", () => {
  it("counts the CPUs of /proc/cpuinfo", () => {
    const s = session();
    const cpus = s.run(undefined, "grep -c ^processor /proc/cpuinfo").stdout;
    expect(cpus).toBe("1\n");
    expect(s.run(undefined, "nproc; nproc --all; nproc --ignore=1; nproc --ign=5")).toMatchObject({ exit: 0, stdout: "1\n1\n1\n1\n" });
  });

  it("follows OMP_NUM_THREADS and OMP_THREAD_LIMIT unless --all", () => {
    const s = session();
    expect(s.run(undefined, "OMP_NUM_THREADS=5 nproc")).toMatchObject({ stdout: "5\n" });
    expect(s.run(undefined, "OMP_NUM_THREADS=5 nproc --all")).toMatchObject({ stdout: "1\n" });
    expect(s.run(undefined, "OMP_NUM_THREADS=5 nproc --ignore=2")).toMatchObject({ stdout: "3\n" });
    expect(s.run(undefined, "OMP_NUM_THREADS=x nproc")).toMatchObject({ stdout: "1\n" });
    expect(s.run(undefined, "OMP_NUM_THREADS=5 OMP_THREAD_LIMIT=3 nproc")).toMatchObject({ stdout: "3\n" });
  });

  it("rejects what the real one rejects", () => {
    const s = session();
    expect(s.run(undefined, "nproc --ignore=x")).toMatchObject({ exit: 1, stderr: "nproc: invalid number: ‘x’\n" });
    expect(s.run(undefined, "nproc --ignore=-1")).toMatchObject({ exit: 1, stderr: "nproc: invalid number: ‘-1’\n" });
    expect(s.run(undefined, "nproc --ignore= ")).toMatchObject({ exit: 1, stderr: "nproc: invalid number: ‘’\n" });
    expect(s.run(undefined, "nproc --ignore 99999999999999999999999")).toMatchObject({
      exit: 1, stderr: "nproc: invalid number: ‘99999999999999999999999’: Value too large for defined data type\n",
    });
    expect(s.run(undefined, "nproc --ignore")).toMatchObject({
      exit: 1, stderr: "nproc: option '--ignore' requires an argument\nTry 'nproc --help' for more information.\n",
    });
    expect(s.run(undefined, "nproc a")).toMatchObject({ exit: 1, stderr: "nproc: extra operand ‘a’\nTry 'nproc --help' for more information.\n" });
  });
});
