/** The built-in labs, by id. */
import type { LabSpec } from "../types.js";
import { single } from "./single.js";

const labs: LabSpec[] = [single];

export function listLabs(): LabSpec[] {
  return labs;
}

export function getLab(id: string): LabSpec | undefined {
  return labs.find((l) => l.id === id);
}
