import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CertificateDocument, certificateDate } from "./CertificateDocument.js";

describe("CertificateDocument", () => {
  it("shows a hostile name as text, never as markup", () => {
    const learnerName = `<img src=x onerror="alert(1)"><script>alert(2)</script>`;
    const html = renderToStaticMarkup(
      createElement(CertificateDocument, { certificate: { id: "A".repeat(22), learnerName, courseTitle: "C & <b>D</b>", issuedAt: "2026-11-30T23:59:00.000Z" } }),
    );
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).not.toContain("<b>D");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&lt;script&gt;");
    expect(html).toContain('data-verified="true"');
    expect(html).toContain('dateTime="2026-11-30T23:59:00.000Z"');
  });

  it("dates the certificate in UTC", () => {
    expect(certificateDate("2026-11-30T23:59:00.000Z")).toBe("30 November 2026");
  });
});
