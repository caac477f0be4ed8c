/**
 * Exercises written in the studio, against a real database: run by
 * studio.sqlite.test.ts and studio.postgres.test.ts. Through the route
 * handlers with Better Auth's cookies, as platform.suite.ts does: proved
 * before they are stored, seen only by their author (and admins), assigned to
 * a cohort, solved by its learners and graded on the server like any attempt.
 * (Who may call which route is in platform.suite.ts's authorization matrix.)
 */
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as submitPost } from "../app/api/attempts/route.js";
import { GET as matrixGet } from "../app/api/cohorts/[id]/matrix/route.js";
import { GET as matrixCsvGet } from "../app/api/cohorts/[id]/matrix.csv/route.js";
import { GET as meCohortsGet } from "../app/api/me/cohorts/route.js";
import { DELETE as exerciseDelete, GET as exerciseGet, PUT as exercisePut } from "../app/api/studio/exercises/[id]/route.js";
import { POST as assignPost } from "../app/api/studio/exercises/[id]/assignments/route.js";
import { GET as listGet, POST as createPost } from "../app/api/studio/exercises/route.js";
import { POST as validatePost } from "../app/api/studio/validate/route.js";
import { resetAuth } from "./auth.js";
import { authoredForLearner } from "./authored-exercises.js";
import { closeDb, getDb } from "./db.js";
import { api, makeWorld, type World } from "./platform.fixtures.js";
import { STUDIO_ADDRESS, studioDocument } from "./studio.fixtures.js";
import { ensureClients, type TestDatabase } from "./test-databases.js";

const params = (id: string) => ({ params: Promise.resolve({ id }) });

export function studioSuite(provider: "sqlite" | "postgresql", create: () => Promise<TestDatabase>): void {
  describe(`studio exercises on ${provider}`, () => {
    let database: TestDatabase;
    let w: World;

    beforeAll(async () => {
      ensureClients();
      database = await create();
      process.env.DATABASE_URL = database.url;
      resetAuth();
      w = await makeWorld(randomUUID().slice(0, 6));
    }, 120_000);

    afterAll(async () => {
      resetAuth();
      await closeDb();
      await database?.drop();
    }, 60_000);

    const createAs = async (who: keyof World["people"], doc = studioDocument()) => {
      const res = await createPost(api("/api/studio/exercises", w.people[who], { body: doc }));
      return { status: res.status, json: await res.json() };
    };

    it("validates a draft by the rules of content:check, with the field of each issue", async () => {
      const ok = await validatePost(api("/api/studio/validate", w.people.instructor, { body: studioDocument() }));
      expect(await ok.json()).toEqual({ issues: [] });

      const broken = studioDocument();
      (broken.solutions as { reference: string[] }).reference = ["ip addr add 192.168.1.78/24 dev eth0"];
      broken.lesson = "Type this:\n\n```sh\nipp addr\n```\n";
      const res = await validatePost(api("/api/studio/validate", w.people.instructor, { body: broken }));
      const { issues } = await res.json();
      expect(issues.map((i: { in: string; path: unknown[]; line?: number }) => `${i.in}:${i.path.join(".")}:${i.line ?? ""}`)).toEqual([
        "lesson::4",
        "solutions:reference:",
      ]);
      expect(issues[1].message).toMatch(/^the reference solution scores 0, not 1: "added" fails/);
    });

    it("stores only an exercise that holds: 422 with the issues otherwise", async () => {
      const db = await getDb();
      const before = await db.authoredExercise.count();
      const bad = studioDocument();
      (bad.solutions as { wrong: { lines: string[] }[] }).wrong[0].lines = [`ip addr add ${STUDIO_ADDRESS} dev eth0`];
      const r = await createAs("instructor", bad);
      expect(r.status).toBe(422);
      expect(r.json.code).toBe("invalid_exercise");
      expect(r.json.issues[0]).toMatchObject({ in: "solutions", path: ["wrong", 0] });
      expect(await db.authoredExercise.count()).toBe(before);
      // not JSON of the right shape
      expect((await createPost(api("/api/studio/exercises", w.people.instructor, { body: { lesson: 3 } }))).status).toBe(400);
    });

    it("is listed to its author and admins only, edited and deleted by them", async () => {
      const made = await createAs("instructor");
      expect(made.status).toBe(201);
      const ex = made.json.exercise;
      expect(ex.exerciseId).toBe(`studio-${ex.id}`);
      expect(ex.document.exercise.id).toBe(ex.exerciseId);
      expect(ex.document.solutions.exercise).toBe(ex.exerciseId);

      const ids = async (who: keyof World["people"]) =>
        ((await (await listGet(api("/api/studio/exercises", w.people[who]))).json()).exercises as { id: string }[]).map((e) => e.id);
      expect(await ids("instructor")).toContain(ex.id);
      expect(await ids("otherInstructor")).not.toContain(ex.id);
      expect(await ids("admin")).toContain(ex.id);

      const renamed = studioDocument("Renamed exercise");
      const put = await exercisePut(api(`/api/studio/exercises/${ex.id}`, w.people.instructor, { method: "PUT", body: renamed }), params(ex.id));
      expect(put.status).toBe(200);
      expect((await put.json()).exercise.title).toBe("Renamed exercise");
      const theirs = await exercisePut(api(`/api/studio/exercises/${ex.id}`, w.people.otherInstructor, { method: "PUT", body: renamed }), params(ex.id));
      expect(theirs.status).toBe(404);

      const gone = await exerciseDelete(api(`/api/studio/exercises/${ex.id}`, w.people.instructor, { method: "DELETE", headers: { origin: "http://localhost:3000" } }), params(ex.id));
      expect(gone.status).toBe(204);
      expect((await exerciseGet(api(`/api/studio/exercises/${ex.id}`, w.people.instructor), params(ex.id))).status).toBe(404);
    });

    it("assigned to a cohort, is solved by its learners and graded on the server; the matrix and dashboard show it", async () => {
      const ex = (await createAs("instructor")).json.exercise as { id: string; exerciseId: string };
      const assign = (who: keyof World["people"], cohortId: string) =>
        assignPost(api(`/api/studio/exercises/${ex.id}/assignments`, w.people[who], { body: { cohortId, dueAt: "2099-01-01" } }), params(ex.id));
      expect((await assign("instructor", w.cohortA.id)).status).toBe(201);
      // not into someone else's cohort
      expect((await assign("instructor", w.cohortB.id)).status).toBe(404);

      const attempt = (who: keyof World["people"] | "anonymous", lines: string[]) =>
        submitPost(
          api("/api/attempts", who === "anonymous" ? undefined : w.people[who], {
            body: { clientId: randomUUID(), exerciseId: ex.exerciseId, entries: lines.map((line) => ({ host: "host", line })) },
          }),
        );
      const wrong = await attempt("learner", ["ip addr add 192.168.1.77/25 dev eth0"]);
      expect(wrong.status).toBe(201);
      expect((await wrong.json()).attempt).toMatchObject({ passed: false });
      const right = await attempt("learner", [`ip addr add ${STUDIO_ADDRESS} dev eth0`]);
      expect((await right.json()).attempt).toMatchObject({ passed: true, score: 1 });
      // a learner of another cohort, or nobody, cannot reach it: it does not exist for them
      expect((await attempt("otherLearner", [])).status).toBe(404);
      expect((await attempt("anonymous", [])).status).toBe(404);

      const m = await (await matrixGet(api(`/api/cohorts/${w.cohortA.id}/matrix`, w.people.instructor), params(w.cohortA.id))).json();
      expect(m.exercises.map((e: { id: string }) => e.id)).toEqual([ex.exerciseId]);
      const row = m.learners.find((l: { id: string }) => l.id === w.people.learner.id);
      expect(row.cells[ex.exerciseId]).toMatchObject({ state: "passed", attempts: 2, bestScore: 1 });
      const csv = await (await matrixCsvGet(api(`/api/cohorts/${w.cohortA.id}/matrix.csv`, w.people.instructor), params(w.cohortA.id))).text();
      expect(csv).toContain(`${ex.exerciseId},passed,1,2,`);

      const mine = await (await meCohortsGet(api("/api/me/cohorts", w.people.learner))).json();
      const a = mine.cohorts.find((c: { id: string }) => c.id === w.cohortA.id);
      expect(a.exercises).toEqual([{ exerciseId: ex.exerciseId, title: "Give eth0 a third address", dueAt: "2099-01-01T23:59:59.999Z" }]);

      const page = await authoredForLearner({ ...w.people.learner, name: "L", role: "learner" }, ex.exerciseId);
      expect(page.plan.exercise.checks.map((c) => c.id)).toEqual(["added", "kept"]);
      expect(page).not.toHaveProperty("solutions");
      await expect(authoredForLearner({ ...w.people.otherLearner, name: "O", role: "learner" }, ex.exerciseId)).rejects.toMatchObject({ status: 404 });
    });

    it("keeps hostile text as data: what is stored is what was sent, ids aside", async () => {
      const doc = studioDocument(`<img src=x onerror=alert(1)> title`);
      (doc.exercise as { checks: { failMessage: string }[] }).checks[0].failMessage = `<script>alert(1)</script>`;
      const r = await createAs("instructor", doc);
      expect(r.status).toBe(201);
      const row = await (await getDb()).authoredExercise.findUniqueOrThrow({ where: { id: r.json.exercise.id } });
      expect(row.title).toBe(`<img src=x onerror=alert(1)> title`);
      expect(JSON.parse(row.document).exercise.checks[0].failMessage).toBe(`<script>alert(1)</script>`);
    });
  });
}
