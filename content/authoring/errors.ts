/** An authoring error: where it is (file relative to the repository root, line when known) and what is wrong. */
export interface ContentError {
  file: string;
  line?: number;
  message: string;
}

/** `file:line: message`, as compilers print it, so editors and terminals link to the place. */
export function formatError(e: ContentError): string {
  return `${e.file}${e.line !== undefined ? `:${e.line}` : ""}: ${e.message}`;
}

export { formatPath } from "../src/issues.js";
