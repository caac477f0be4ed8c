/** The course as the dashboards need it: lessons in order with their exercises, from @rootlab/content. */
import { courseParts, getExercise, lessonSources } from "@rootlab/content";

export interface CourseExercise {
  id: string;
  title: string;
  lessonSlug: string;
  lessonTitle: string;
}

export interface CourseLesson {
  slug: string;
  title: string;
  topic: string;
  exercises: CourseExercise[];
}

export function courseLessons(): CourseLesson[] {
  const bySlug = new Map(lessonSources.map((l) => [l.slug, l]));
  return courseParts.flatMap((p) =>
    p.lessons.flatMap((slug) => {
      const l = bySlug.get(slug);
      if (!l) return [];
      const fm = l.frontmatter;
      return [
        {
          slug,
          title: fm.title,
          topic: fm.topic,
          exercises: fm.exercises.map((id) => ({ id, title: getExercise(id)?.title ?? id, lessonSlug: slug, lessonTitle: fm.title })),
        },
      ];
    }),
  );
}

export function findLesson(slug: string): CourseLesson | undefined {
  return courseLessons().find((l) => l.slug === slug);
}
