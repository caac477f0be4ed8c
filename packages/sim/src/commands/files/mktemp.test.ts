/**
 * mktemp from the lab's shell. The messages, statuses, directories and
 * modes are those of coreutils 9.1 recorded on Debian 12 (LANG=C.UTF-8,
 * umask 022); the random part comes from the world's seeded generator, so
 * only its shape is checked against the real tool.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

const session = () => LabSession.create("single");
const R = "[A-Za-z0-9]";

describe("mktemp creates", () => {
  it("a 0600 file /tmp/tmp.XXXXXXXXXX by default, a 0700 directory with -d", () => {
    const s = session();
    const f = s.run(undefined, "mktemp");
    expect(f.exit).toBe(0);
    expect(f.stdout).toMatch(new RegExp(`^/tmp/tmp\\.${R}{10}\\n$`));
    expect(s.run(undefined, `stat -c '%a %F' ${f.stdout.trim()}`).stdout).toBe("600 regular empty file\n");
    const d = s.run(undefined, "mktemp -d");
    expect(d.stdout).toMatch(new RegExp(`^/tmp/tmp\\.${R}{10}\\n$`));
    expect(s.run(undefined, `stat -c '%a %F' ${d.stdout.trim()}`).stdout).toBe("700 directory\n");
    expect(d.stdout).not.toBe(f.stdout);
  });

  it("follows the template, its suffix, -p, -t and TMPDIR", () => {
    const s = session();
    s.run(undefined, "mkdir -p /root/w; cd /root/w");
    expect(s.run(undefined, "mktemp fooXXXX.log").stdout).toMatch(new RegExp(`^foo${R}{4}\\.log\\n$`));
    expect(s.run(undefined, "ls /root/w").stdout).toMatch(/^foo.{4}\.log\n$/);
    expect(s.run(undefined, "mktemp -t foo.XXX").stdout).toMatch(new RegExp(`^/tmp/foo\\.${R}{3}\\n$`));
    expect(s.run(undefined, "mktemp --suffix=.txt").stdout).toMatch(new RegExp(`^/tmp/tmp\\.${R}{10}\\.txt\\n$`));
    expect(s.run(undefined, "TMPDIR=/var/tmp mktemp").stdout).toMatch(new RegExp(`^/var/tmp/tmp\\.${R}{10}\\n$`));
    expect(s.run(undefined, "TMPDIR=/var/tmp mktemp -p /root").stdout).toMatch(new RegExp(`^/root/tmp\\.${R}{10}\\n$`));
    expect(s.run(undefined, "TMPDIR=/var/tmp mktemp -t aXXX").stdout).toMatch(new RegExp(`^/var/tmp/a${R}{3}\\n$`));
    expect(s.run(undefined, "mktemp --tmpdir=/var/tmp").stdout).toMatch(new RegExp(`^/var/tmp/tmp\\.${R}{10}\\n$`));
    expect(s.run(undefined, "mktemp -p ''").stdout).toMatch(new RegExp(`^/tmp/tmp\\.${R}{10}\\n$`));
    const u = s.run(undefined, "mktemp -u").stdout.trim();
    expect(u).toMatch(new RegExp(`^/tmp/tmp\\.${R}{10}$`));
    expect(s.run(undefined, `test -e ${u}; echo $?`).stdout).toBe("1\n");
  });

  it("draws names from the world's seed: the same session makes the same names", () => {
    expect(session().run(undefined, "mktemp; mktemp -d").stdout).toBe(session().run(undefined, "mktemp; mktemp -d").stdout);
  });
});

describe("mktemp refuses", () => {
  const cases: [string, string, number][] = [
    ["mktemp foo", "mktemp: too few X's in template ‘foo’\n", 1],
    ["mktemp fooXX", "mktemp: too few X's in template ‘fooXX’\n", 1],
    ["mktemp -q foo", "mktemp: too few X's in template ‘foo’\n", 1],
    ["mktemp -d fooXXX/x", "mktemp: invalid suffix ‘/x’, contains directory separator\n", 1],
    ["mktemp XXX/", "mktemp: invalid suffix ‘/’, contains directory separator\n", 1],
    ["mktemp --suffix=/x", "mktemp: invalid suffix ‘/x’, contains directory separator\n", 1],
    ["mktemp --suffix=.txt fooXXXXX.bar", "mktemp: with --suffix, template ‘fooXXXXX.bar’ must end in X\n", 1],
    ["mktemp --suffix=x aXXXy", "mktemp: with --suffix, template ‘aXXXy’ must end in X\n", 1],
    ["mktemp -p /nonexistent", "mktemp: failed to create file via template ‘/nonexistent/tmp.XXXXXXXXXX’: No such file or directory\n", 1],
    ["mktemp /nonexistent/tmp.XXXXXX", "mktemp: failed to create file via template ‘/nonexistent/tmp.XXXXXX’: No such file or directory\n", 1],
    ["mktemp -d /etc/passwd/XXXX", "mktemp: failed to create directory via template ‘/etc/passwd/XXXX’: Not a directory\n", 1],
    ["mktemp -q /nonexistent/tmp.XXXXXX", "", 1],
    ["mktemp -p /tmp /abs.XXX", "mktemp: invalid template, ‘/abs.XXX’; with --tmpdir, it may not be absolute\n", 1],
    ["mktemp -t /x/aXXX", "mktemp: invalid template, ‘/x/aXXX’, contains directory separator\n", 1],
    ["mktemp a b", "mktemp: too many templates\nTry 'mktemp --help' for more information.\n", 1],
    ["mktemp -x", "mktemp: invalid option -- 'x'\nTry 'mktemp --help' for more information.\n", 1],
  ];
  for (const [line, stderr, exit] of cases) {
    it(line, () => expect(session().run(undefined, line)).toMatchObject({ exit, stdout: "", stderr }));
  }
});
