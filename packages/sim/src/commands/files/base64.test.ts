/**
 * base64 on bytes that are not text (recorded.test.ts covers the options and
 * errors): every byte value survives a round trip, not re-encoded as UTF-8.
 */
import { describe, expect, it } from "vitest";
import { asBytes } from "../../bytes.js";
import { base64 } from "./base64.js";
import { run, testHost } from "./test-support.js";

describe("base64 of binary data", () => {
  it("encodes bytes as bytes (printf '\\x00\\xff\\xfe\\x80' | base64 gives AP/+gA==) and decodes them back", () => {
    const { host } = testHost();
    host.fs.writeFile("/root/bin.dat", asBytes("\x00\xff\xfe\x80"));
    expect(run(host, ["base64", "bin.dat"], { commands: [base64] }).out).toBe("AP/+gA==\n");
    let all = "";
    for (let b = 0; b < 256; b++) all += String.fromCharCode(b);
    host.fs.writeFile("/root/all.dat", asBytes(all));
    const encoded = run(host, ["base64", "-w", "0", "all.dat"], { commands: [base64] }).out;
    host.fs.writeFile("/root/all.b64", asBytes(encoded));
    expect(run(host, ["base64", "-d", "all.b64"], { commands: [base64] }).outBytes).toBe(all);
  });
});
