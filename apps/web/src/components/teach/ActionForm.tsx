"use client";
/** A form bound to a server action, showing its error or confirmation. */
import { type ReactNode, useActionState } from "react";
import type { FormState } from "@/app/teach/actions";

export function ActionForm({
  action,
  children,
  submit,
  className = "form",
}: {
  action: (s: FormState, f: FormData) => Promise<FormState>;
  children: ReactNode;
  submit: string;
  className?: string;
}) {
  const [state, run, pending] = useActionState(action, undefined);
  return (
    <form action={run} className={className}>
      {children}
      <button type="submit" className="button button--primary" disabled={pending}>
        {submit}
      </button>
      {state?.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
      {state?.ok ? (
        <p className="form-ok" role="status">
          {state.ok}
        </p>
      ) : null}
    </form>
  );
}
