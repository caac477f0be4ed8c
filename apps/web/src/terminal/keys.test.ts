import { describe, expect, it } from "vitest";
import { createTerminalKeys, isCheckShortcut, type KeyLike } from "./keys.js";

const key = (k: string, mods: Partial<KeyLike> = {}, type = "keydown"): KeyLike => ({
  type,
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe("terminal keys", () => {
  it("keeps Tab in the terminal for completion", () => {
    const keys = createTerminalKeys();
    expect(keys(key("Tab"))).toBe(true);
  });

  it("lets Tab and Shift+Tab leave after Escape, once", () => {
    const armed: boolean[] = [];
    const keys = createTerminalKeys({ onLeaveArmed: (a) => armed.push(a) });
    expect(keys(key("Escape"))).toBe(false);
    expect(keys(key("Shift"))).toBe(true); // holding Shift for Shift+Tab keeps it armed
    expect(keys(key("Tab", { shiftKey: true }))).toBe(false);
    expect(keys(key("Tab"))).toBe(true);
    expect(armed).toEqual([true, false]);
  });

  it("disarms on any other key", () => {
    const keys = createTerminalKeys();
    keys(key("Escape"));
    expect(keys(key("a"))).toBe(true);
    expect(keys(key("Tab"))).toBe(true);
  });

  it("passes Ctrl+Enter and Cmd+Enter to the page, not the shell", () => {
    const keys = createTerminalKeys();
    expect(keys(key("Enter", { ctrlKey: true }))).toBe(false);
    expect(keys(key("Enter", { metaKey: true }))).toBe(false);
    expect(keys(key("Enter"))).toBe(true);
    expect(isCheckShortcut(key("Enter", { ctrlKey: true, altKey: true }))).toBe(false);
  });
});
