/**
 * `@rootlab/content/validate`: the rules content:check proves lessons and
 * exercises by, as pure browser-safe functions. content:check (authoring/)
 * applies them to the repository's files, with lines; the studio in the web
 * app applies them to an instructor's exercise as it is typed, and the
 * server again before storing it.
 */
export { validateExercise, namedChecks, type ExerciseIssue, type ValidateOptions, type Validated } from "./exercise.js";
export { validateAuthored, backtracksForEver, AUTHORED_LIMITS, AUTHORED_ID_PREFIX, type AuthoredExercise, type AuthoredIssue, type AuthoredOptions } from "./authored.js";
export { checkMarkdownBody, type BodyIssue, type MarkdownBodyInput } from "./markdown-body.js";
export { proveExercise, proofSeeds, type ProofFailure } from "./exercise-proofs.js";
export { commandWords, type CommandWord } from "./shell-words.js";
export { formatPath, type ContentPath } from "../issues.js";
