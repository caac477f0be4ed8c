import { describe, it, expect } from "vitest";
import { makeShell } from "./test-support/harness.js";

const out = (line: string, stdin?: string) => makeShell().run(line, stdin).out;

describe("expansion", () => {
  it("splits unquoted expansions and keeps quoted ones", () => {
    expect(out('x="a  b"; args $x "$x" \'$x\' "${x}"c')).toBe("<a>\n<b>\n<a  b>\n<$x>\n<a  bc>\n");
    expect(out('set -- "1 2" 3; args "$@"; args "$*"; args $@; args "x$@y"')).toBe("<1 2>\n<3>\n<1 2 3>\n<1>\n<2>\n<3>\n<x1 2>\n<3y>\n");
    expect(out('args "$@" ""; e=; args $e "$e"')).toBe("<>\n<>\n");
  });
  it("expands parameters with operators", () => {
    expect(out("echo ${u:-d} ${u-d} ${u:=set} $u ${u:+alt} ${#u}")).toBe("d d set set alt 3\n");
    expect(out("p=/usr/lib/x.tar.gz; echo ${p##*/} ${p%%.*} ${p#*.} ${p%.*} ${p/x/y} ${p:1:3} ${p: -2}")).toBe(
      "x.tar.gz /usr/lib/x tar.gz /usr/lib/x.tar /usr/lib/y.tar.gz usr gz\n",
    );
    expect(out("a=b; b=c; echo ${!a}")).toBe("c\n");
  });
  it("expands tilde, command substitution and arithmetic", () => {
    expect(out("echo ~ ~/d x~ ~root; y=~/p; echo $y")).toBe("/root /root/d x~ /root\n/root/p\n");
    expect(out("echo $(echo a $(echo b)) `echo c` $((2*(3+4)))")).toBe("a b c 14\n");
    expect(out("n=5; (( n++ )); echo $n; (( n > 10 )) || echo small")).toBe("6\nsmall\n");
  });
  it("globs against the filesystem", () => {
    const t = makeShell({ cwd: "/tmp" });
    for (const f of ["b.txt", "a.txt", "c.log"]) t.fs.put(`/tmp/${f}`, "");
    expect(t.run("echo *.txt; echo *.none; echo '*'.txt; x='*.log'; echo $x \"$x\"").out).toBe(
      "a.txt b.txt\n*.none\n*.txt\nc.log *.log\n",
    );
    expect(t.run("set -f; echo *.txt").out).toBe("*.txt\n");
  });
});

describe("redirection", () => {
  it("writes, appends, reads and duplicates", () => {
    const t = makeShell();
    const r = t.run("echo a > f; echo b >> f; cat < f; { echo o; echo e >&2; } > both 2>&1; ls_missing 2> err; cat both err");
    expect(r.out).toBe("a\nb\no\ne\n-bash: ls_missing: command not found\n");
    expect(t.fs.text("/root/f")).toBe("a\nb\n");
    expect(t.run("echo x &> all; cat all").out).toBe("x\n");
    expect(t.run("echo hidden > /dev/null; echo shown 2>/dev/null").out).toBe("shown\n");
  });
  it("creates and truncates before the command runs", () => {
    const t = makeShell();
    t.fs.put("/root/f", "old\n");
    t.run("cat f > f");
    expect(t.fs.text("/root/f")).toBe("");
    t.run("> empty");
    expect(t.fs.text("/root/empty")).toBe("");
  });
  it("applies redirections left to right", () => {
    const t = makeShell();
    const r = t.run("nocmd 2>&1 >/dev/null");
    expect(r.out).toBe("-bash: nocmd: command not found\n");
  });
  it("reports bad targets", () => {
    const t = makeShell();
    expect(t.run("echo x > /nodir/f").err).toBe("-bash: /nodir/f: No such file or directory\n");
    expect(t.run("echo x > /tmp").err).toBe("-bash: /tmp: Is a directory\n");
    expect(t.run("x='a b'; echo x > $x")).toMatchObject({ err: "-bash: $x: ambiguous redirect\n", status: 1 });
    expect(t.run("cat < nope; echo $?").out).toBe("1\n");
  });
  it("feeds here-documents and here-strings", () => {
    expect(out("x=1; cat <<EOF\n$x \\$x `echo b`\nEOF\ncat <<'E'\n$x\nE\ncat <<-T\n\tind\n\tT\ncat <<< \"s $x\"")).toBe(
      "1 $x b\n$x\nind\ns 1\n",
    );
  });
  it("lets successive reads consume successive lines", () => {
    const t = makeShell();
    t.fs.put("/root/l", "1 a\n2 b c\n3\n");
    expect(t.run("while read -r n rest; do echo \"$n:$rest\"; done < l").out).toBe("1:a\n2:b c\n3:\n");
    expect(t.run("read a; read b; echo $b$a", "x\ny\n").out).toBe("yx\n");
    expect(t.run("read -r line; echo \"[$line]\"", "no newline").out).toBe("[no newline]\n");
  });
});

describe("control flow", () => {
  it("runs conditionals and loops", () => {
    expect(out("if false; then echo 1; elif true; then echo 2; else echo 3; fi")).toBe("2\n");
    expect(out("for i in 1 2 3; do for j in a b; do [ $j = b ] && continue 2; [ $i = 3 ] && break 2; echo $i$j; done; done")).toBe("1a\n2a\n");
    expect(out("i=0; while (( i < 3 )); do i=$((i+1)); done; echo $i; until true; do :; done")).toBe("3\n");
    expect(out("case foo.tar in *.gz) echo gz;; *.tar|*.tgz) echo tar;; esac")).toBe("tar\n");
    expect(out('case "*" in \\*) echo star;; esac; x=a; case ab in "$x"*) echo quoted-prefix;; esac')).toBe("star\nquoted-prefix\n");
  });
  it("scopes functions, locals and positional parameters", () => {
    expect(out('v=g; f() { local v=l; echo "$v $1 $#"; g; return 3; }; g() { echo "g sees $v"; }; f a b; echo $? $v $#')).toBe(
      "l a 2\ng sees l\n3 g 0\n",
    );
    expect(out("f() { echo $FOO; }; FOO=tmp f; echo [$FOO]")).toBe("tmp\n[]\n");
  });
  it("isolates subshells, pipeline stages and substitutions", () => {
    expect(out("x=1; (x=2; cd /tmp); echo $x $PWD; echo a | read x; echo $x; y=$(x=3; echo $x); echo $x$y")).toBe(
      "1 /root\n1\n13\n",
    );
  });
  it("honours set -e outside conditions", () => {
    const t = makeShell();
    t.fs.put("/root/e.sh", "set -e\nif false; then :; fi\nfalse || true\n! true\necho before\nfalse\necho after\n", 0o755);
    expect(t.run("./e.sh; echo $?").out).toBe("before\n1\n");
  });
  it("traces with set -x", () => {
    expect(makeShell().run("set -x; echo 'a b' c").err).toBe("+ echo 'a b' c\n");
  });
  it("evaluates [[ ]] with patterns", () => {
    expect(out("x=hello; [[ $x == h* && -n $x ]] && echo m; [[ $x != \"h*\" ]] && echo lit; [[ a < b ]] && echo lt")).toBe("m\nlit\nlt\n");
  });
});

describe("builtins", () => {
  it("cd keeps PWD and OLDPWD", () => {
    const t = makeShell();
    expect(t.run("cd /tmp; cd -; echo $PWD $OLDPWD; cd; pwd").out).toBe("/root\n/root /tmp\n/root\n");
    expect(t.run("cd /nope").err).toBe("-bash: cd: /nope: No such file or directory\n");
  });
  it("echo and printf", () => {
    expect(out("echo -n a; echo -e 'b\\tc'; echo -E 'd\\n'; echo -x")).toBe("ab\tc\nd\\n\n-x\n");
    expect(out("printf '%s=%d\\n' a 1 b 2; printf '%-4s|%4s|%.3s\\n' ab cd efghij; printf '%x %o %c %%\\n' 255 8 zed")).toBe(
      "a=1\nb=2\nab  |  cd|efg\nff 10 z %\n",
    );
    expect(out("printf -v v '%03d' 7; echo $v; printf '%b' 'x\\ny\\n'")).toBe("007\nx\ny\n");
  });
  it("test and [", () => {
    const t = makeShell();
    t.fs.put("/root/f", "data");
    t.fs.put("/root/x", "", 0o755);
    expect(t.run("[ -f f ] && [ -s f ] && [ -x x ] && [ ! -s x ] && [ -d /tmp ] && [ ! -e nope ] && echo ok").out).toBe("ok\n");
    expect(t.run("[ 2 -gt 10 ] || [ b \\> a ] && test abc = abc -a 1 -eq 1 && echo ok").out).toBe("ok\n");
    expect(t.run("[ 1 -eq x ]")).toMatchObject({ err: "-bash: [: x: integer expression expected\n", status: 2 });
  });
  it("export, unset, local and set", () => {
    expect(out("export A=1 B; unset A; echo ${A-gone}; set -- x y z; shift; echo $@; set -o | cat")).toMatch(
      /^gone\ny z\nerrexit        \toff\n/,
    );
    expect(out("x='a b'; export y=$x; echo \"$y\"")).toBe("a b\n");
    expect(makeShell().run("export -p").out).toContain('declare -x PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\n');
  });
  it("source, eval, command and type", () => {
    const t = makeShell();
    t.fs.put("/root/lib.sh", "LIBVAR=yes\nhelper() { echo helped; }\nreturn 4\necho unreachable\n");
    expect(t.run(". ./lib.sh; echo $? $LIBVAR; helper; eval 'echo $LIBVAR'").out).toBe("4 yes\nhelped\nyes\n");
    expect(t.run("command -v cat cd helper; echo() { builtin echo wrapped; }; echo x; command echo y").out).toBe(
      "/usr/bin/cat\ncd\nhelper\nwrapped\ny\n",
    );
  });
});
