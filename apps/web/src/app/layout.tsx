import type { Metadata, Viewport } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { courseTitle } from "@rootlab/content";
import { UserMenu } from "@/components/account/UserMenu";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: `Rootlab — ${courseTitle}`, template: "%s — Rootlab" },
  description: "Learn Linux networking and system administration by typing real commands into a simulated Debian 12 terminal, right in the page.",
};

export const viewport: Viewport = { colorScheme: "light", themeColor: "#1d2a3a" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
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
