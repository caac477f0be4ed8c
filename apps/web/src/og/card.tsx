/**
 * The Open Graph cards' drawing, as next/og (Satori) elements: flexbox only,
 * inline styles, the bundled Geist font. Shared by the site's default image,
 * the lessons' and the certificates'. Every text passed in goes through
 * ogText() (see text.ts).
 */
import type { ReactNode } from "react";
import type { Glyph } from "./lab-glyph.js";

export const OG_SIZE = { width: 1200, height: 630 } as const;
export const OG_CONTENT_TYPE = "image/png";

const INK = "#1b1f24";
const SOFT = "#4a525c";
const BRAND = "#1d2a3a";
const ACCENT = "#1a5fd0";
const PASS = "#1a7f37";

export function Card({ eyebrow, children }: { eyebrow: string; children: ReactNode }) {
  return (
    <div style={{ width: "100%", height: "100%", display: "flex", flexDirection: "column", background: "#fbfbf8", color: INK }}>
      <div style={{ display: "flex", alignItems: "center", height: 96, padding: "0 64px", background: BRAND, color: "#ffffff", fontSize: 34 }}>
        <div style={{ display: "flex", marginRight: 18, color: "#8ae234", fontSize: 40 }}>#</div>
        <div style={{ display: "flex", marginRight: 28 }}>Rootlab</div>
        <div style={{ display: "flex", fontSize: 24, color: "#c9d1db" }}>{eyebrow}</div>
      </div>
      <div style={{ display: "flex", flexDirection: "column", flexGrow: 1, padding: "48px 64px" }}>{children}</div>
    </div>
  );
}

export function Title({ children, size = 64 }: { children: string; size?: number }) {
  return <div style={{ display: "flex", fontSize: size, lineHeight: 1.15, color: INK }}>{children}</div>;
}

export function Meta({ items }: { items: string[] }) {
  return (
    <div style={{ display: "flex", marginTop: 24, fontSize: 28, color: SOFT }}>
      {items.map((t, i) => (
        <div
          key={i}
          style={
            i === 0
              ? { display: "flex", padding: "4px 16px", marginRight: 20, borderRadius: 8, background: "#e7eefb", color: ACCENT }
              : { display: "flex", padding: "4px 0", marginRight: 20 }
          }
        >
          {t}
        </div>
      ))}
    </div>
  );
}

/** The lab: hosts as boxes joined by lines (the geometry comes from labGlyph). */
export function LabGlyph({ glyph }: { glyph: Glyph }) {
  const pad = 4;
  return (
    <div style={{ display: "flex", position: "relative", width: glyph.width + 2 * pad, height: glyph.height + 2 * pad }}>
      <svg width={glyph.width + 2 * pad} height={glyph.height + 2 * pad} viewBox={`${-pad} ${-pad} ${glyph.width + 2 * pad} ${glyph.height + 2 * pad}`}>
        {glyph.lines.map((l, i) => (
          <line key={`l${i}`} x1={l.x1} y1={l.y1} x2={l.x2} y2={l.y2} stroke={SOFT} strokeWidth={4} strokeLinecap="round" />
        ))}
        {glyph.dots.map((d, i) => (
          <circle key={`d${i}`} cx={d.x} cy={d.y} r={7} fill={SOFT} />
        ))}
        {glyph.boxes.map((b, i) => (
          <rect key={`b${i}`} x={b.x} y={b.y} width={b.width} height={b.height} rx={10} fill="#ffffff" stroke={BRAND} strokeWidth={4} />
        ))}
      </svg>
      {glyph.boxes.map((b, i) => (
        <div
          key={`n${i}`}
          style={{
            position: "absolute",
            left: b.x + pad,
            top: b.y + pad,
            width: b.width,
            height: b.height,
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontSize: 22,
            color: BRAND,
          }}
        >
          {b.name}
        </div>
      ))}
    </div>
  );
}

export function VerifiedMark() {
  return (
    <div style={{ display: "flex", alignItems: "center", fontSize: 30, color: PASS }}>
      <svg width={44} height={44} viewBox="0 0 44 44">
        <circle cx={22} cy={22} r={20} fill={PASS} />
        <path d="M12 23 L19 30 L33 15" stroke="#ffffff" strokeWidth={5} fill="none" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      <div style={{ display: "flex", marginLeft: 14 }}>Verified by Rootlab</div>
    </div>
  );
}
