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
