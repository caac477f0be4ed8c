import { describe, expect, it } from "vitest";
import { ogText } from "./text.js";

describe("ogText", () => {
  it("keeps Latin text, markup characters included, as plain characters", () => {
    expect(ogText(`<b>Zoë</b> & "Łukasz"`, 80)).toBe(`<b>Zoë</b> & "Łukasz"`);
  });
  it("replaces what the bundled font cannot draw, so nothing is fetched", () => {
    expect(ogText("山田 🚀 ok", 80)).toBe("?? ? ok");
  });
  it("collapses whitespace and cuts long text with an ellipsis", () => {
    expect(ogText("  a\n\tb  ", 80)).toBe("a b");
    const cut = ogText("x".repeat(200), 40);
    expect([...cut]).toHaveLength(40);
    expect(cut.endsWith("…")).toBe(true);
  });
});
