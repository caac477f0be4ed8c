/**
 * `npm run bench:api`: POST /api/attempts throughput and latency against
 * PostgreSQL on this machine, through a production build (`next start`) on
 * the loopback interface only.
 *
 * A throwaway database is created on the local PostgreSQL (TEST_POSTGRES_URL,
 * default postgresql://root@127.0.0.1:5432/postgres), migrated, given
 * BENCH_LEARNERS signed-in learners; then BENCH_REQUESTS new attempts (the
 * reference solution of the first exercise, each a fresh clientId, so each is
 * replayed and graded) are sent BENCH_CONCURRENCY at a time, stopping after
 * BENCH_MAX_SECONDS whatever happens. Budget: >= 300 attempts/s, p99 <= 150 ms,
 * no errors; the exit status says whether it was met.
 */
import { randomUUID } from "node:crypto";
import { entriesFromLines, getExercise, variantSeedFor } from "@rootlab/content";
import { solutionsFor } from "@rootlab/content/solutions";
import { closeDb } from "../src/server/db.js";
import { bulkLearners } from "../src/server/platform.fixtures.js";
import { createPostgresDatabase, ensureClients } from "../src/server/test-databases.js";
import { ensureBuild, startServer } from "./local-server.js";

const REQUESTS = Number(process.env.BENCH_REQUESTS) || 2000;
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY) || 16;
const LEARNERS = Number(process.env.BENCH_LEARNERS) || 200;
const MAX_SECONDS = Number(process.env.BENCH_MAX_SECONDS) || 60;
const BUDGET = { perSecond: 300, p99Ms: 150 };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function main(): Promise<void> {
  ensureClients();
  ensureBuild();
  process.env.BETTER_AUTH_SECRET ||= "bench-secret-0123456789-0123456789-0123";
  const db = await createPostgresDatabase();
  process.env.DATABASE_URL = db.url;
  const server = await startServer();
  try {
    const learners = await bulkLearners(LEARNERS, randomUUID().slice(0, 6));
    // each learner's own variant (the server replays a signed-in learner's attempt in it)
    const work = learners.map((l) => {
      const ex = getExercise("two-addresses-add", variantSeedFor(l.id))!;
      return { ex, entries: entriesFromLines(ex, solutionsFor(ex)!.reference) };
    });
    const send = async (i: number) => {
      const l = learners[i % learners.length];
      const { ex, entries } = work[i % learners.length];
      const t0 = performance.now();
      const res = await fetch(`${server.url}/api/attempts`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie: l.cookie, origin: server.url },
        body: JSON.stringify({ clientId: randomUUID(), exerciseId: ex.id, entries, seed: ex.seed }),
      });
      await res.arrayBuffer();
      return { ms: performance.now() - t0, ok: res.status === 201, status: res.status };
    };
    // warm-up: JIT and the connection pool
    for (let i = 0; i < 50; i++) await send(i);

    const latencies: number[] = [];
    const errors = new Map<number, number>();
    let next = 0;
    const deadline = performance.now() + MAX_SECONDS * 1000;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS && performance.now() < deadline) {
          const r = await send(next++);
          latencies.push(r.ms);
          if (!r.ok) errors.set(r.status, (errors.get(r.status) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    latencies.sort((a, b) => a - b);
    const perSecond = latencies.length / seconds;
    const p50 = percentile(latencies, 50);
    const p99 = percentile(latencies, 99);
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    console.log(`POST /api/attempts on PostgreSQL: ${latencies.length} new attempts, ${CONCURRENCY} at a time, ${seconds.toFixed(1)} s`);
    console.log(`  ${perSecond.toFixed(0)} attempts/s (budget >= ${BUDGET.perSecond})`);
    console.log(`  p50 ${p50.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms (budget <= ${BUDGET.p99Ms})`);
    console.log(`  errors: ${errorCount}${errorCount ? ` ${JSON.stringify(Object.fromEntries(errors))}` : ""}`);
    const met = perSecond >= BUDGET.perSecond && p99 <= BUDGET.p99Ms && errorCount === 0;
    console.log(met ? "budget met" : "BUDGET NOT MET");
    process.exitCode = met ? 0 : 1;
  } finally {
    await server.stop();
    await closeDb();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
