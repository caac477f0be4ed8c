/** A certificate's Open Graph image: rendered on request (certificates are issued at run time). */
import { ImageResponse } from "next/og";
import { certificateDate } from "@/components/certificate/CertificateDocument";
import { Card, OG_CONTENT_TYPE, OG_SIZE, Title, VerifiedMark } from "@/og/card";
import { ogText } from "@/og/text";
import { findCertificate } from "@/server/certificates";

export const size = OG_SIZE;
export const contentType = OG_CONTENT_TYPE;
export const alt = "A verified Rootlab certificate of completion";
export const dynamic = "force-dynamic";

export default async function Image({ params }: { params: Promise<{ id: string }> }) {
  const c = await findCertificate((await params).id);
  if (!c) return new Response("not found", { status: 404 });
  return new ImageResponse(
    <Card eyebrow="Certificate of completion">
      <div style={{ display: "flex", fontSize: 28, color: "#4a525c", marginBottom: 12 }}>This certifies that</div>
      <Title size={72}>{ogText(c.learnerName, 34)}</Title>
      <div style={{ display: "flex", fontSize: 30, color: "#4a525c", marginTop: 20 }}>passed every exercise of</div>
      <div style={{ display: "flex", fontSize: 38, marginTop: 8 }}>{ogText(c.courseTitle, 60)}</div>
      <div style={{ display: "flex", flexGrow: 1, alignItems: "flex-end", justifyContent: "space-between" }}>
        <VerifiedMark />
        <div style={{ display: "flex", fontSize: 28, color: "#4a525c" }}>{certificateDate(c.issuedAt)}</div>
      </div>
    </Card>,
    size,
  );
}
