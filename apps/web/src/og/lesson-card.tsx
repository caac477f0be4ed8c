/** A lesson's Open Graph card: course, title, topic, minutes and its lab's glyph. */
import { courseTitle, getExercise, lessonSources } from "@rootlab/content";
import { getLab } from "@rootlab/sim";
import { Card, LabGlyph, Meta, Title } from "./card";
import { labGlyph } from "./lab-glyph";
import { ogText } from "./text";

/** The lab the lesson's terminal opens on: its first exercise's. */
export function lessonLab(slug: string) {
  const lesson = lessonSources.find((l) => l.slug === slug);
  const first = lesson?.frontmatter.exercises[0];
  const labId = first ? getExercise(first)?.lab : undefined;
  return labId ? getLab(labId) : undefined;
}

export function LessonCard({ slug }: { slug: string }) {
  const lesson = lessonSources.find((l) => l.slug === slug);
  if (!lesson) throw new Error(`no lesson "${slug}"`);
  const fm = lesson.frontmatter;
  const lab = lessonLab(slug);
  const glyph = lab ? labGlyph({ hosts: lab.hosts.map((h) => ({ ...h, name: ogText(h.name, 12) })), segments: lab.segments }) : undefined;
  return (
    <Card eyebrow={ogText(courseTitle, 60)}>
      <Title>{ogText(fm.title, 60)}</Title>
      <Meta items={[ogText(fm.topic, 30), `about ${fm.minutes} minutes`, "in a simulated Debian 12 terminal"]} />
      <div style={{ display: "flex", flexGrow: 1, alignItems: "flex-end" }}>
        {glyph ? (
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ display: "flex", fontSize: 22, color: "#4a525c", marginBottom: 12 }}>{`Lab: ${ogText(lab!.title, 50)}`}</div>
            <LabGlyph glyph={glyph} />
          </div>
        ) : null}
      </div>
    </Card>
  );
}
