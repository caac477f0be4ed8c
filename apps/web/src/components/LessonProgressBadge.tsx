"use client";
/**
 * The learner's progress on one lesson, read from this browser's storage.
 * Rendered empty on the server (storage lives in the browser), filled in
 * after hydration.
 */
import { useEffect, useState } from "react";
import { type LessonProgress, lessonProgress } from "@/progress/progress";
import { browserStore } from "@/progress/store";

const LABEL: Record<LessonProgress["state"], string> = {
  "not-started": "Not started",
  "in-progress": "In progress",
  done: "Done",
};

export function LessonProgressBadge({ exerciseIds }: { exerciseIds: string[] }) {
  const [progress, setProgress] = useState<LessonProgress | undefined>();
  useEffect(() => {
    const read = () => setProgress(lessonProgress(browserStore(), exerciseIds));
    read();
    // Another tab may finish an exercise meanwhile.
    window.addEventListener("storage", read);
    return () => window.removeEventListener("storage", read);
  }, [exerciseIds]);
  if (!progress) return <span className="progress-badge" aria-hidden="true" />;
  return (
    <span className={`progress-badge progress-badge--${progress.state}`} data-progress={progress.state}>
      {LABEL[progress.state]}
      {progress.total > 0 && progress.state !== "not-started" ? ` · ${progress.done}/${progress.total} exercises` : ""}
    </span>
  );
}
