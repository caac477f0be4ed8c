/**
 * A completion certificate as the pages show it. Every field is rendered as a
 * React text node (escaped): a learner's name is never markup.
 */
import type { CertificateView } from "@/server/certificates";

/** "30 November 2026": the issue date in UTC, so every reader sees the same day. */
export function certificateDate(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(iso));
}

export function CertificateDocument({ certificate }: { certificate: CertificateView }) {
  return (
    <section className="certificate" aria-labelledby="certificate-name">
      <p className="certificate-kicker">Certificate of completion</p>
      <p>This certifies that</p>
      <p id="certificate-name" className="certificate-name">
        {certificate.learnerName}
      </p>
      <p>
        passed every exercise of <strong className="certificate-course">{certificate.courseTitle}</strong>, graded by Rootlab's server
        from the commands typed, on <time dateTime={certificate.issuedAt}>{certificateDate(certificate.issuedAt)}</time>.
      </p>
      <p className="certificate-verified" data-verified="true">
        <span aria-hidden="true">✓</span> Verified: issued by Rootlab
      </p>
    </section>
  );
}
