/**
 * Demo data for `npm start`: an instructor with a cohort (join code
 * NETWRK42), an admin, and four learners with varied progress, so that a
 * newcomer sees a living dashboard at once. Idempotent: a database that has
 * the demo instructor already is left as it is. Attempts go through
 * submitAttempt, so their scores are the server's own grading.
 *
 *   npx tsx apps/web/src/server/demo-seed.ts      (start.sh runs it; ROOTLAB_DEMO=0 skips)
 */
import { randomUUID } from "node:crypto";
import { entriesFromLines, getExercise, variantSeedFor } from "@rootlab/content";
import { solutionsFor } from "@rootlab/content/solutions";
import { submitAttempt } from "./attempts.js";
import { getAuth } from "./auth.js";
import { closeDb, getDb } from "./db.js";

export const DEMO = {
  instructor: { email: "instructor@rootlab.demo", password: "rootlab-demo-instructor", name: "Dana Instructor" },
  admin: { email: "admin@rootlab.demo", password: "rootlab-demo-admin", name: "Alex Admin" },
  learnerPassword: "rootlab-demo-learner",
  joinCode: "NETWRK42",
  cohortTitle: "Demo cohort: networking basics",
} as const;

const EXERCISE = "two-addresses-add";

export async function seedDemo(): Promise<"seeded" | "present"> {
  const db = await getDb();
  if (await db.user.findUnique({ where: { email: DEMO.instructor.email } })) return "present";
  const auth = await getAuth();
  const signUp = async (email: string, password: string, name: string) =>
    (await auth.api.signUpEmail({ body: { email, password, name } })).user.id;

  const instructorId = await signUp(DEMO.instructor.email, DEMO.instructor.password, DEMO.instructor.name);
  await db.user.update({ where: { id: instructorId }, data: { role: "instructor" } });
  const adminId = await signUp(DEMO.admin.email, DEMO.admin.password, DEMO.admin.name);
  await db.user.update({ where: { id: adminId }, data: { role: "admin" } });
  const cohort = await db.cohort.create({ data: { title: DEMO.cohortTitle, joinCode: DEMO.joinCode, instructorId } });
  const week = new Date(Date.now() + 7 * 24 * 3600 * 1000);
  await db.assignment.create({ data: { cohortId: cohort.id, lessonSlug: "two-addresses-one-nic", dueAt: week } });

  const typo = [{ host: "host", line: "ip addr add 192.168.1.11/33 dev eth0" }, { host: "host", line: "ifconfig eth0:0 192.168.1.20 netmask 255.255.255.256" }];
  const plans: { name: string; tries: ("reference" | "wrong" | "typo")[] }[] = [
    { name: "Maya Quickstudy", tries: ["reference"] },
    { name: "Noor Persistent", tries: ["typo", "wrong", "reference"] },
    { name: "Sam Stuck", tries: ["typo", "wrong"] },
    { name: "Lee Newcomer", tries: [] },
  ];
  for (const [i, p] of plans.entries()) {
    const id = await signUp(`learner${i + 1}@rootlab.demo`, DEMO.learnerPassword, p.name);
    await db.cohortMember.create({ data: { cohortId: cohort.id, userId: id } });
    // each learner works in their own variant, as on the lesson page
    const ex = getExercise(EXERCISE, variantSeedFor(id))!;
    const sol = solutionsFor(ex)!;
    const lines = { reference: entriesFromLines(ex, sol.reference), wrong: sol.wrong[0] ? entriesFromLines(ex, sol.wrong[0].lines) : typo, typo };
    for (const [n, which] of p.tries.entries()) {
      await submitAttempt({ clientId: randomUUID(), exerciseId: EXERCISE, entries: lines[which], seed: ex.seed, durationMs: (n + 1) * 95_000 }, { userId: id });
    }
  }
  return "seeded";
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  seedDemo()
    .then((r) => {
      console.log(r === "seeded" ? "==> demo data added" : "==> demo data already there");
      console.log(`    instructor: ${DEMO.instructor.email} / ${DEMO.instructor.password}  (then open /teach)`);
      console.log(`    admin:      ${DEMO.admin.email} / ${DEMO.admin.password}`);
      console.log(`    learners:   learner1..4@rootlab.demo / ${DEMO.learnerPassword}; join code ${DEMO.joinCode}`);
    })
    .catch((e) => {
      console.error("demo data could not be added:", e);
      process.exitCode = 1;
    })
    .finally(() => closeDb());
}
