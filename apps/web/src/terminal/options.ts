/**
 * How the terminal looks: Debian's console colours on a dark background
 * (contrast of the default foreground on the background is 15:1), a system
 * monospace font (no web font to download), the DOM renderer (xterm's
 * default; tests read its rows under `.xterm-rows`).
 */
import type { ITerminalOptions } from "@xterm/xterm";

export const TERMINAL_FONT = 'ui-monospace, "DejaVu Sans Mono", "Liberation Mono", Menlo, Consolas, monospace';

export function terminalOptions(o: { screenReaderMode: boolean }): ITerminalOptions {
  return {
    screenReaderMode: o.screenReaderMode,
    fontFamily: TERMINAL_FONT,
    fontSize: 14,
    lineHeight: 1.15,
    cursorBlink: true,
    cursorStyle: "block",
    scrollback: 5000,
    // The session already turns "\n" into "\r\n" (the tty's ONLCR).
    convertEol: false,
    // Alt+click moving the cursor confuses more than it helps in a lab.
    altClickMovesCursor: false,
    theme: {
      background: "#14161a",
      foreground: "#e6e6e6",
      cursor: "#f5d76e",
      cursorAccent: "#14161a",
      selectionBackground: "#3d5a80",
      black: "#2e3436",
      red: "#ef6b6b",
      green: "#8ae234",
      yellow: "#fce94f",
      blue: "#81a8ff",
      magenta: "#d29be8",
      cyan: "#5fd7d7",
      white: "#d3d7cf",
      brightBlack: "#8a8f98",
      brightRed: "#ff8787",
      brightGreen: "#a6f05a",
      brightYellow: "#fff27a",
      brightBlue: "#a5c3ff",
      brightMagenta: "#e6b8f5",
      brightCyan: "#8ef0f0",
      brightWhite: "#ffffff",
    },
  };
}
