"use client";
/**
 * A learner's transcript replayed read-only: the exercise is started afresh
 * and every line run again in the simulation (the same restoreLab the lesson
 * page uses after a reload), showing each prompt and output as the learner
 * saw them. Text only, nothing typed reaches a shell.
 */
import type { ParsedExercise } from "@rootlab/content";
import type { TranscriptEntry } from "@rootlab/sim";
import { useEffect, useState } from "react";

// CSI and OSC sequences: a read-only <pre> shows text, not colours
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007/g;

/**
 * `variant` is the learner's variant seed the server replayed the attempt in;
 * `exercise`, when given, is the exercise itself (one written in the studio,
 * which the course package does not know).
 */
export function TranscriptReplay({
  exerciseId,
  entries,
  variant = null,
  exercise,
}: {
  exerciseId: string;
  entries: TranscriptEntry[];
  variant?: number | null;
  exercise?: ParsedExercise;
}) {
  const [text, setText] = useState<string | undefined>();
  const [open, setOpen] = useState(false);
  useEffect(() => {
    if (!open || text !== undefined) return;
    let cancelled = false;
    void Promise.all([import("@rootlab/content"), import("@/lab/restore")]).then(async ([content, { restoreLab }]) => {
      if (cancelled) return;
      const ex = exercise ?? content.getExercise(exerciseId, variant);
      if (!ex) return setText(`(exercise ${exerciseId} no longer exists)`);
      const { previous } = await restoreLab(ex, entries);
      if (cancelled) return;
      setText(previous.map((p) => `${p.prompt}${p.result.cmd}\n${p.result.screen}`).join("").replace(ANSI, ""));
    });
    return () => {
      cancelled = true;
    };
  }, [open, text, exerciseId, entries, variant, exercise]);
  return (
    <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
      <summary>Replay the transcript ({entries.filter((e) => "line" in e).length} commands)</summary>
      <pre className="replay" data-testid="replay">
        {text ?? "Replaying…"}
      </pre>
    </details>
  );
}
