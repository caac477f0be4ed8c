/**
 * `npm run bench:api`: POST /api/attempts throughput and latency against
 * PostgreSQL on this machine, through a production build (`next start`) on
 * the loopback interface only.
 *
 * A throwaway database is created on the local PostgreSQL (TEST_POSTGRES_URL,
 * default postgresql://root@127.0.0.1:5432/postgres), migrated, given
 * BENCH_LEARNERS signed-in learners; then BENCH_REQUESTS new attempts (the
 * reference solution of the first exercise in each learner's own variant,
 * each a fresh clientId, so each is replayed and graded) are sent
 * BENCH_CONCURRENCY at a time, stopping after BENCH_MAX_SECONDS whatever
 * happens. Budget: >= 300 attempts/s, p99 <= 150 ms, no errors.
 *
 * The client, the server and PostgreSQL share this machine's cores (and
 * whatever else runs on it), so besides the rates it reports the CPU time
 * each spent per attempt and the load average: figures that say what an
 * attempt costs even when the machine is busy. The client is node:http with
 * keep-alive (fetch costs the client several times more CPU per request).
 * A missed budget is reported, not failed (a loaded machine is slow); the
 * exit status is 1 only when requests failed.
 */
import { randomUUID } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { Agent, request } from "node:http";
import { loadavg } from "node:os";
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
/** clock ticks per second of /proc/<pid>/stat's utime and stime (USER_HZ, 100 on Linux) */
const USER_HZ = 100;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** CPU ticks (user + system) of the processes `pick` chooses, from /proc; 0 where /proc is missing */
function cpuTicks(pick: (comm: string, pgrp: number) => boolean): number {
  let ticks = 0;
  let pids: string[];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return 0;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      const comm = stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")"));
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // after "pid (comm) ": state ppid pgrp ... utime (11) stime (12)
      if (pick(comm, Number(f[2]))) ticks += Number(f[11]) + Number(f[12]);
    } catch {
      /* the process ended meanwhile */
    }
  }
  return ticks;
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(" ");

async function main(): Promise<void> {
  ensureClients();
  ensureBuild();
  process.env.BETTER_AUTH_SECRET ||= "bench-secret-0123456789-0123456789-0123";
  const db = await createPostgresDatabase();
  process.env.DATABASE_URL = db.url;
  const server = await startServer();
  const { hostname, port } = new URL(server.url);
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
  try {
    const learners = await bulkLearners(LEARNERS, randomUUID().slice(0, 6));
    // each learner's own variant (the server replays a signed-in learner's attempt in it)
    const work = learners.map((l) => {
      const ex = getExercise("two-addresses-add", variantSeedFor(l.id))!;
      return { ex, entries: entriesFromLines(ex, solutionsFor(ex)!.reference) };
    });
    const send = (i: number) =>
      new Promise<{ ms: number; status: number }>((resolve, reject) => {
        const l = learners[i % learners.length];
        const { ex, entries } = work[i % learners.length];
        const body = JSON.stringify({ clientId: randomUUID(), exerciseId: ex.id, entries, seed: ex.seed });
        const t0 = performance.now();
        const req = request(
          {
            agent,
            host: hostname,
            port,
            path: "/api/attempts",
            method: "POST",
            headers: {
              "content-type": "application/json",
              "content-length": Buffer.byteLength(body),
              cookie: l.cookie,
              origin: server.url,
              // what a browser sends; the attempts API answers uncompressed anyway (no-transform)
              "accept-encoding": "gzip, deflate, br",
            },
          },
          (res) => {
            res.on("data", () => {});
            res.on("end", () => resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0 }));
            res.on("error", reject);
          },
        );
        req.on("error", reject);
        req.end(body);
      });
    // warm-up: JIT and the connection pool
    for (let i = 0; i < 50; i++) await send(i);

    const latencies: number[] = [];
    const errors = new Map<number, number>();
    let next = 0;
    const loadBefore = load();
    const serverTicks0 = cpuTicks((_, pgrp) => pgrp === server.pgid);
    const pgTicks0 = cpuTicks((comm) => comm === "postgres");
    const client0 = process.cpuUsage();
    const deadline = performance.now() + MAX_SECONDS * 1000;
    const start = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < REQUESTS && performance.now() < deadline) {
          const r = await send(next++);
          latencies.push(r.ms);
          if (r.status !== 201) errors.set(r.status, (errors.get(r.status) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - start) / 1000;
    const n = latencies.length;
    const perAttempt = (ticks: number) => ((ticks * 1000) / USER_HZ / n).toFixed(2);
    const serverCpu = perAttempt(cpuTicks((_, pgrp) => pgrp === server.pgid) - serverTicks0);
    const pgCpu = perAttempt(cpuTicks((comm) => comm === "postgres") - pgTicks0);
    const client = process.cpuUsage(client0);
    const clientCpu = ((client.user + client.system) / 1000 / n).toFixed(2);

    latencies.sort((a, b) => a - b);
    const perSecond = n / seconds;
    const [p50, p90, p99] = [50, 90, 99].map((p) => percentile(latencies, p));
    const errorCount = [...errors.values()].reduce((a, b) => a + b, 0);
    console.log(`POST /api/attempts on PostgreSQL: ${n} new attempts, ${CONCURRENCY} at a time, ${seconds.toFixed(1)} s`);
    console.log(`  ${perSecond.toFixed(0)} attempts/s (budget >= ${BUDGET.perSecond})`);
    console.log(`  p50 ${p50.toFixed(1)} ms, p90 ${p90.toFixed(1)} ms, p99 ${p99.toFixed(1)} ms, max ${latencies[n - 1]?.toFixed(1)} ms (budget p99 <= ${BUDGET.p99Ms})`);
    console.log(`  errors: ${errorCount}${errorCount ? ` ${JSON.stringify(Object.fromEntries(errors))}` : ""}`);
    console.log(`  CPU ms per attempt: server ${serverCpu}, PostgreSQL ${pgCpu} (every postgres process), this client ${clientCpu}`);
    console.log(`  load average (1, 5, 15 min): ${loadBefore} before, ${load()} after`);
    const met = perSecond >= BUDGET.perSecond && p99 <= BUDGET.p99Ms && errorCount === 0;
    console.log(met ? "budget met" : "budget NOT met on this run (see the load average above)");
    process.exitCode = errorCount > 0 ? 1 : 0;
  } finally {
    agent.destroy();
    await server.stop();
    await closeDb();
    await db.drop();
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 2;
});
