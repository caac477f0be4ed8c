import { describe, expect, it } from "vitest";
import { commandWords } from "./shell-words.js";

const names = (s: string) => commandWords(s).map((w) => `${w.line}:${w.name}`);

describe("commandWords", () => {
  it("finds the command of each simple command in pipelines and lists", () => {
    expect(names("ip addr show | grep inet && echo ok; ls -l || true")).toEqual(["0:ip", "0:grep", "0:echo", "0:ls", "0:true"]);
  });

  it("skips assignments, redirections and quoted operators", () => {
    expect(names("LANG=C FOO=1 sort < in.txt > out.txt 2>&1")).toEqual(["0:sort"]);
    expect(names("echo 'a | b; c' \"x && y\" >> /etc/network/interfaces")).toEqual(["0:echo"]);
  });

  it("skips here-document bodies and keeps counting lines", () => {
    const src = "cat >> /etc/network/interfaces <<'EOF'\nauto eth0:1\niface eth0:1 inet static\nEOF\nifup eth0:1";
    expect(names(src)).toEqual(["0:cat", "4:ifup"]);
  });

  it("knows compound commands: the words after if/then/do are commands, for's list is not", () => {
    expect(names("if ping -c1 x; then echo up; else echo down; fi")).toEqual(["0:ping", "0:echo", "0:echo"]);
    expect(names("for i in 1 2 3; do echo $i; done")).toEqual(["0:echo"]);
    expect(names("while read l; do wc -l; done < f")).toEqual(["0:read", "0:wc"]);
  });

  it("ignores comments, line continuations, paths and computed names", () => {
    expect(names("# a comment\nip \\\n  addr  # trailing\n/sbin/ip a\n$CMD x")).toEqual(["1:ip"]);
  });
});
