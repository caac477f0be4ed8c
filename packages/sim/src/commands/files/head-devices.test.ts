/**
 * head on the endless devices, as on Debian: `head -c 1M /dev/urandom >
 * file` makes a file of random bytes (the world's seeded PRNG, so a replay
 * makes the same), `head -c N /dev/zero` N zeros, `head -n N` reads up to
 * the N-th newline; what never ends (tail of a device, all but its last
 * part) runs out of steps as the real one runs until interrupted.
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

function lab() {
  const s = LabSession.create("single");
  return (line: string) => s.run("host", line);
}

describe("head on /dev/zero and /dev/urandom", () => {
  it("reads as many bytes as asked", () => {
    const run = lab();
    expect(run("head -c 16 /dev/zero | od -An -tx1").stdout).toBe(" 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 00\n");
    expect(run("head -c 1M /dev/urandom > /tmp/r; wc -c < /tmp/r").stdout).toBe("1048576\n");
    expect(run("head -c 0 /dev/zero | wc -c").stdout).toBe("0\n");
  });

  it("writes more than a terminal may show into files and pipes, as a real machine does", () => {
    const run = lab();
    expect(run("head -c 10M /dev/urandom > /tmp/r; wc -c < /tmp/r")).toMatchObject({ stdout: "10485760\n", stderr: "" });
    expect(run("head -c 10M /dev/zero | wc -c")).toMatchObject({ stdout: "10485760\n", stderr: "" });
    expect(run("x=$(head -c 5M /dev/zero | tr '\\0' a); echo ${#x}")).toMatchObject({ stdout: "5242880\n", stderr: "" });
    // what would flood the terminal still ends with the output limit, and nothing is lost for the next line
    expect(run("head -c 10M /dev/zero")).toMatchObject({ stderr: "-bash: output too large (output limit reached)\n", exit: 1 });
    // head reads some 48 MiB of a device before the line runs out of steps; 64 MiB is all a line may write to files
    expect(run("head -c 100M /dev/zero > /tmp/huge").stderr).toBe("-bash: command ran too long (step limit reached)\n");
    expect(run("cat /tmp/r /tmp/r /tmp/r /tmp/r /tmp/r /tmp/r /tmp/r > /tmp/huge").stderr).toBe("-bash: output too large (output limit reached)\n");
    expect(run("wc -c < /tmp/r").stdout).toBe("10485760\n");
  });

  it("gives the same random bytes on a replay, other bytes on the next read", () => {
    const a = lab();
    const b = lab();
    const first = a("head -c 64 /dev/urandom | md5sum").stdout;
    expect(b("head -c 64 /dev/urandom | md5sum").stdout).toBe(first);
    expect(a("head -c 64 /dev/urandom | md5sum").stdout).not.toBe(first);
  });

  it("reads lines up to the n-th newline, whatever bytes come before", () => {
    const run = lab();
    for (let i = 0; i < 20; i++) expect(run("head -n 2 /dev/urandom | wc -l")).toMatchObject({ stdout: "2\n", stderr: "" });
  });

  it("runs out of steps where the real one would never end", () => {
    const run = lab();
    for (const line of ["tail -c 5 /dev/zero", "head -n 1 /dev/zero", "head -c -5 /dev/urandom"])
      expect(run(line).stderr).toBe("-bash: command ran too long (step limit reached)\n");
    expect(run("echo still here").stdout).toBe("still here\n");
  });
});
