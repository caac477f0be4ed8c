"use client";
/**
 * The fields of a check spec, drawn from the grader's own schemas (JSON
 * Schema made from its zod kinds on the server): a kind picker, then one
 * field per property of that kind with its description as help. A new check
 * kind in packages/grader shows up here without any form code: yes/no fields
 * are checkboxes, a fixed set of words a select, text and numbers inputs,
 * nested objects fieldsets, lists of specs (after-reboot's checks) lists of
 * these same fields, lists of words one a line; anything else is typed as
 * JSON (widgetFor says which).
 */
import { useId, useState } from "react";

export interface FieldSchema {
  type?: "string" | "integer" | "number" | "boolean" | "array" | "object";
  const?: string;
  enum?: unknown[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema & { oneOf?: KindSchema[] };
  anyOf?: FieldSchema[];
  oneOf?: FieldSchema[];
}

export interface KindSchema {
  type: "object";
  properties: Record<string, FieldSchema>;
  required?: string[];
}

type Spec = Record<string, unknown>;
type Issues = (field: string) => string[];

export const kindOf = (k: KindSchema) => k.properties.kind?.const ?? "?";

export type Widget = "checkbox" | "select" | "text" | "number" | "text-or-number" | "object" | "specs" | "lines" | "json";

/** How a field of this schema is edited. */
export function widgetFor(f: FieldSchema): Widget {
  if (f.type === "boolean") return "checkbox";
  if (Array.isArray(f.enum) && f.enum.every((v) => typeof v === "string")) return "select";
  if (f.type === "string") return "text";
  if (f.type === "integer" || f.type === "number") return "number";
  if (f.type === "object" && f.properties) return "object";
  if (f.type === "array" && f.items?.oneOf?.every((k) => k.properties?.kind?.const)) return "specs";
  if (f.type === "array" && f.items?.type === "string") return "lines";
  const alts = f.anyOf ?? f.oneOf;
  if (alts?.every((a) => a.type === "string" || a.type === "number" || a.type === "integer")) return alts.some((a) => a.type !== "string") ? "text-or-number" : "text";
  return "json";
}

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
  issues: Issues;
}) {
  const id = useId();
  const kind = kinds.find((k) => kindOf(k) === value.kind) ?? kinds[0];
  return (
    <div className="spec-fields">
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select id={`${id}-kind`} value={kindOf(kind)} onChange={(e) => onChange(freshSpec(kinds, e.target.value))}>
          {kinds.map((k) => (
            <option key={kindOf(k)} value={kindOf(k)}>
              {kindOf(k)}
            </option>
          ))}
        </select>
      </div>
      <ObjectFields schema={kind} skip="kind" value={value} onChange={onChange} field={field} issues={issues} />
    </div>
  );
}

function ObjectFields({
  schema,
  skip,
  value,
  onChange,
  field,
  issues,
}: {
  schema: { properties?: Record<string, FieldSchema>; required?: string[] };
  skip?: string;
  value: Spec;
  onChange: (v: Spec) => void;
  field: string;
  issues: Issues;
}) {
  const set = (name: string, v: unknown) => {
    const next = { ...value };
    if (v === undefined) delete next[name];
    else next[name] = v;
    onChange(next);
  };
  return (
    <>
      {Object.entries(schema.properties ?? {})
        .filter(([name]) => name !== skip)
        .map(([name, f]) => (
          <ValueField
            key={name}
            name={name}
            schema={f}
            required={schema.required?.includes(name) ?? false}
            value={value[name]}
            onChange={(v) => set(name, v)}
            field={`${field}.${name}`}
            issues={issues}
          />
        ))}
    </>
  );
}

function ValueField({
  name,
  schema: f,
  required,
  value,
  onChange,
  field,
  issues,
}: {
  name: string;
  schema: FieldSchema;
  required: boolean;
  value: unknown;
  onChange: (v: unknown) => void;
  field: string;
  issues: Issues;
}) {
  const id = useId();
  const errs = issues(field);
  const help = `${id}-help`;
  const described = errs.length ? `${help} ${id}-err` : help;
  const invalid = errs.length > 0 || undefined;
  const label = (
    <>
      {name}
      {required ? "" : <small> (optional)</small>}
    </>
  );
  const helpText = (
    <small id={help} className="field-help">
      {f.description}
      {f.default !== undefined ? ` (default: ${JSON.stringify(f.default)})` : ""}
    </small>
  );
  const errors = errs.length ? (
    <span id={`${id}-err`} className="form-error field-error">
      {errs.join(" ")}
    </span>
  ) : null;
  const widget = widgetFor(f);

  switch (widget) {
    case "checkbox": {
      const checked = typeof value === "boolean" ? value : f.default === true;
      return (
        <div className="field field--check">
          <label>
            <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={described} aria-invalid={invalid} /> {label}
          </label>
          {helpText}
          {errors}
        </div>
      );
    }
    case "select":
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <select id={id} value={typeof value === "string" ? value : ""} onChange={(e) => onChange(e.target.value || undefined)} aria-describedby={described} aria-invalid={invalid}>
            {required ? null : <option value="">(none)</option>}
            {(f.enum as string[]).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </select>
          {helpText}
          {errors}
        </div>
      );
    case "object":
      return (
        <fieldset className="field nested-specs" aria-describedby={described}>
          <legend>{label}</legend>
          {helpText}
          <ObjectFields schema={f} value={(value as Spec) ?? {}} onChange={(v) => onChange(Object.keys(v).length || required ? v : undefined)} field={field} issues={issues} />
          {errors}
        </fieldset>
      );
    case "specs": {
      const items = Array.isArray(value) ? (value as Spec[]) : [];
      const inner = f.items!.oneOf!;
      return (
        <fieldset className="field nested-specs" aria-describedby={described}>
          <legend>{label}</legend>
          {helpText}
          {items.map((item, i) => (
            <div key={i} className="nested-spec">
              <SpecFields kinds={inner} value={item} field={`${field}.${i}`} issues={issues} onChange={(s) => onChange(items.map((x, j) => (j === i ? s : x)))} />
              <button type="button" className="button button--quiet button--small" onClick={() => onChange(items.filter((_, j) => j !== i))}>
                Remove {name} {i + 1}
              </button>
            </div>
          ))}
          <button type="button" className="button button--small" onClick={() => onChange([...items, freshSpec(inner, kindOf(inner[0]))])}>
            Add to {name}
          </button>
          {errors}
        </fieldset>
      );
    }
    case "lines":
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <textarea
            id={id}
            rows={3}
            className="mono"
            value={Array.isArray(value) ? value.join("\n") : ""}
            onChange={(e) => onChange(e.target.value === "" ? undefined : e.target.value.split("\n"))}
            aria-describedby={described}
            aria-invalid={invalid}
            spellCheck={false}
          />
          {helpText}
          {errors}
        </div>
      );
    case "json":
      return <JsonField id={id} label={label} value={value} onChange={onChange} described={described} invalid={invalid} helpText={helpText} errors={errors} />;
    default: {
      // text, number, text-or-number (a port given as 80, or as a template "{{port}}")
      const numeric = widget === "number";
      return (
        <div className="field">
          <label htmlFor={id}>{label}</label>
          <input
            id={id}
            type={numeric ? "number" : "text"}
            min={f.minimum}
            max={f.maximum}
            value={value === undefined ? "" : String(value)}
            onChange={(e) => {
              const t = e.target.value;
              if (t === "") onChange(undefined);
              else if (numeric || (widget === "text-or-number" && /^-?\d+(\.\d+)?$/.test(t))) onChange(Number(t));
              else onChange(t);
            }}
            required={required}
            aria-describedby={described}
            aria-invalid={invalid}
            spellCheck={false}
            data-field={field}
          />
          {helpText}
          {errors}
        </div>
      );
    }
  }
}

/** A field no simple control fits, typed as JSON; kept as text while it does not parse (the validator then says so). */
function JsonField(props: {
  id: string;
  label: React.ReactNode;
  value: unknown;
  onChange: (v: unknown) => void;
  described: string;
  invalid: true | undefined;
  helpText: React.ReactNode;
  errors: React.ReactNode;
}) {
  const [text, setText] = useState(() => (props.value === undefined ? "" : JSON.stringify(props.value)));
  return (
    <div className="field">
      <label htmlFor={props.id}>
        {props.label} <small>(JSON)</small>
      </label>
      <textarea
        id={props.id}
        rows={3}
        className="mono"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (e.target.value.trim() === "") return props.onChange(undefined);
          try {
            props.onChange(JSON.parse(e.target.value));
          } catch {
            props.onChange(e.target.value);
          }
        }}
        aria-describedby={props.described}
        aria-invalid={props.invalid}
        spellCheck={false}
      />
      {props.helpText}
      {props.errors}
    </div>
  );
}
