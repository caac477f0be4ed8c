export { grade, gradeTranscript, check, type Check, type CheckResult, type GradeReport } from "./grade.js";
export { checkSpec, regexFields, type CheckSpec } from "./checks/index.js";
