import type { Metadata } from "next";
import Link from "next/link";
import { CertificateDocument } from "@/components/certificate/CertificateDocument";
import { myCertificate } from "@/server/certificates";
import { forPage, pageViewer } from "@/server/page-viewer";

export const metadata: Metadata = { title: "Your certificate" };
export const dynamic = "force-dynamic";

/** The signed-in learner's certificate: issued here the first time every exercise is passed. */
export default async function CertificatePage() {
  const viewer = await pageViewer("/certificate");
  const mine = await forPage("/certificate", () => myCertificate(viewer));
  if (mine.status === "incomplete") {
    return (
      <main id="main" className="narrow" tabIndex={-1}>
        <h1>Your certificate</h1>
        <p>
          Pass every exercise of the course to earn it: {mine.passed} of {mine.total} passed so far.
        </p>
        <p>
          <Link href="/dashboard">See your progress</Link>
        </p>
      </main>
    );
  }
  const path = `/certificates/${mine.certificate.id}`;
  return (
    <main id="main" className="narrow" tabIndex={-1}>
      <h1>Your certificate</h1>
      <CertificateDocument certificate={mine.certificate} />
      <p>
        Share it: anyone with this link can check it. <Link href={path}>{path}</Link>
      </p>
    </main>
  );
}
