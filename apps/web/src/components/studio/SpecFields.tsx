"use client";
/**
 * The fields of a check spec, drawn from the grader's own schemas (JSON
 * Schema made from its zod kinds on the server): a kind picker, then one
 * field per property of that kind with its description as help. A new check
 * kind in packages/grader shows up here without any form code. Nested specs
 * (after-reboot's checks) are drawn by the same component.
 */
import { useId } from "react";

export interface FieldSchema {
  type?: "string" | "integer" | "number" | "boolean" | "array" | "object";
  const?: string;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  items?: { oneOf?: KindSchema[] };
}

export interface KindSchema {
  type: "object";
  properties: Record<string, FieldSchema>;
  required?: string[];
}

type Spec = Record<string, unknown>;

export const kindOf = (k: KindSchema) => k.properties.kind?.const ?? "?";

/** A spec of kind `kind`, with the fields a person must decide set to a first value (a required yes/no is no). */
export function freshSpec(kinds: KindSchema[], kind: string): Spec {
  const k = kinds.find((x) => kindOf(x) === kind);
  const spec: Spec = { kind };
  for (const [name, f] of Object.entries(k?.properties ?? {}))
    if (name !== "kind" && f.type === "boolean" && k?.required?.includes(name)) spec[name] = false;
  return spec;
}

export function SpecFields({
  kinds,
  value,
  onChange,
  field,
  issues,
}: {
  kinds: KindSchema[];
  value: Spec;
  onChange: (spec: Spec) => void;
  /** the form field key of this spec ("checks.0.spec"): issues are matched on it */
  field: string;
  issues: (field: string) => string[];
}) {
  const base = useId();
  const kind = kinds.find((k) => kindOf(k) === value.kind) ?? kinds[0];
  const set = (name: string, v: unknown) => {
    const next = { ...value };
    if (v === undefined) delete next[name];
    else next[name] = v;
    onChange(next);
  };

  return (
    <div className="spec-fields">
      <label>
        Kind
        <select value={kindOf(kind)} onChange={(e) => onChange(freshSpec(kinds, e.target.value))}>
          {kinds.map((k) => (
            <option key={kindOf(k)} value={kindOf(k)}>
              {kindOf(k)}
            </option>
          ))}
        </select>
      </label>
      {Object.entries(kind.properties)
        .filter(([name]) => name !== "kind")
        .map(([name, f]) => {
          const key = `${field}.${name}`;
          const id = `${base}-${name}`;
          const errs = issues(key);
          const required = kind.required?.includes(name) ?? false;
          const help = `${id}-help`;
          const described = errs.length ? `${help} ${id}-err` : help;
          const label = (
            <>
              {name}
              {required ? "" : <small> (optional)</small>}
            </>
          );
          const errors = errs.length ? (
            <span id={`${id}-err`} className="form-error field-error">
              {errs.join(" ")}
            </span>
          ) : null;
          const helpText = (
            <small id={help} className="field-help">
              {f.description}
              {f.default !== undefined ? ` (default: ${String(f.default)})` : ""}
            </small>
          );
          if (f.type === "boolean") {
            const checked = typeof value[name] === "boolean" ? (value[name] as boolean) : f.default === true;
            return (
              <div key={name} className="field field--check">
                <label>
                  <input type="checkbox" checked={checked} onChange={(e) => set(name, e.target.checked)} aria-describedby={described} aria-invalid={errs.length > 0 || undefined} />{" "}
                  {label}
                </label>
                {helpText}
                {errors}
              </div>
            );
          }
          if (f.type === "array" && f.items?.oneOf) {
            const items = Array.isArray(value[name]) ? (value[name] as Spec[]) : [];
            const inner = f.items.oneOf;
            return (
              <fieldset key={name} className="field nested-specs" aria-describedby={described}>
                <legend>{label}</legend>
                {helpText}
                {items.map((item, i) => (
                  <div key={i} className="nested-spec">
                    <SpecFields
                      kinds={inner}
                      value={item}
                      field={`${key}.${i}`}
                      issues={issues}
                      onChange={(s) => set(name, items.map((x, j) => (j === i ? s : x)))}
                    />
                    <button type="button" className="button button--quiet button--small" onClick={() => set(name, items.filter((_, j) => j !== i))}>
                      Remove {name} {i + 1}
                    </button>
                  </div>
                ))}
                <button type="button" className="button button--small" onClick={() => set(name, [...items, freshSpec(inner, kindOf(inner[0]))])}>
                  Add to {name}
                </button>
                {errors}
              </fieldset>
            );
          }
          const numeric = f.type === "integer" || f.type === "number";
          const v = value[name];
          return (
            <div key={name} className="field">
              <label htmlFor={id}>{label}</label>
              <input
                id={id}
                type={numeric ? "number" : "text"}
                min={f.minimum}
                max={f.maximum}
                value={v === undefined ? "" : String(v)}
                onChange={(e) => {
                  const t = e.target.value;
                  set(name, t === "" ? undefined : numeric ? Number(t) : t);
                }}
                required={required}
                aria-describedby={described}
                aria-invalid={errs.length > 0 || undefined}
                spellCheck={false}
                data-field={key}
              />
              {helpText}
              {errors}
            </div>
          );
        })}
    </div>
  );
}
