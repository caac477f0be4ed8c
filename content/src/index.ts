/**
 * @rootlab/content: the course. Browser-safe; solutions live in
 * `@rootlab/content/solutions`, which only tests and the server import.
 */
export { courseParts, courseTitle, type CoursePart } from "./course.js";
export { getExercise, getExerciseTemplate, listExercises, listExerciseTemplates, type ParsedExercise, type ExerciseTemplate } from "./exercises.js";
export { instantiateExercise, instantiateSolutions, parseExerciseTemplate, variantPlan, variantValues, type ContentIssue } from "./exercise-template.js";
export { applyVariant, type VariantPlan } from "./variants/plan.js";
export { variantSeedFor } from "./variants/draw.js";
export { fillTemplate, fillTemplateHtml, splitTemplate, type TemplatePart } from "./variants/template.js";
export { startExercise, startExerciseLoading, labSnapshotKey, replayAttempt, entriesFromLines, parseLine, type BootLab } from "./attempt.js";
export { lessonSources } from "./generated/lessons.js";
export type { LessonSource } from "./lesson-source.js";
export type { Exercise, Solutions, LessonFrontmatter } from "./schema.js";
export { exercise as exerciseSchema, solutions as solutionsSchema, lessonFrontmatter, courseOutline } from "./schema.js";
export { resolveLab } from "./labs.js";
