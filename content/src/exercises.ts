/** Every exercise of the course, validated at load. Browser-safe: no solutions. */
import { exercises as twoAddresses } from "../lessons/two-addresses-one-nic/exercises.js";
import { type Exercise, exercise } from "./schema.js";

export type ParsedExercise = ReturnType<typeof exercise.parse>;

const all: ParsedExercise[] = [...twoAddresses].map((e: Exercise) => exercise.parse(e));

export function listExercises(): ParsedExercise[] {
  return all;
}

export function getExercise(id: string): ParsedExercise | undefined {
  return all.find((e) => e.id === id);
}
