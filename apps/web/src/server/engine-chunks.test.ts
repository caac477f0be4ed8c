import { describe, expect, it } from "vitest";
import { ENGINE_IMPORT, engineFiles } from "./engine-chunks";

describe("engineFiles", () => {
  it("lists the engine's scripts and styles as /_next/ URLs", () => {
    const manifest = JSON.stringify({
      [ENGINE_IMPORT]: { id: 1, files: ["static/css/a.css", "static/chunks/x.js", "static/chunks/y.js"] },
      "components/Other.tsx -> z": { id: 2, files: ["static/chunks/z.js"] },
    });
    expect(engineFiles(manifest)).toEqual({ scripts: ["/_next/static/chunks/x.js", "/_next/static/chunks/y.js"], styles: ["/_next/static/css/a.css"] });
  });

  it("gives nothing for a missing, broken or unrelated manifest", () => {
    const none = { scripts: [], styles: [] };
    expect(engineFiles(undefined)).toEqual(none);
    expect(engineFiles("{not json")).toEqual(none);
    expect(engineFiles(JSON.stringify({ other: { files: ["static/chunks/z.js"] } }))).toEqual(none);
    expect(engineFiles(JSON.stringify({ [ENGINE_IMPORT]: { files: ["../../etc/passwd", 3] } }))).toEqual(none);
  });
});
