import Link from "next/link";
import { courseParts, courseTitle, lessonSources } from "@rootlab/content";
import { LessonProgressBadge } from "@/components/LessonProgressBadge";

export default function Home() {
  const bySlug = new Map(lessonSources.map((l) => [l.slug, l]));
  return (
    <main id="main" className="home" tabIndex={-1}>
      <section className="hero" aria-labelledby="course-title">
        <h1 id="course-title">{courseTitle}</h1>
        <p className="pitch">
          Read a short lesson, then do it: every lesson has a root shell on simulated Debian 12 hosts beside the text. Type real
          commands (<code>ip</code>, <code>ifconfig</code>, <code>cat</code>, <code>reboot</code>), press <kbd>Check</kbd> and see
          what you got right. Nothing to install, nothing to break; your work stays in this browser until you reset it.
        </p>
      </section>
      <nav aria-labelledby="outline-title" className="outline">
        <h2 id="outline-title">Course outline</h2>
        <ol className="parts">
          {courseParts.map((part, p) => (
            <li key={part.title} className="part">
              <h3>
                <span className="part-number">Part {p + 1}</span> {part.title}
              </h3>
              <ol className="lessons">
                {part.lessons.map((slug) => {
                  const lesson = bySlug.get(slug);
                  if (!lesson) return null;
                  const fm = lesson.frontmatter;
                  return (
                    <li key={slug} className="lesson-card">
                      <Link href={`/lessons/${slug}`} className="lesson-link">
                        {fm.title}
                      </Link>
                      <p className="lesson-summary">{fm.summary}</p>
                      <p className="lesson-meta">
                        <span className="tag">{fm.topic}</span>
                        <span>
                          {fm.minutes} min · {fm.exercises.length} exercise{fm.exercises.length === 1 ? "" : "s"}
                        </span>
                        <LessonProgressBadge exerciseIds={fm.exercises} />
                      </p>
                    </li>
                  );
                })}
              </ol>
            </li>
          ))}
        </ol>
      </nav>
    </main>
  );
}
