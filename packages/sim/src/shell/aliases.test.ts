/**
 * Aliases at an interactive prompt, against bash 5.2 on Debian (the same
 * lines fed to `bash -i`): only where a command starts, chains, a
 * replacement ending in a blank, and none in non-interactive shells.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";
import { expandAliases } from "./aliases.js";

const ALIASES = { ll: "ls -ld", e: "echo ", w: "world", l: "ll", ls: "ls -F" };

describe("expandAliases", () => {
  it("expands the first word of each command, and the word after a replacement ending in a blank", () => {
    // the replacement goes in as written: "echo " then " w"
    expect(expandAliases("e w", ALIASES)).toBe("echo  world");
    expect(expandAliases("echo w", ALIASES)).toBe("echo w");
    expect(expandAliases("l /tmp", ALIASES)).toBe("ls -F -ld /tmp");
    expect(expandAliases("ls -d /tmp", ALIASES)).toBe("ls -F -d /tmp");
    expect(expandAliases("X=1 e w", ALIASES)).toBe("X=1 echo  world");
    expect(expandAliases("if true; then e w; fi", ALIASES)).toBe("if true; then echo  world; fi");
    // bash -i expands after leading redirections, never their targets
    expect(expandAliases("> /tmp/out e w; 2>/dev/null ll", ALIASES)).toBe("> /tmp/out echo  world; 2>/dev/null ls -F -ld");
    expect(expandAliases("echo x > ll", ALIASES)).toBe("echo x > ll");
    expect(expandAliases("{ e w; }; true && e w; (e w) | e w", ALIASES)).toBe("{ echo  world; }; true && echo  world; (echo  world) | echo  world");
  });

  it("leaves alone what is not a command: arguments, for lists, case patterns, here-documents, quoted words", () => {
    expect(expandAliases("for ll in a; do echo $ll; done", ALIASES)).toBe("for ll in a; do echo $ll; done");
    // bash -i prints "ls -F -ld" here: after `echo `, ll is a command word, and its ls is expanded in turn
    expect(expandAliases("case ll in ll) e ll;; esac", ALIASES)).toBe("case ll in ll) echo  ls -F -ld;; esac");
    expect(expandAliases("cat <<END\nll\nEND\n", ALIASES)).toBe("cat <<END\nll\nEND\n");
    expect(expandAliases("cat <<-END\n\tll\n\tEND\nll\n", ALIASES)).toBe("cat <<-END\n\tll\n\tEND\nls -F -ld\n");
    expect(expandAliases("'ll' /tmp; \\ll /tmp", ALIASES)).toBe("'ll' /tmp; \\ll /tmp");
    expect(expandAliases("echo 'unclosed", ALIASES)).toBe("echo 'unclosed");
  });
});

describe("alias and unalias at the prompt", () => {
  function lab() {
    const s = LabSession.create("single");
    return (line: string) => s.run("host", line);
  }

  it("defines, lists, describes and removes aliases as bash does", () => {
    const run = lab();
    expect(run("alias ll='ls -ld'; alias q=\"it's\"").exit).toBe(0);
    expect(run("alias").stdout).toBe("alias ll='ls -ld'\nalias q='it'\\''s'\n");
    expect(run("ll /tmp").stdout).toBe("drwxrwxrwt 2 root root 4096 Nov 30 09:00 /tmp\n");
    expect(run("type ll").stdout).toBe("ll is aliased to `ls -ld'\n");
    expect(run("command -v ll").stdout).toBe("alias ll='ls -ld'\n");
    expect(run("alias foo; echo $?")).toMatchObject({ stderr: "-bash: alias: foo: not found\n", stdout: "1\n" });
    expect(run("alias 'a b=x'").stderr).toBe("-bash: alias: `a b': invalid alias name\n");
    expect(run("alias -x").stderr).toBe("-bash: alias: -x: invalid option\nalias: usage: alias [-p] [name[=value] ... ]\n");
    expect(run("unalias; echo $?")).toMatchObject({ stderr: "unalias: usage: unalias [-a] name [name ...]\n", stdout: "2\n" });
    expect(run("unalias ll").exit).toBe(0);
    expect(run("ll").stderr).toBe("-bash: ll: command not found\n");
    expect(run("unalias ll").stderr).toBe("-bash: unalias: ll: not found\n");
    expect(run("unalias -a; alias").stdout).toBe("");
  });

  it("takes effect from the next line, and never in a non-interactive shell", () => {
    const run = lab();
    expect(run("alias hi='echo hello'; hi").stderr).toBe("-bash: hi: command not found\n");
    expect(run("hi").stdout).toBe("hello\n");
    expect(run("sh -c 'alias q=echo; q hi'").stderr).toBe("sh: 1: q: not found\n");
    expect(run("bash -c 'hi'").stderr).toBe("bash: hi: command not found\n");
  });

  it("expands inside command substitutions of the interactive shell, not of a script (bash 5.2 -i)", () => {
    const run = lab();
    run("alias hi='echo hello'");
    expect(run('echo "$(hi there)"; x=`hi back`; echo $x; echo $(echo $(hi deep))').stdout).toBe("hello there\nhello back\nhello deep\n");
    run("printf 'echo $(hi x)\\n' > /tmp/s.sh");
    expect(run("bash /tmp/s.sh")).toMatchObject({ stdout: "\n", stderr: "/tmp/s.sh: line 1: hi: command not found\n", exit: 0 });
  });
});
