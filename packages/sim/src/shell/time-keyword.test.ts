/**
 * bash's `time` keyword on the virtual clock, against bash 5.2 and dash
 * 0.5.12 on Debian: the report goes to the shell's stderr (not the timed
 * command's), `-p` is POSIX's format, TIMEFORMAT shapes it, `!` and the
 * pipeline's status are kept; dash has no such keyword.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../lab/lab-session.js";

function lab() {
  const s = LabSession.create("single");
  return (line: string) => s.run("host", line);
}

describe("time", () => {
  it("reports real, user and sys time of a pipeline on the virtual clock", () => {
    const run = lab();
    expect(run("time sleep 2")).toMatchObject({ stderr: "\nreal\t0m2.000s\nuser\t0m0.000s\nsys\t0m0.000s\n", exit: 0 });
    expect(run("time -p sleep 1.5").stderr).toBe("real 1.50\nuser 0.00\nsys 0.00\n");
    expect(run("time false").exit).toBe(1);
    expect(run("! time true; echo $?").stdout).toBe("1\n");
    expect(run("time").stderr).toBe("\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n");
  });

  it("writes to the shell's stderr: the timed command's redirection does not hide it, a group's does", () => {
    const run = lab();
    expect(run("time true 2>/dev/null").stderr).toBe("\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n");
    expect(run("{ time true; } 2>/dev/null").stderr).toBe("");
  });

  it("follows TIMEFORMAT: a format, nothing when empty, an error for a bad character", () => {
    const run = lab();
    expect(run('TIMEFORMAT="%3lR"; time sleep 61.5').stderr).toBe("1m1.500s\n");
    expect(run("TIMEFORMAT=; time true").stderr).toBe("");
    expect(run('TIMEFORMAT="%x"; time true').stderr).toBe("-bash: TIMEFORMAT: `x': invalid format character\n");
  });

  it("is no keyword in dash: sh runs a command named time, which Debian does not install", () => {
    const run = lab();
    expect(run('sh -c "time true"; echo $?')).toMatchObject({ stderr: "sh: 1: time: not found\n", stdout: "127\n" });
  });
});
