/**
 * readline: the terminal line editor (bash's emacs-mode readline) and the
 * shell's Tab completion. See README.md.
 */
export { LineEditor } from "./line-editor.js";
export type { Completer, Completion, EditorEvent, LineEditorOptions } from "./types.js";
export type { Key, KeyName } from "./keys.js";
export { createCompleter, scanCommandLine } from "./complete.js";
export type { CommandLineContext, CompleterDeps } from "./complete.js";
export { formatCompletionList } from "./completion-list.js";
export { codePointWidth, textWidth } from "./width.js";
