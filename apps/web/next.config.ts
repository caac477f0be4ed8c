import type { NextConfig } from "next";

/**
 * The internal packages (@rootlab/sim, grader, content) export TypeScript
 * source and, as ESM TypeScript does, import each other's files as "./x.js".
 * Turbopack cannot map "./x.js" to x.ts yet (vercel/next.js#82945), so the
 * site builds with webpack (`next build --webpack`) and its extensionAlias.
 * No remote fonts or images: builds and pages work offline.
 */
const config: NextConfig = {
  transpilePackages: ["@rootlab/sim", "@rootlab/grader", "@rootlab/content"],
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: {
    extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
  },
  webpack(config, { isServer }) {
    // Worker threads of the server (src/server/replay-pool.ts) are chunks beside the one that starts them:
    // their URL is relative to it, not under the browser's public path (/_next/).
    if (isServer) config.output.workerPublicPath = "./";
    return config;
  },
};

export default config;
