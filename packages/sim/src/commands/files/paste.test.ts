/**
 * paste's -d list is bytes, as coreutils 9.1 reads it: a multibyte
 * delimiter is cycled through byte by byte. The expected bytes were recorded
 * on Debian 12 (LANG=C.UTF-8) through the same `od -An -tx1`; the recorded
 * cases of fixtures/paste.txt cannot carry them (their harness decodes UTF-8).
 */
import { describe, expect, it } from "vitest";
import { LabSession } from "../../lab/lab-session.js";

describe("paste -d with a multibyte delimiter", () => {
  const lab = LabSession.create("single");
  lab.run(undefined, "printf 'hello\\n' > /tmp/f");

  it("alternates the delimiter's bytes between columns", () => {
    const r = lab.run(undefined, "printf 'a\\nb\\nc\\n' | paste -d 'é→' - /tmp/f - | od -An -tx1");
    expect(r.stdout).toBe(" 61 c3 68 65 6c 6c 6f a9 62 0a 63 c3 a9 0a\n");
  });

  it("alternates them between lines with -s", () => {
    const r = lab.run(undefined, "printf 'a\\nb\\nc\\n' | paste -s -d 'é' | od -An -tx1");
    expect(r.stdout).toBe(" 61 c3 62 a9 63 0a\n");
  });
});
