"use client";
/** "Reset lab?" as a modal <dialog>: focus moves into it, Escape cancels, focus returns to the opener. */
import { useEffect, useRef } from "react";

export function ResetDialog({ open, onConfirm, onCancel }: { open: boolean; onConfirm: () => void; onCancel: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby="reset-title" aria-describedby="reset-desc" onCancel={onCancel} onClose={() => open && onCancel()}>
      <h2 id="reset-title">Reset the lab?</h2>
      <p id="reset-desc">
        This starts the exercise afresh: the commands you typed and everything they changed are erased. Your saved check results stay.
      </p>
      <div className="dialog-actions">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm}>
          Reset lab
        </button>
      </div>
    </dialog>
  );
}
