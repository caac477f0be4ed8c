/** The course outline: parts in order, each a list of lesson slugs (lessons/<slug>/lesson.mdx). */
export interface CoursePart {
  title: string;
  lessons: string[];
}

export const courseTitle = "Linux networking and system administration, by doing";

export const courseParts: CoursePart[] = [{ title: "Addresses and interfaces", lessons: ["two-addresses-one-nic"] }];
