import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { CertificateDocument } from "@/components/certificate/CertificateDocument";
import { findCertificate } from "@/server/certificates";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

// One database read per request for both the metadata and the page.
const lookup = cache(findCertificate);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const c = await lookup((await params).id);
  if (!c) return { title: "Certificate not found", robots: { index: false } };
  const title = `${c.learnerName} completed ${c.courseTitle}`;
  const description = `A Rootlab certificate of completion, verified: ${c.learnerName} passed every exercise of ${c.courseTitle}.`;
  // The image is this folder's opengraph-image.tsx.
  return {
    title: "Verified certificate",
    description,
    robots: { index: false },
    openGraph: { siteName: "Rootlab", type: "website", title, description, url: `/certificates/${c.id}` },
    twitter: { card: "summary_large_image", title, description },
  };
}

/** Public: anyone with the link can check a certificate. */
export default async function VerifyCertificatePage({ params }: Props) {
  const c = await lookup((await params).id);
  if (!c) notFound();
  return (
    <main id="main" className="narrow" tabIndex={-1}>
      <h1>Verified certificate</h1>
      <CertificateDocument certificate={c} />
    </main>
  );
}
