import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { courseTitle } from "@rootlab/content";
import { UserMenu } from "@/components/account/UserMenu";
import { ENGINE_META } from "@/lab/page-contract";
import { labEngine } from "@/server/lab-engine";
import "./globals.css";

const description = "Learn Linux networking and system administration by typing real commands into a simulated Debian 12 terminal, right in the page.";

/**
 * Open Graph and Twitter tags need absolute URLs: the site's public origin
 * comes from SITE_URL, else BETTER_AUTH_URL (the same origin), else
 * localhost. The images themselves are opengraph-image.tsx files.
 */
function siteUrl(): URL {
  const raw = process.env.SITE_URL?.trim() || process.env.BETTER_AUTH_URL?.trim() || "http://localhost:3000";
  try {
    return new URL(raw);
  } catch {
    return new URL("http://localhost:3000");
  }
}

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: `Rootlab — ${courseTitle}`, template: "%s — Rootlab" },
  description,
  openGraph: { siteName: "Rootlab", type: "website", title: `Rootlab — ${courseTitle}`, description },
  twitter: { card: "summary_large_image" },
};

export const viewport: Viewport = { colorScheme: "light", themeColor: "#1d2a3a" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        {/* where the lab engine is, for every page that starts a lab (lab/load-engine.ts); React puts it in <head> */}
        <meta name={ENGINE_META} content={labEngine().entry} />
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            <span aria-hidden="true" className="brand-mark">
              #
            </span>
            Rootlab
          </Link>
          <span className="site-tagline">{courseTitle}</span>
          <UserMenu />
        </header>
        {children}
      </body>
    </html>
  );
}
