/**
 * @rootlab/content: the course. Browser-safe; solutions live in
 * `@rootlab/content/solutions`, which only tests and the server import.
 */
export { courseParts, courseTitle, type CoursePart } from "./course.js";
export { getExercise, listExercises, type ParsedExercise } from "./exercises.js";
export { startExercise, replayAttempt, entriesFromLines, parseLine } from "./attempt.js";
export { lessonSources } from "./generated/lessons.js";
export type { LessonSource } from "./lesson-source.js";
export type { Exercise, Solutions, LessonFrontmatter } from "./schema.js";
export { exercise as exerciseSchema, solutions as solutionsSchema, lessonFrontmatter } from "./schema.js";
