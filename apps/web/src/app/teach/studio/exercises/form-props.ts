/**
 * What the exercise form needs from the server, as plain JSON: the built-in
 * labs with their network pictures, the grader's check kinds as JSON Schema
 * (the form draws its fields from them, so a new kind needs no form code), and
 * the course's lesson slugs (links in a lesson text are checked against them).
 */
import { checkSpec } from "@rootlab/grader";
import { LabSession, listLabs } from "@rootlab/sim";
import { z } from "zod";
import type { FormProps } from "@/components/studio/ExerciseForm";
import { courseLessons } from "@/server/course-index";
import { topologyFacts } from "@/topology/facts";

export function exerciseFormProps(): Omit<FormProps, "initial" | "cohorts"> {
  const schema = z.toJSONSchema(checkSpec, { io: "input", unrepresentable: "any" }) as { oneOf: FormProps["kinds"] };
  return {
    labs: listLabs().map((l) => ({ id: l.id, title: l.title, description: l.description, facts: topologyFacts(LabSession.create(l).world.state) })),
    kinds: schema.oneOf,
    lessons: courseLessons().map((l) => l.slug),
  };
}
