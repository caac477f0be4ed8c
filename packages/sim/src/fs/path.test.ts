import { describe, expect, it } from "vitest";
import { basename, dirname, pathParts, resolvePath } from "./path.js";

describe("path", () => {
  it("resolvePath normalises ., .. and // lexically", () => {
    expect(resolvePath("/root", "a/./b//c/")).toBe("/root/a/b/c");
    expect(resolvePath("/root", "../../..")).toBe("/");
    expect(resolvePath("/root", "/etc/../var")).toBe("/var");
    expect(resolvePath("/tmp", "~/x", "/root")).toBe("/root/x");
    expect(resolvePath("/tmp", "~x", "/root")).toBe("/tmp/~x");
    expect(resolvePath("/", "")).toBe("/");
  });

  it("dirname and basename follow coreutils", () => {
    expect([dirname("a"), dirname("/a"), dirname("/"), dirname("a/b/"), dirname("/usr//bin//"), dirname("//")]).toEqual([
      ".", "/", "/", "a", "/usr", "/",
    ]);
    expect([basename("/usr/bin/"), basename("/"), basename("a"), basename("a/b")]).toEqual(["bin", "/", "a", "b"]);
    expect(pathParts("//a//b/")).toEqual(["a", "b"]);
  });
});
