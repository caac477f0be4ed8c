/**
 * sha1sum, sha512sum and b2sum against digests recorded with coreutils 9.1 on
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
  b2sum: [
    "786a02f742015903c6c6fd852552d272912f4740e15847618a86e217f71f5419d25e1031afee585313896444934eb04b903a685b1448b755d56f701afe9be2ce  empty",
    "426526ad3aa99ac6bbb98555c6c30b5a55189d0d7537d9214053b886f365a84bd7e68c91b544a8f485fa842c0ea9fbc4fb92277290264e685eed9e67b7621fc9  abc",
    "98fb3efb7206fd19ebf69b6f312cf7b64e3b94dbe1a17107913975a793f177e1d077609d7fba363cbba00d05f7aa4e4fa8715d6428104c0a75643b0ff3fd3eaf  big",
    "f00adbdb76d9ac682746b668690f2d890ce37bce9e9c7d3a5a83df4594561ee048339035ca2be073dac8cd0954e4f2800defa4465cacf7f065c51dfc5c197e7b  bin",
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

describe("sha1sum, sha512sum and b2sum", () => {
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

describe("b2sum's digest length", () => {
  it("-l BITS shortens the digest and names it in --tag lines", () => {
    const host = vectorsHost();
    expect(sh(host, "b2sum -l 256 abc").text).toBe("6e25640baa7f9d4186663d80e7d62a82d4851651322ab4e68147533260c13d03  abc\n");
    expect(sh(host, "b2sum --length=256 --tag abc").text).toBe("BLAKE2b-256 (abc) = 6e25640baa7f9d4186663d80e7d62a82d4851651322ab4e68147533260c13d03\n");
    expect(sh(host, "b2sum -l 8 abc").text).toBe("c5  abc\n");
    expect(sh(host, "b2sum -l 0 abc").text).toBe(`${RECORDED.b2sum[1]}\n`);
  });

  it("refuses lengths as coreutils does", () => {
    const host = vectorsHost();
    expect(sh(host, "b2sum -l 7 abc")).toMatchObject({ text: "", err: "b2sum: invalid length: ‘7’\nb2sum: length is not a multiple of 8\n", code: 1 });
    expect(sh(host, "b2sum -l 1024 abc")).toMatchObject({
      err: "b2sum: invalid length: ‘1024’\nb2sum: maximum digest length for ‘BLAKE2b’ is 512 bits\n",
      code: 1,
    });
    expect(sh(host, "b2sum -l x abc")).toMatchObject({ err: "b2sum: invalid length: ‘x’\n", code: 1 });
  });

  it("-c takes each line's length from its digits, tagged or not, whatever -l says", () => {
    const host = vectorsHost();
    sh(host, "b2sum -l 8 abc > u8; b2sum --tag -l 8 abc > t8; b2sum --tag abc > t");
    expect(sh(host, "b2sum -c u8")).toMatchObject({ text: "abc: OK\n", code: 0 });
    expect(sh(host, "b2sum -l 16 -c u8")).toMatchObject({ text: "abc: OK\n", code: 0 });
    expect(sh(host, "b2sum -c t8 t")).toMatchObject({ text: "abc: OK\nabc: OK\n", code: 0 });
    sh(host, "printf 'abc  abc\\n' > bad");
    expect(sh(host, "b2sum -c -w bad")).toMatchObject({
      err: "b2sum: bad: 1: improperly formatted BLAKE2b checksum line\nb2sum: bad: no properly formatted checksum lines found\n",
      code: 1,
    });
  });
});
