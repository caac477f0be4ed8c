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

/** A field path as an author reads it: exercises[0].checks[2].spec.address */
export function formatPath(path: readonly (string | number)[]): string {
  let out = "";
  for (const p of path) out += typeof p === "number" ? `[${p}]` : out ? `.${p}` : p;
  return out || "(top level)";
}
