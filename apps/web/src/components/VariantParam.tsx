"use client";
/**
 * A parameter's value in an exercise's text: the learner's own (their
 * variant's), from the values the Workbench provides. Rendered by the tasks
 * and hints the server compiled from the exercise's template (mdx/params.ts).
 */
import { createContext, useContext } from "react";

export const VariantValues = createContext<Readonly<Record<string, string>>>({});

export function Param({ name }: { name: string }) {
  const value = useContext(VariantValues)[name];
  return (
    <span className="param" data-param={name}>
      {value ?? `{{${name}}}`}
    </span>
  );
}
