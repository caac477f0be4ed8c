/**
 * sha1sum and sha512sum against digests recorded with coreutils 9.1 on
 * Debian 12: the empty file, "abc\n", 1,000,000 'a's and a few binary bytes,
 * plus --tag and the -c report they share with md5sum.
 */
import { describe, expect, it } from "vitest";
import { asBytes } from "../../bytes.js";
import { archiveHost, sh, WORKDIR } from "./test-support.js";

const RECORDED = {
  sha1sum: [
    "da39a3ee5e6b4b0d3255bfef95601890afd80709  empty",
    "03cfd743661f07975fa2f1220c5194cbaff48451  abc",
    "34aa973cd4c4daa4f61eeb2bdbad27316534016f  big",
    "fa136b370a09c6077766fc71ad991a793db010f6  bin",
  ],
  sha512sum: [
    "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e  empty",
    "4f285d0c0cc77286d8731798b7aae2639e28270d4166f40d769cbbdca5230714d848483d364e2f39fe6cb9083c15229b39a33615ebc6d57605f7c43f6906739d  abc",
    "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973ebde0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b  big",
    "be77ec9e1431b55efe2a18d9122f5a438abeb48ff72f11e43a09ed2c94c47d38e43ac99d900f48459326434a87fdf6fb0004d7e5244ad9705effa5fa6c130285  bin",
  ],
};

function vectorsHost() {
  const { host } = archiveHost();
  host.fs.writeFile(`${WORKDIR}/empty`, asBytes(""));
  host.fs.writeFile(`${WORKDIR}/abc`, asBytes("abc\n"));
  host.fs.writeFile(`${WORKDIR}/big`, asBytes("a".repeat(1_000_000)));
  host.fs.writeFile(`${WORKDIR}/bin`, asBytes("\x00\x01\xff\xfe\x80binary"));
  return host;
}

describe("sha1sum and sha512sum", () => {
  for (const [prog, lines] of Object.entries(RECORDED)) {
    it(`${prog} prints the recorded digests`, () => {
      const r = sh(vectorsHost(), `${prog} empty abc big bin`);
      expect(r.text).toBe(lines.map((l) => `${l}\n`).join(""));
      expect(r.code).toBe(0);
    });
  }

  it("--tag writes BSD lines with the SHA1 / SHA512 labels", () => {
    const host = vectorsHost();
    expect(sh(host, "sha1sum --tag abc").text).toBe("SHA1 (abc) = 03cfd743661f07975fa2f1220c5194cbaff48451\n");
    expect(sh(host, "sha512sum --tag abc").text).toBe(
      "SHA512 (abc) = 4f285d0c0cc77286d8731798b7aae2639e28270d4166f40d769cbbdca5230714d848483d364e2f39fe6cb9083c15229b39a33615ebc6d57605f7c43f6906739d\n",
    );
  });

  it("-c reports OK, then FAILED and the WARNING line once the file changed", () => {
    const host = vectorsHost();
    sh(host, "sha1sum abc > s");
    expect(sh(host, "sha1sum -c s")).toMatchObject({ text: "abc: OK\n", err: "", code: 0 });
    sh(host, "echo x >> abc");
    expect(sh(host, "sha1sum -c s")).toMatchObject({
      text: "abc: FAILED\n",
      err: "sha1sum: WARNING: 1 computed checksum did NOT match\n",
      code: 1,
    });
    sh(host, "sha512sum --tag big > t");
    expect(sh(host, "sha512sum -c t")).toMatchObject({ text: "big: OK\n", code: 0 });
  });
});
