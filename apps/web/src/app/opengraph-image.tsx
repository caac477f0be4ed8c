/** The site's default Open Graph image (pages without one of their own), rendered at build time. */
import { ImageResponse } from "next/og";
import { courseTitle } from "@rootlab/content";
import { Card, Meta, Title } from "@/og/card";
import { OG_CONTENT_TYPE, OG_SIZE } from "@/og/card";
import { ogText } from "@/og/text";

export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = "Rootlab: learn Linux networking and system administration by doing";

export default function Image() {
  return new ImageResponse(
    <Card eyebrow="a course you do in a simulated Debian 12 terminal">
      <Title size={60}>{ogText(courseTitle, 70)}</Title>
      <Meta items={["Debian 12", "real commands", "nothing to install"]} />
    </Card>,
    size,
  );
}
