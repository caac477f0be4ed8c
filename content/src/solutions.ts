/** Reference and wrong solutions of every exercise: for tests, the validator and the server only. */
import { solutions as twoAddresses } from "../lessons/two-addresses-one-nic/solutions.js";
import { type Solutions, solutions } from "./schema.js";

const all = [...twoAddresses].map((s: Solutions) => solutions.parse(s));

export function listSolutions() {
  return all;
}

export function getSolutions(exerciseId: string) {
  return all.find((s) => s.exercise === exerciseId);
}
