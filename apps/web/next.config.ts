import { writeFileSync } from "node:fs";
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
  // ROOTLAB_BUNDLE_STATS=FILE next build --webpack: the browser bundle's chunks and modules as webpack stats JSON (bundle analysis)
  webpack(config, { isServer }) {
    // Worker threads of the server (src/server/replay-pool.ts) are chunks beside the one that starts them:
    // their URL is relative to it, not under the browser's public path (/_next/).
    if (isServer) config.output.workerPublicPath = "./";
    const statsFile = process.env.ROOTLAB_BUNDLE_STATS;
    if (statsFile && !isServer) {
      config.plugins.push({
        apply(compiler: { hooks: { done: { tap(name: string, f: (stats: { toJson(o: object): unknown }) => void): void } } }) {
          compiler.hooks.done.tap("rootlab-bundle-stats", (stats) => {
            const opts = { all: false, chunks: true, chunkModules: true, ids: true, nestedModules: true, dependentModules: true, chunkModulesSpace: Infinity, nestedModulesSpace: Infinity };
            writeFileSync(statsFile, JSON.stringify(stats.toJson(opts)));
          });
        },
      });
    }
    return config;
  },
  experimental: {
    extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
  },
};

export default config;
