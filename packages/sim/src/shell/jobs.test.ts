/**
 * Background jobs in a lab: processes in ps while they run (virtual time),
 * what `wait`, `fg`, `bg` and stop/continue do to the clock and the job,
 * output that appears when virtual time gets to it, and the job table in a
 * snapshot. The texts themselves are replayed from real bash in
 * jobs-fixtures.test.ts.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";

const pidOf = (stderr: string) => /\[\d+\] (\d+)/.exec(stderr)![1];

describe("background jobs", () => {
  it("say `[1] PID` when they start; what they print at once comes after that prompt, the notice after the next line", () => {
    const s = LabSession.create("single");
    const r = s.run(undefined, "echo bg &");
    expect(r).toMatchObject({ stdout: "", exit: 0 });
    expect(r.stderr).toMatch(/^\[1\] \d+\n$/);
    expect(s.run(undefined, "true").screen).toBe("bg\n[1]+  Done                    echo bg\n");
    expect(s.run(undefined, "true").screen).toBe("");
  });

  it("leave the clock where it was and run in ps until their time is up", () => {
    const s = LabSession.create("single");
    const before = s.run(undefined, "date +%s").stdout;
    const pid = pidOf(s.run(undefined, "sleep 10 &").stderr);
    expect(s.run(undefined, "date +%s").stdout).toBe(before);
    const ps = s.run(undefined, "ps -o pid,stat,tty,cmd");
    expect(ps.stdout).toMatch(new RegExp(`^ *${pid} S    pts/0    sleep 10$`, "m"));
    // ps itself is newer than the job
    const psPid = Number(/^ *(\d+) R\+/m.exec(ps.stdout)![1]);
    expect(psPid).toBeGreaterThan(Number(pid));
    s.advance(9_000);
    expect(s.run(undefined, `ps -p ${pid} -o comm=`).stdout).toBe("sleep\n");
    s.advance(1_000);
    const r = s.run(undefined, `ps -p ${pid} -o comm=`);
    expect(r.exit).toBe(1);
    expect(r.stderr).toBe("[1]+  Done                    sleep 10\n");
  });

  it("wait and fg let virtual time pass to the job's end", () => {
    const s = LabSession.create("single");
    s.run(undefined, "sleep 30 &");
    const t0 = Number(s.run(undefined, "date +%s").stdout);
    expect(s.run(undefined, "wait; echo $?")).toMatchObject({ stdout: "0\n", stderr: "[1]+  Done                    sleep 30\n" });
    expect(Number(s.run(undefined, "date +%s").stdout)).toBe(t0 + 30);
    s.run(undefined, "sleep 20 &");
    expect(s.run(undefined, "fg")).toMatchObject({ stdout: "sleep 20\n", stderr: "", exit: 0 });
    expect(Number(s.run(undefined, "date +%s").stdout)).toBe(t0 + 50);
    expect(s.run(undefined, "jobs").stdout).toBe("");
  });

  it("a stopped job keeps its remaining time until SIGCONT, and bg continues it", () => {
    const s = LabSession.create("single");
    const pid = pidOf(s.run(undefined, "sleep 10 &").stderr);
    s.run(undefined, "kill -STOP %1");
    expect(s.run(undefined, "true").screen).toBe("\n[1]+  Stopped                 sleep 10\n");
    expect(s.run(undefined, "jobs").stdout).toBe("[1]+  Stopped                 sleep 10\n");
    expect(s.run(undefined, `ps -o stat= -p ${pid}`).stdout).toBe("T\n");
    s.advance(60_000);
    expect(s.run(undefined, "bg")).toMatchObject({ stdout: "[1]+ sleep 10 &\n", exit: 0 });
    s.advance(9_000);
    expect(s.run(undefined, "jobs").stdout).toBe("[1]+  Running                 sleep 10 &\n");
    s.advance(1_000);
    expect(s.run(undefined, "jobs").stdout).toBe("[1]+  Done                    sleep 10\n");
  });

  it("print when virtual time gets to their output, and never after they are killed", () => {
    const s = LabSession.create("single");
    s.run(undefined, "(sleep 5; echo five; sleep 5; echo ten) &");
    s.advance(6_000);
    expect(s.run(undefined, "echo now").stdout).toBe("five\nnow\n");
    s.run(undefined, "kill %1");
    s.advance(10_000);
    expect(s.run(undefined, "echo later")).toMatchObject({
      stdout: "later\n",
      stderr: "[1]+  Terminated              ( sleep 5; echo five; sleep 5; echo ten )\n",
    });
  });

  it("are the kernel's: a fork of the world keeps them, a reboot ends them, a replay gives the same screens", () => {
    const s = LabSession.create("single");
    const screens = [s.run(undefined, "sleep 100 &").screen];
    s.advance(5_000);
    screens.push(s.run(undefined, "(sleep 3; echo hi) &").screen);
    s.advance(4_000);
    screens.push(s.run(undefined, "kill %1; jobs").screen, s.run(undefined, "echo x").screen);
    expect(screens.slice(2)).toEqual(["hi\n[1]-  Running                 sleep 100 &\n[2]+  Done                    ( sleep 3; echo hi )\n", "x\n[1]+  Terminated              sleep 100\n"]);
    expect(LabSession.replay(s.transcript).outputs.map((o) => o.screen)).toEqual(screens);
    const t = LabSession.create("single");
    t.run(undefined, "sleep 100 &");
    expect(t.fork().run(undefined, "ps -o comm= -C sleep").stdout).toBe("sleep\n");
    t.rebootHost("host");
    expect(t.run(undefined, "ps -o comm= -C sleep").exit).toBe(1);
  });

  it("$! is the last job's pid, and `wait $!` its status after the notice", () => {
    const s = LabSession.create("single");
    const pid = pidOf(s.run(undefined, "(exit 4) &").stderr);
    expect(s.run(undefined, "echo $!").stdout).toBe(`${pid}\n`);
    expect(s.run(undefined, "wait $!; echo $?").stdout).toBe("4\n");
  });

  it("disown forgets a job whose process runs on; its errors are bash's", () => {
    const s = LabSession.create("single");
    expect(s.run(undefined, "disown")).toMatchObject({ stderr: "-bash: disown: current: no such job\n", exit: 1 });
    expect(s.run(undefined, "disown -x")).toMatchObject({
      stderr: "-bash: disown: -x: invalid option\ndisown: usage: disown [-h] [-ar] [jobspec ... | pid ...]\n",
      exit: 2,
    });
    expect(s.run(undefined, "disown 99999")).toMatchObject({ stderr: "-bash: disown: 99999: no such job\n", exit: 1 });
    const pid = pidOf(s.run(undefined, "sleep 10 &").stderr);
    expect(s.run(undefined, "disown %1; jobs")).toMatchObject({ stdout: "", exit: 0 });
    expect(s.run(undefined, `ps -o comm= -p ${pid}`).stdout).toBe("sleep\n");
    s.advance(10_000);
    expect(s.run(undefined, `ps -o comm= -p ${pid}`)).toMatchObject({ stderr: "", exit: 1 });
  });

  it("give pids in order, one per pipeline stage", () => {
    const s = LabSession.create("single");
    const a = Number(pidOf(s.run(undefined, "sleep 10 &").stderr));
    const b = Number(pidOf(s.run(undefined, "sleep 5 | cat &").stderr));
    expect(b).toBe(a + 2);
    expect(s.run(undefined, "jobs -l").stdout).toBe(
      `[1]-  ${a} Running                 sleep 10 &\n[2]+  ${a + 1} Running                 sleep 5\n      ${b}                       | cat &\n`,
    );
  });

  // as bash 5.2 does at a terminal with `less /etc/passwd &` (recorded by hand with record-jobs.py's
  // run_session): "\n[1]+  Stopped ..." at the next prompt, bg says "[1]+ less /etc/passwd &" and it stops again
  it("stop when they touch the terminal, and fg runs them there; a runaway one ends with the line, leaving no process behind", () => {
    const s = LabSession.create("single");
    const r = s.run(undefined, "nano /tmp/x &");
    expect(r.screen).toMatch(/^\[1\] \d+\n$/);
    expect(s.run(undefined, "true").screen).toBe("\n[1]+  Stopped                 nano /tmp/x\n");
    expect(s.run(undefined, "jobs").stdout).toBe("[1]+  Stopped                 nano /tmp/x\n");
    expect(s.run(undefined, "bg").stdout).toBe("[1]+ nano /tmp/x &\n");
    expect(s.run(undefined, "jobs").stdout).toBe("[1]+  Stopped                 nano /tmp/x\n");
    const fg = s.run(undefined, "fg");
    expect(fg.stdout.startsWith("nano /tmp/x\n")).toBe(true);
    expect(fg.screen).toContain("GNU nano 7.2");
    expect(s.run(undefined, "jobs").stdout).toBe("");
    const loop = s.run(undefined, "while true; do :; done &");
    expect(loop.stderr).toContain("-bash: command ran too long (step limit reached)\n");
    expect(s.run(undefined, `ps -p ${pidOf(loop.stderr)}`).exit).toBe(1);
    expect(s.run(undefined, "jobs").stdout).toBe("");
  });
});
