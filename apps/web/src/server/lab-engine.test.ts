import { describe, expect, it } from "vitest";
import { parseManifest } from "./lab-engine";

describe("parseManifest", () => {
  it("reads the entry and its static imports", () => {
    const m = { entry: "/lab-engine/engine-AB12.js", imports: ["/lab-engine/chunk-CD34.js"] };
    expect(parseManifest(JSON.stringify(m))).toEqual(m);
  });

  it("refuses a missing, broken or foreign manifest", () => {
    expect(parseManifest(undefined)).toBeUndefined();
    expect(parseManifest("{not json")).toBeUndefined();
    expect(parseManifest("null")).toBeUndefined();
    expect(parseManifest(JSON.stringify({ entry: "https://evil.example/x.js", imports: [] }))).toBeUndefined();
    expect(parseManifest(JSON.stringify({ entry: "/lab-engine/../../etc/passwd", imports: [] }))).toBeUndefined();
    expect(parseManifest(JSON.stringify({ entry: "/lab-engine/e.js", imports: [3] }))).toBeUndefined();
  });
});
