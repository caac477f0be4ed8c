/**
 * Which keys the terminal keeps and which go to the page. A shell needs Tab
 * (completion), so while the terminal has focus Tab completes and does not
 * move focus: a keyboard trap unless there is a way out. The way out is
 * Escape then Tab (or Shift+Tab): Escape arms "leave", the next Tab moves
 * focus as on any other element; any other key disarms. Escape itself is not
 * sent to the shell (the simulated line editor has no use for a lone ESC, and
 * a pending ESC would turn the learner's next key into a Meta chord).
 *
 * Ctrl+Enter (⌘+Enter) is the page's Check shortcut: the terminal lets it
 * through to the page instead of sending a carriage return.
 *
 * Returns xterm's attachCustomKeyEventHandler contract: true = xterm handles
 * the event, false = xterm ignores it and the browser's default applies.
 */
export interface KeyLike {
  type: string;
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface TerminalKeyOptions {
  /** told when "leave" is armed or disarmed, to show or hide the hint */
  onLeaveArmed?: (armed: boolean) => void;
}

export function isCheckShortcut(ev: KeyLike): boolean {
  return ev.key === "Enter" && (ev.ctrlKey || ev.metaKey) && !ev.altKey;
}

export function createTerminalKeys(opts: TerminalKeyOptions = {}): (ev: KeyLike) => boolean {
  let armed = false;
  const arm = (on: boolean) => {
    if (armed !== on) {
      armed = on;
      opts.onLeaveArmed?.(on);
    }
  };
  return (ev) => {
    if (isCheckShortcut(ev)) return false;
    if (ev.key === "Escape" && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      if (ev.type === "keydown") arm(true);
      return false;
    }
    if (ev.key === "Tab" && armed) {
      if (ev.type === "keydown") arm(false);
      return false;
    }
    if (ev.type === "keydown" && !isModifier(ev.key)) arm(false);
    return true;
  };
}

function isModifier(key: string): boolean {
  return key === "Shift" || key === "Control" || key === "Alt" || key === "Meta";
}
