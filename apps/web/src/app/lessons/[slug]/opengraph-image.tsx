/** Each lesson's Open Graph image, rendered at build time (one PNG per lesson). */
import { ImageResponse } from "next/og";
import { lessonSources } from "@rootlab/content";
import { OG_CONTENT_TYPE, OG_SIZE } from "@/og/card";
import { LessonCard } from "@/og/lesson-card";

export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = "A Rootlab lesson: its title, topic, length and lab";
export const dynamicParams = false;

export function generateStaticParams() {
  return lessonSources.map((l) => ({ slug: l.slug }));
}

export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return new ImageResponse(<LessonCard slug={slug} />, size);
}
