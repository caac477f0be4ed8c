/**
 * mysqldump and restore of a 10,000-row table in the simulation, in Node:
 * `mysqldump shop > /root/backup.sql` and `mysql restored < /root/backup.sql`
 * at the prompt of a lab host with MariaDB. Median and worst of several
 * rounds after warm-up; budget <= 200 ms each. A benchmark, not a test: it
 * reports and never fails on a slow machine.
 */
import "../src/eager.js"; // every program and the lab builder, loaded up front as in Node
import { performance } from "node:perf_hooks";
import { utf8Encode } from "../src/bytes.js";
import { DB_LAB } from "../src/commands/mysql/test-support.js";
import { LabSession } from "../src/lab/lab-session.js";

const ROWS = 10_000;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 15);
const WARMUP = 3;

const base = LabSession.create(DB_LAB);
const values: string[] = [];
for (let i = 1; i <= ROWS; i++) {
  values.push(`('customer ${i}','c${i}@example.com',${(i * 7.31) % 10000 | 0}.${String(i % 100).padStart(2, "0")},'2024-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")} 10:00:00')`);
}
base.world.host("host")!.fs.writeFile(
  "/root/seed.sql",
  utf8Encode(
    "CREATE DATABASE shop;\nUSE shop;\n" +
      "CREATE TABLE customers (id INT NOT NULL AUTO_INCREMENT PRIMARY KEY, name VARCHAR(50) NOT NULL, email VARCHAR(100), amount DECIMAL(10,2), created DATETIME);\n" +
      `INSERT INTO customers (name, email, amount, created) VALUES\n${values.join(",\n")};\n`,
  ),
);
const seeded = base.run(undefined, "mysql < /root/seed.sql && mysql -e 'CREATE DATABASE restored'");
if (seeded.exit !== 0) throw new Error(seeded.screen);

/** wall ms and CPU ms of one command line (CPU time is what a loaded machine distorts least) */
function time(line: string): [number, number] {
  const s = base.fork();
  if (line.startsWith("mysql restored")) s.run(undefined, "mysqldump shop > /root/backup.sql");
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const r = s.run(undefined, line);
  const dt = performance.now() - t0;
  const c = process.cpuUsage(c0);
  if (r.exit !== 0) throw new Error(`${line}: ${r.screen}`);
  return [dt, (c.user + c.system) / 1000];
}

const report: [string, [number, number][]][] = [
  ["mysqldump of 10,000 rows", []],
  ["restore of 10,000 rows", []],
];
for (let round = 0; round < ROUNDS + WARMUP; round++) {
  const dump = time("mysqldump shop > /root/backup.sql");
  const restore = time("mysql restored < /root/backup.sql");
  if (round >= WARMUP) {
    report[0][1].push(dump);
    report[1][1].push(restore);
  }
}
const check = base.fork();
check.run(undefined, "mysqldump shop > /root/backup.sql");
check.run(undefined, "mysql restored < /root/backup.sql");
const count = check.run(undefined, "mysql -N restored -e 'SELECT COUNT(*) FROM customers' | cat").stdout.trim();
const size = check.run(undefined, "wc -c < /root/backup.sql").stdout.trim();
console.log(`mysql in the simulation: a ${ROWS}-row table, dump ${size} bytes, ${count} rows restored (${ROUNDS} rounds)`);
const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const [name, xs] of report) {
  const wall = xs.map((x) => x[0]);
  const median = med(wall);
  const worst = Math.max(...wall);
  const cpu = med(xs.map((x) => x[1]));
  console.log(
    `  ${name.padEnd(26)} median ${median.toFixed(1).padStart(6)} ms (cpu ${cpu.toFixed(1).padStart(6)} ms)  worst ${worst.toFixed(1).padStart(6)} ms  <= 200 ms ${median <= 200 ? "ok" : "OVER BUDGET"}`,
  );
}
