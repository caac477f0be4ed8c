"use client";
import { type FormEvent, useState } from "react";
import { authClient } from "@/lib/auth-client";

export function ChangePassword() {
  const [msg, setMsg] = useState<{ ok: boolean; text: string } | undefined>();
  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const r = await authClient.changePassword({
      currentPassword: String(f.get("current") ?? ""),
      newPassword: String(f.get("next") ?? ""),
      revokeOtherSessions: true,
    });
    if (r.error) setMsg({ ok: false, text: r.error.message || "the password was not changed" });
    else {
      form.reset();
      setMsg({ ok: true, text: "Password changed; other devices were signed out." });
    }
  }
  return (
    <form className="form" onSubmit={submit}>
      <label>
        Current password
        <input name="current" type="password" required autoComplete="current-password" />
      </label>
      <label>
        New password
        <input name="next" type="password" required minLength={10} maxLength={128} autoComplete="new-password" />
      </label>
      {msg ? (
        <p className={msg.ok ? "form-ok" : "form-error"} role={msg.ok ? "status" : "alert"}>
          {msg.text}
        </p>
      ) : null}
      <button type="submit" className="button">
        Change password
      </button>
    </form>
  );
}
