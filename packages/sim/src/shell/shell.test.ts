import { describe, it, expect } from "vitest";
import { Shell } from "./shell.js";
import { findFake, makeShell } from "./test-support/harness.js";

describe("limits", () => {
  it("ends a runaway loop with the step-limit error and stays usable", () => {
    const t = makeShell();
    const r = t.run("while true; do :; done; echo never");
    expect(r).toEqual({ out: "", err: "-bash: command ran too long (step limit reached)\n", status: 1 });
    expect(t.run("echo $?; echo ok")).toMatchObject({ out: "1\nok\n", status: 0 });
  });
  it("bounds recursion, doubling strings and brace sequences", () => {
    const t = makeShell();
    expect(t.run("f() { f; }; f").err).toBe("-bash: f: maximum function nesting level exceeded (100)\n");
    expect(t.run("x=a; while :; do x=$x$x; done").err).toBe("-bash: command ran too long (step limit reached)\n");
    expect(t.run("echo {1..99999999}").err).toBe("-bash: command ran too long (step limit reached)\n");
    expect(t.run("printf '%999999999d' 1").err).toBe("-bash: command ran too long (step limit reached)\n");
    expect(t.run("echo $(( " + "(".repeat(3000) + "1" + ")".repeat(3000) + " ))").status).toBe(1);
    expect(t.run("echo still").out).toBe("still\n");
  });
  it("ends a flood of output with the output-limit error", () => {
    const t = makeShell();
    const r = t.run("spam");
    expect(r.err).toBe("-bash: output too large (output limit reached)\n");
    expect(r.status).toBe(1);
    expect(r.out.length).toBeLessThanOrEqual(4 * 1024 * 1024);
    expect(t.run("spam | cat").err).toBe("-bash: output too large (output limit reached)\n");
    expect(t.run("spam > /tmp/big").err).toBe("-bash: output too large (output limit reached)\n");
  });
});

describe("programs", () => {
  it("reports a throwing program as an internal error", () => {
    const t = makeShell();
    expect(t.run("boom; echo $?")).toEqual({ out: "1\n", err: "-bash: boom: internal error\n", status: 0 });
  });
  it("passes exported variables and temporary assignments in env", () => {
    const t = makeShell();
    expect(t.run("A=1 printenv A; printenv A; echo $?").out).toBe("1\n1\n");
    expect(t.run("B=2; printenv B; export B; printenv B").out).toBe("2\n");
    expect(t.run("printenv HOME LANG").out).toBe("/root\n");
  });
  it("pipes bytes between stages and keeps the last status", () => {
    const t = makeShell();
    expect(t.run("echo abc | upper | cat; echo ${PIPESTATUS-x}").out).toBe("ABC\nx\n");
    expect(t.run("exitwith 3 | exitwith 0; echo $?").out).toBe("0\n");
    expect(t.run("echo x | exitwith 4; echo $?").out).toBe("4\n");
    expect(t.run("istty; echo | istty").out).toBe("true true\nfalse true\n");
  });
  it("finds sbin tools under /usr/sbin and honours PATH", () => {
    const t = makeShell();
    expect(t.run("type ip cat cd if").out).toBe("ip is /usr/sbin/ip\ncat is /usr/bin/cat\ncd is a shell builtin\nif is a shell keyword\n");
    expect(t.run("/usr/sbin/ip a; /sbin/ip r").out).toBe("ip a\nip r\n");
    expect(t.run("PATH=/nowhere; cat").err).toBe("-bash: cat: command not found\n");
  });
});

describe("scripts", () => {
  it("runs executable scripts by path with their own variables", () => {
    const t = makeShell();
    t.fs.put("/root/x.sh", '#!/bin/bash\nv=inner\necho "$0 $# $1 ${v}"\ncd /tmp\nexit 5\n', 0o755);
    expect(t.run("v=outer; ./x.sh a b; echo $? $v $PWD")).toMatchObject({ out: "./x.sh 2 a inner\n5 outer /root\n", err: "" });
  });
  it("checks permissions and existence like the kernel", () => {
    const t = makeShell();
    t.fs.put("/root/n.sh", "echo hi\n", 0o644);
    t.fs.mkdir("/root/dir");
    expect(t.run("./n.sh")).toEqual({ out: "", err: "-bash: ./n.sh: Permission denied\n", status: 126 });
    expect(t.run("./nope")).toEqual({ out: "", err: "-bash: ./nope: No such file or directory\n", status: 127 });
    expect(t.run("./dir")).toEqual({ out: "", err: "-bash: ./dir: Is a directory\n", status: 126 });
    expect(t.run("bash n.sh").out).toBe("hi\n");
  });
  it("finds scripts on PATH", () => {
    const t = makeShell();
    t.fs.put("/usr/local/sbin/backup", "echo backing up $1\n", 0o755);
    expect(t.run("backup db").out).toBe("backing up db\n");
    expect(t.run("type backup").out).toBe("backup is /usr/local/sbin/backup\n");
  });
  it("prefixes script errors with the name and line", () => {
    const t = makeShell();
    t.fs.put("/root/s.sh", "echo one\nfoo\ncd /nope\necho $((1/0))\necho after\nif true; then\n", 0o755);
    const r = t.run("./s.sh");
    expect(r.out).toBe("one\nafter\n");
    expect(r.err).toBe(
      "./s.sh: line 2: foo: command not found\n" +
        "./s.sh: line 3: cd: /nope: No such file or directory\n" +
        './s.sh: line 4: 1/0: division by 0 (error token is "0")\n' +
        "./s.sh: line 7: syntax error: unexpected end of file\n",
    );
    expect(r.status).toBe(2);
  });
  it("runs bash -c and reports its syntax errors like bash", () => {
    const t = makeShell();
    expect(t.run("bash -c 'echo $0 $1; foo' me x")).toEqual({ out: "me x\n", err: "bash: foo: command not found\n", status: 127 });
    expect(t.run("bash -c 'echo a;;'").err).toBe("bash: -c: line 1: syntax error near unexpected token `;;'\nbash: -c: line 1: `echo a;;'\n");
    expect(t.run("echo 'echo from stdin' | bash").out).toBe("from stdin\n");
  });
  it("makes exec's redirections the script's own, for every command after it, and nowhere else", () => {
    const t = makeShell();
    t.fs.put("/root/log.sh", "#!/bin/sh\necho before\nexec >> /root/run.log 2>&1\necho after\ncat /nope\n", 0o755);
    expect(t.run("./log.sh; echo back")).toEqual({ out: "before\nback\n", err: "", status: 0 });
    expect(t.run("cat /root/run.log").out).toBe("after\ncat: /nope: No such file or directory\n");
    // a subshell's exec stays in the subshell
    expect(t.run("(exec 2>/dev/null; cat /nope1); cat /nope2").err).toBe("cat: /nope2: No such file or directory\n");
  });
  it("ends the shell with the status of the program exec runs", () => {
    const t = makeShell();
    expect(t.run("bash -c 'exec exitwith 3; echo never'")).toEqual({ out: "", err: "", status: 3 });
  });
  it("warns about an unterminated here-document in a script", () => {
    const t = makeShell();
    t.fs.put("/root/h.sh", "cat <<EOF\nhello\n", 0o755);
    expect(t.run("bash h.sh")).toEqual({
      out: "hello\n",
      err: "h.sh: line 2: warning: here-document at line 1 delimited by end-of-file (wanted `EOF')\n",
      status: 0,
    });
  });
});

describe("session state", () => {
  it("expands the Debian prompt", () => {
    const t = makeShell({ hostname: "router1" });
    expect(t.shell.prompt()).toBe("root@router1:~# ");
    t.run("cd /tmp");
    expect(t.shell.prompt()).toBe("root@router1:/tmp# ");
    t.run("debian_chroot=jail");
    expect(t.shell.prompt()).toBe("(jail)root@router1:/tmp# ");
  });
  it("numbers history like bash", () => {
    const t = makeShell();
    t.shell.addHistory("ls");
    t.shell.addHistory("echo hi\n");
    t.shell.addHistory("   ");
    t.shell.addHistory("history");
    expect(t.run("history").out).toBe("    1  ls\n    2  echo hi\n    3  history\n");
  });
  it("reports exit and prints logout", () => {
    const t = makeShell();
    expect(t.shell.exitRequested).toBe(false);
    expect(t.run("(exit 3); echo $?").out).toBe("3\n");
    expect(t.shell.exitRequested).toBe(false);
    expect(t.run("exit 4")).toEqual({ out: "", err: "logout\n", status: 4 });
    expect(t.shell.exitRequested).toBe(true);
  });
  it("keeps functions and variables in plain JSON state", () => {
    const t = makeShell();
    t.run("greet() { echo \"hi $1\"; }; __proto__=p; constructor=c; export E=1");
    const json = JSON.parse(JSON.stringify(t.state));
    const again = new Shell({ getHost: () => ({ name: "h", fs: t.fs }) as never, state: json, commands: { find: findFake } });
    const out: string[] = [];
    const sink = { write: (s: string) => out.push(s), writeBytes: (s: string) => out.push(s), isTTY: true };
    again.execute("greet you; echo $__proto__ $constructor $E", { stdout: sink, stderr: sink });
    expect(out.join("")).toBe("hi you\np c 1\n");
    expect(Object.getPrototypeOf(json.vars)).toBe(Object.prototype);
  });
  it("knows when a line needs more input", () => {
    const { shell } = makeShell();
    for (const s of ["echo 'abc", 'echo "abc', "cat <<EOF", "cat <<EOF\nbody", "if true; then", "for i in 1; do", "ls |", "true &&", "echo \\", "f() {", "case x in"]) {
      expect(shell.isIncomplete(s), s).toBe(true);
    }
    for (const s of ["echo hi", "echo 'a\\'", "cat <<EOF\nbody\nEOF", "echo )", "if true; then :; fi", "echo a\\\\"]) {
      expect(shell.isIncomplete(s), s).toBe(false);
    }
  });
  it("clears the screen with the terminal's sequence", () => {
    expect(makeShell().run("clear").out).toBe("\x1b[H\x1b[2J\x1b[3J");
  });
});

describe("never JavaScript", () => {
  it("treats JS-looking input as shell text", () => {
    const t = makeShell();
    expect(t.run("echo $((constructor)) ${__proto__:-u} ${#constructor} ${toString-unset}").out).toBe("0 u 0 unset\n");
    expect(t.run("echo $(( 'process.exit()' ))").status).toBe(1);
    expect(t.run("x='$(echo injected)'; echo $x").out).toBe("$(echo injected)\n");
    expect(t.run("valueOf; hasOwnProperty").err).toBe("-bash: valueOf: command not found\n-bash: hasOwnProperty: command not found\n");
    expect(t.run("type constructor __proto__").status).toBe(1);
    expect(t.run("unset __proto__; echo ok").out).toBe("ok\n");
  });
});

describe("C escapes, as bash 5.2 decodes them", () => {
  it("echo -e takes octal only as \\0NNN; printf and %b also take \\NNN", () => {
    const t = makeShell();
    expect(t.run("echo -e '\\102|\\0102|\\x41\\u00e9'").out).toBe("\\102|B|A\xc3\xa9\n"); // the harness shows bytes: é is UTF-8 c3 a9
    expect(t.run("printf '%b|' '\\102' '\\0102' '\\01012'").out).toBe("B|B|A2|");
    expect(t.run("printf '\\102\\n'").out).toBe("B\n");
  });

  it("$'...' decodes octal, hex, unicode, quotes and control characters", () => {
    const t = makeShell();
    expect(t.run("printf '%s' $'a\\101\\x42\\u00e9\\'\\cA'").out).toBe("aAB\xc3\xa9'\x01");
  });
});
