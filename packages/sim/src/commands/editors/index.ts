/**
 * Editors: nano (the default `editor` and what `sensible-editor` picks, as
 * on Debian 12) and vi (vim.tiny). They draw with commands/curses and edit
 * files through the host's Vfs (buffer.ts). `sensible-editor` and `editor`
 * choose an editor the Debian way ($VISUAL, $EDITOR, then nano).
 */
import type { Command } from "../types.js";
import { nano } from "./nano.js";
import { editor, sensibleEditor } from "./sensible-editor.js";
import { vi, vim } from "./vi.js";

export const editorCommands: Command[] = [nano, vi, vim, editor, sensibleEditor];
