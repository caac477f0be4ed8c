/**
 * Accounts, cohorts, dashboards and their authorization, against a real
 * database: run by platform.sqlite.test.ts and platform.postgres.test.ts.
 * Route handlers are called with Requests carrying the cookies Better Auth
 * set at sign-up, so the whole path (cookie -> session -> viewer -> data
 * access) is exercised.
 */
import { randomUUID } from "node:crypto";
import { entriesFromLines, getExercise, variantSeedFor } from "@rootlab/content";
import { getSolutions, solutionsFor } from "@rootlab/content/solutions";
import { parse as parseCsv } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as submitPost } from "../app/api/attempts/route.js";
import { POST as claimPost } from "../app/api/attempts/claim/route.js";
import { POST as authPost, GET as authGet } from "../app/api/auth/[...all]/route.js";
import { GET as analyticsGet } from "../app/api/cohorts/[id]/analytics/route.js";
import { POST as assignPost } from "../app/api/cohorts/[id]/assignments/route.js";
import { GET as attemptsCsvGet } from "../app/api/cohorts/[id]/attempts.csv/route.js";
import { GET as matrixGet } from "../app/api/cohorts/[id]/matrix/route.js";
import { GET as matrixCsvGet } from "../app/api/cohorts/[id]/matrix.csv/route.js";
import { GET as cohortGet } from "../app/api/cohorts/[id]/route.js";
import { POST as joinPost } from "../app/api/cohorts/join/route.js";
import { GET as cohortsGet, POST as cohortsPost } from "../app/api/cohorts/route.js";
import { GET as learnerAttemptsGet } from "../app/api/learners/[id]/attempts/route.js";
import { GET as meCohortsGet } from "../app/api/me/cohorts/route.js";
import { DELETE as studioDelete, GET as studioGet, PUT as studioPut } from "../app/api/studio/exercises/[id]/route.js";
import { POST as studioAssignPost } from "../app/api/studio/exercises/[id]/assignments/route.js";
import { GET as studioListGet, POST as studioCreatePost } from "../app/api/studio/exercises/route.js";
import { POST as validatePost } from "../app/api/studio/validate/route.js";
import { resetAuth } from "./auth.js";
import { closeDb, getDb } from "./db.js";
import { api, makeWorld, ORIGIN, PASSWORD, type Persona, PERSONAS, sessionCookie, signUp, type World } from "./platform.fixtures.js";
import { studioDocument } from "./studio.fixtures.js";
import { ensureClients, type TestDatabase } from "./test-databases.js";

const EXERCISE = "two-addresses-add";
const reference = () => entriesFromLines(getExercise(EXERCISE)!, getSolutions(EXERCISE)!.reference);
/** the reference solution in a signed-in learner's own variant (the server grades them in it) */
const referenceOf = (userId: string) => {
  const ex = getExercise(EXERCISE, variantSeedFor(userId))!;
  return entriesFromLines(ex, solutionsFor(ex)!.reference);
};
const params = (id: string) => ({ params: Promise.resolve({ id }) });

export function platformSuite(provider: "sqlite" | "postgresql", create: () => Promise<TestDatabase>): void {
  describe(`platform on ${provider}`, () => {
    let database: TestDatabase;
    let w: World;
    let studio: { id: string };
    let doomed: { id: string };
    const who = (p: Persona) => (p === "anonymous" ? undefined : w.people[p]);

    beforeAll(async () => {
      ensureClients();
      database = await create();
      process.env.DATABASE_URL = database.url;
      resetAuth();
      w = await makeWorld(randomUUID().slice(0, 6));
      // an exercise the instructor wrote in the studio, assigned to cohort A, and one the admin wrote
      const db = await getDb();
      const doc = JSON.stringify(studioDocument());
      studio = await db.authoredExercise.create({ data: { authorId: w.people.instructor.id, title: "X", document: doc } });
      doomed = await db.authoredExercise.create({ data: { authorId: w.people.admin.id, title: "Y", document: doc } });
      await db.exerciseAssignment.create({ data: { cohortId: w.cohortA.id, exerciseId: studio.id } });
    }, 120_000);

    afterAll(async () => {
      resetAuth();
      await closeDb();
      await database?.drop();
    }, 60_000);

    describe("accounts", () => {
      it("sign-up makes a learner with an httpOnly session cookie; a role in the form is ignored", async () => {
        const res = await authPost(
          api("/api/auth/sign-up/email", undefined, { body: { email: `x-${randomUUID()}@example.test`, password: PASSWORD, name: "X", role: "admin" } }),
        );
        expect(res.status).toBe(200);
        const forged = await (await getDb()).user.findUniqueOrThrow({ where: { id: (await res.json()).user.id } });
        expect(forged.role).toBe("learner");
        const ok = await signUp(`y-${randomUUID()}@example.test`, "Y");
        const user = await (await getDb()).user.findUniqueOrThrow({ where: { id: ok.id } });
        expect(user.role).toBe("learner");
        const res2 = await authPost(api("/api/auth/sign-in/email", undefined, { body: { email: ok.email, password: PASSWORD } }));
        const set = res2.headers.getSetCookie().find((c) => c.includes("session_token="))!;
        expect(set).toMatch(/HttpOnly/i);
        expect(set).toMatch(/SameSite=Lax/i);
      });

      it("a wrong password is refused; a short one cannot be chosen", async () => {
        const bad = await authPost(api("/api/auth/sign-in/email", undefined, { body: { email: w.people.learner.email, password: "wrong password!" } }));
        expect(bad.status).toBe(401);
        const short = await authPost(api("/api/auth/sign-up/email", undefined, { body: { email: `s-${randomUUID()}@example.test`, password: "short", name: "S" } }));
        expect(short.status).toBe(400);
      });

      it("password change works and signs other sessions out; sign-out ends the session", async () => {
        const p = await signUp(`pw-${randomUUID()}@example.test`, "Pat");
        const other = await authPost(api("/api/auth/sign-in/email", undefined, { body: { email: p.email, password: PASSWORD } }));
        const otherCookie = sessionCookie(other);
        const ch = await authPost(
          api("/api/auth/change-password", p, { body: { currentPassword: PASSWORD, newPassword: "a new long password", revokeOtherSessions: true } }),
        );
        expect(ch.status).toBe(200);
        const newCookie = sessionCookie(ch);
        const session = (c: string) => authGet(api("/api/auth/get-session", { id: "", email: "", cookie: c })).then((r) => r.json());
        expect(await session(otherCookie)).toBeNull();
        expect((await session(newCookie))?.user?.id).toBe(p.id);
        const old = await authPost(api("/api/auth/sign-in/email", undefined, { body: { email: p.email, password: PASSWORD } }));
        expect(old.status).toBe(401);
        const out = await authPost(api("/api/auth/sign-out", { id: "", email: "", cookie: newCookie }, { body: {} }));
        expect(out.status).toBe(200);
        expect(await session(newCookie)).toBeNull();
      });

      it("anonymous attempts move to the account that claims them, once", async () => {
        const clientId = randomUUID();
        const sent = await submitPost(api("/api/attempts", undefined, { body: { clientId, exerciseId: EXERCISE, entries: reference() } }));
        expect(sent.status).toBe(201);
        const p = await signUp(`claim-${randomUUID()}@example.test`, "Cla");
        const claim = await claimPost(api("/api/attempts/claim", p, { body: { clientIds: [clientId, randomUUID()] } }));
        expect(await claim.json()).toEqual({ claimed: 1 });
        // someone else who learnt the id later cannot take it
        const again = await claimPost(api("/api/attempts/claim", w.people.otherLearner, { body: { clientIds: [clientId] } }));
        expect(await again.json()).toEqual({ claimed: 0 });
        const row = await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId } });
        expect(row.userId).toBe(p.id);
        const anon = await claimPost(api("/api/attempts/claim", undefined, { body: { clientIds: [clientId] } }));
        expect(anon.status).toBe(401);
      });

      it("an attempt sent with a session cookie belongs to that learner", async () => {
        const clientId = randomUUID();
        const res = await submitPost(api("/api/attempts", w.people.learner, { body: { clientId, exerciseId: EXERCISE, entries: reference() } }));
        expect(res.status).toBe(201);
        expect((await (await getDb()).attempt.findUniqueOrThrow({ where: { clientId } })).userId).toBe(w.people.learner.id);
      });
    });

    describe("authorization matrix", () => {
      type Expect = Record<Persona, number>;
      const cases: { name: string; call: (p: Persona) => Promise<Response>; expect: Expect }[] = [
        {
          name: "GET /api/cohorts",
          call: (p) => cohortsGet(api("/api/cohorts", who(p))),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 200, otherInstructor: 200, admin: 200 },
        },
        {
          name: "POST /api/cohorts",
          call: (p) => cohortsPost(api("/api/cohorts", who(p), { body: { title: `t ${p}` } })),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 201, otherInstructor: 201, admin: 201 },
        },
        ...(["", "/matrix", "/matrix.csv", "/attempts.csv", "/analytics"] as const).map((suffix) => ({
          name: `GET /api/cohorts/A${suffix}`,
          call: (p: Persona) => {
            const h = { "": cohortGet, "/matrix": matrixGet, "/matrix.csv": matrixCsvGet, "/attempts.csv": attemptsCsvGet, "/analytics": analyticsGet }[suffix];
            return h(api(`/api/cohorts/${w.cohortA.id}${suffix}`, who(p)), params(w.cohortA.id));
          },
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 200, otherInstructor: 404, admin: 200 },
        })),
        {
          name: "POST /api/cohorts/A/assignments",
          call: (p) => assignPost(api(`/api/cohorts/${w.cohortA.id}/assignments`, who(p), { body: { lessonSlug: "two-addresses-one-nic" } }), params(w.cohortA.id)),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 201, otherInstructor: 404, admin: 201 },
        },
        {
          name: "POST /api/cohorts/join",
          call: (p) => joinPost(api("/api/cohorts/join", who(p), { body: { code: w.cohortC.joinCode } })),
          expect: { anonymous: 401, learner: 200, otherLearner: 200, instructor: 200, otherInstructor: 200, admin: 200 },
        },
        {
          name: "GET /api/me/cohorts",
          call: (p) => meCohortsGet(api("/api/me/cohorts", who(p))),
          expect: { anonymous: 401, learner: 200, otherLearner: 200, instructor: 200, otherInstructor: 200, admin: 200 },
        },
        {
          name: "GET /api/learners/learner/attempts",
          call: (p) => learnerAttemptsGet(api(`/api/learners/${w.people.learner.id}/attempts`, who(p)), params(w.people.learner.id)),
          expect: { anonymous: 401, learner: 200, otherLearner: 404, instructor: 200, otherInstructor: 404, admin: 200 },
        },
        {
          name: "POST /api/attempts/claim",
          call: (p) => claimPost(api("/api/attempts/claim", who(p), { body: { clientIds: [] } })),
          expect: { anonymous: 401, learner: 200, otherLearner: 200, instructor: 200, otherInstructor: 200, admin: 200 },
        },
        // the studio (/teach/studio): instructors and admins; an exercise is its author's (and admins')
        {
          name: "POST /api/studio/validate",
          call: (p) => validatePost(api("/api/studio/validate", who(p), { body: studioDocument() })),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 200, otherInstructor: 200, admin: 200 },
        },
        {
          name: "GET /api/studio/exercises",
          call: (p) => studioListGet(api("/api/studio/exercises", who(p))),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 200, otherInstructor: 200, admin: 200 },
        },
        {
          name: "POST /api/studio/exercises",
          call: (p) => studioCreatePost(api("/api/studio/exercises", who(p), { body: studioDocument(`made by ${p}`) })),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 201, otherInstructor: 201, admin: 201 },
        },
        {
          name: "GET /api/studio/exercises/X",
          call: (p) => studioGet(api(`/api/studio/exercises/${studio.id}`, who(p)), params(studio.id)),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 200, otherInstructor: 404, admin: 200 },
        },
        {
          name: "PUT /api/studio/exercises/X",
          call: (p) => studioPut(api(`/api/studio/exercises/${studio.id}`, who(p), { method: "PUT", body: studioDocument() }), params(studio.id)),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 200, otherInstructor: 404, admin: 200 },
        },
        {
          name: "DELETE /api/studio/exercises/Y",
          call: (p) => studioDelete(api(`/api/studio/exercises/${doomed.id}`, who(p), { method: "DELETE" }), params(doomed.id)),
          // written by the admin: no instructor may remove it (the admin's call comes last)
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 404, otherInstructor: 404, admin: 204 },
        },
        {
          name: "POST /api/studio/exercises/X/assignments (cohort A)",
          call: (p) => studioAssignPost(api(`/api/studio/exercises/${studio.id}/assignments`, who(p), { body: { cohortId: w.cohortA.id } }), params(studio.id)),
          expect: { anonymous: 401, learner: 403, otherLearner: 403, instructor: 201, otherInstructor: 404, admin: 201 },
        },
        {
          name: "POST /api/attempts on X (assigned to cohort A)",
          call: (p) => submitPost(api("/api/attempts", who(p), { body: { clientId: randomUUID(), exerciseId: `studio-${studio.id}`, entries: [] } })),
          expect: { anonymous: 404, learner: 201, otherLearner: 404, instructor: 201, otherInstructor: 404, admin: 201 },
        },
        {
          name: "POST /api/attempts (anonymous allowed)",
          call: (p) => submitPost(api("/api/attempts", who(p), { body: { clientId: randomUUID(), exerciseId: EXERCISE, entries: [] } })),
          expect: { anonymous: 201, learner: 201, otherLearner: 201, instructor: 201, otherInstructor: 201, admin: 201 },
        },
      ];
      for (const c of cases) {
        it(c.name, async () => {
          const got: Record<string, number> = {};
          for (const p of PERSONAS) got[p] = (await c.call(p)).status;
          expect(got).toEqual(c.expect);
        });
      }

      it("joining cohort B as a member does not let an instructor manage it", async () => {
        const res = await matrixGet(api(`/api/cohorts/${w.cohortB.id}/matrix`, w.people.instructor), params(w.cohortB.id));
        expect(res.status).toBe(404);
      });

      it("an instructor's list holds only their cohorts; an admin's holds both", async () => {
        const ids = async (p: Persona) => ((await (await cohortsGet(api("/api/cohorts", who(p)))).json()).cohorts as { id: string }[]).map((c) => c.id);
        expect(await ids("instructor")).toContain(w.cohortA.id);
        expect(await ids("instructor")).not.toContain(w.cohortB.id);
        expect(await ids("admin")).toEqual(expect.arrayContaining([w.cohortA.id, w.cohortB.id]));
      });

      it("a forged or unknown session cookie is anonymous", async () => {
        const forged = { id: "", email: "", cookie: `${w.people.admin.cookie.split("=")[0]}=forged.token` };
        expect((await cohortsGet(api("/api/cohorts", forged))).status).toBe(401);
      });
    });

    describe("CSRF", () => {
      it("a cross-site POST with the instructor's cookie creates nothing", async () => {
        const db = await getDb();
        const before = await db.cohort.count();
        const evil = await cohortsPost(api("/api/cohorts", w.people.instructor, { body: { title: "evil" }, headers: { origin: "https://evil.example" } }));
        expect(evil.status).toBe(403);
        const fetchSite = await cohortsPost(api("/api/cohorts", w.people.instructor, { body: { title: "evil" }, headers: { "sec-fetch-site": "cross-site" } }));
        expect(fetchSite.status).toBe(403);
        const form = await cohortsPost(api("/api/cohorts", w.people.instructor, { body: "title=evil", headers: { "content-type": "application/x-www-form-urlencoded" } }));
        expect(form.status).toBe(415);
        expect(await db.cohort.count()).toBe(before);
      });

      it("Better Auth refuses a cross-site password change and sign-in", async () => {
        const p = await signUp(`csrf-${randomUUID()}@example.test`, "C");
        const res = await authPost(
          api("/api/auth/change-password", p, { body: { currentPassword: PASSWORD, newPassword: "hijacked password!" }, headers: { origin: "https://evil.example" } }),
        );
        expect(res.status).toBe(403);
        const still = await authPost(api("/api/auth/sign-in/email", undefined, { body: { email: p.email, password: PASSWORD } }));
        expect(still.status).toBe(200);
      });

      it("a cross-site attempt submission is refused", async () => {
        const res = await submitPost(
          api("/api/attempts", w.people.learner, { body: { clientId: randomUUID(), exerciseId: EXERCISE, entries: [] }, headers: { origin: "https://evil.example" } }),
        );
        expect(res.status).toBe(403);
      });
    });

    describe("cohorts, matrix, analytics and CSV", () => {
      it("input is validated: empty or huge titles, unknown lessons, bad dates, bad codes", async () => {
        const ins = w.people.instructor;
        const status = async (r: Promise<Response>) => (await r).status;
        expect(await status(cohortsPost(api("/api/cohorts", ins, { body: { title: "  " } })))).toBe(400);
        expect(await status(cohortsPost(api("/api/cohorts", ins, { body: { title: "x".repeat(121) } })))).toBe(400);
        expect(await status(cohortsPost(api("/api/cohorts", ins, { body: "{" })))).toBe(400);
        const assign = (body: unknown) => status(assignPost(api(`/api/cohorts/${w.cohortA.id}/assignments`, ins, { body }), params(w.cohortA.id)));
        expect(await assign({ lessonSlug: "nope" })).toBe(404);
        expect(await assign({ lessonSlug: "two-addresses-one-nic", dueAt: "someday" })).toBe(400);
        expect(await status(joinPost(api("/api/cohorts/join", w.people.learner, { body: { code: "SHORT" } })))).toBe(400);
        expect(await status(joinPost(api("/api/cohorts/join", w.people.learner, { body: { code: "ZZZZZZZZ" } })))).toBe(404);
      });

      it("the matrix, analytics and CSVs show a learner's work; hostile names stay inert text", async () => {
        const db = await getDb();
        const ins = await signUp(`ins-${randomUUID()}@example.test`, "Ian");
        await db.user.update({ where: { id: ins.id }, data: { role: "instructor" } });
        const created = await cohortsPost(api("/api/cohorts", ins, { body: { title: `<script>alert(1)</script>` } }));
        const cohort = (await created.json()).cohort as { id: string; joinCode: string; title: string };
        expect(cohort.title).toBe("<script>alert(1)</script>");
        expect(cohort.joinCode).toMatch(/^[A-HJ-NP-Z2-9]{8}$/);
        expect((await assignPost(api(`/api/cohorts/${cohort.id}/assignments`, ins, { body: { lessonSlug: "two-addresses-one-nic", dueAt: "2000-01-01" } }), params(cohort.id))).status).toBe(201);

        const evilName = `=HYPERLINK("http://evil.example","x")`;
        const l1 = await signUp(`l1-${randomUUID()}@example.test`, evilName);
        const l2 = await signUp(`l2-${randomUUID()}@example.test`, `<img src=x onerror=alert(1)>`);
        for (const l of [l1, l2]) {
          const j = await joinPost(api("/api/cohorts/join", l, { body: { code: cohort.joinCode.toLowerCase().replace(/(....)/, "$1-") } }));
          expect(j.status).toBe(200);
        }
        const sub = (p: typeof l1, entries: unknown[]) =>
          submitPost(api("/api/attempts", p, { body: { clientId: randomUUID(), exerciseId: EXERCISE, entries, durationMs: 120_000 } }));
        await sub(l1, [{ host: "host", line: "ip addr add 192.168.1.11/33 dev eth0" }]);
        await sub(l1, referenceOf(l1.id));
        await sub(l2, [{ host: "host", line: "ifconfig eth0:0 nonsense" }]);

        const m = await (await matrixGet(api(`/api/cohorts/${cohort.id}/matrix`, ins), params(cohort.id))).json();
        const cell = (uid: string) => m.learners.find((l: { id: string }) => l.id === uid).cells[EXERCISE];
        expect(cell(l1.id)).toMatchObject({ state: "passed", bestScore: 1, attempts: 2, late: true });
        expect(cell(l2.id)).toMatchObject({ state: "in-progress", attempts: 1, late: true });
        expect(cell(l2.id).bestScore).toBeLessThan(1);

        const an = (await (await analyticsGet(api(`/api/cohorts/${cohort.id}/analytics`, ins), params(cohort.id))).json()).exercises;
        const a = an.find((x: { exerciseId: string }) => x.exerciseId === EXERCISE);
        expect(a).toMatchObject({ started: 2, passed: 1, passRate: 0.5, medianAttempts: 2, medianTimeMs: 120_000 });
        expect(a.commands.map((c: { key: string }) => c.key)).toEqual(expect.arrayContaining(["ip", "ifconfig"]));
        expect(a.errors.map((c: { key: string }) => c.key)).toContain('Error: any valid prefix is expected rather than "192.168.1.11/33".');
        expect(a.failedChecks.length).toBeGreaterThan(0);

        const csvRes = await matrixCsvGet(api(`/api/cohorts/${cohort.id}/matrix.csv`, ins), params(cohort.id));
        expect(csvRes.headers.get("content-type")).toBe("text/csv; charset=utf-8");
        expect(csvRes.headers.get("content-disposition")).toMatch(/^attachment; filename="cohort-[A-Za-z0-9_-]+-progress\.csv"$/);
        const csv = await csvRes.text();
        const rows = parseCsv(csv, { columns: true }) as Record<string, string>[];
        const r1 = rows.find((r) => r.email === l1.email)!;
        expect(r1.learner).toBe(`'${evilName}`);
        expect(r1).toMatchObject({ exercise: EXERCISE, state: "passed", best_score: "1", attempts: "2", late: "true" });
        expect(rows.find((r) => r.email === l2.email)!.learner).toBe("<img src=x onerror=alert(1)>");
        // no cell starts with a formula character
        for (const r of rows) for (const v of Object.values(r)) expect(v).not.toMatch(/^[=+@\t\r]/);

        const att = parseCsv(await (await attemptsCsvGet(api(`/api/cohorts/${cohort.id}/attempts.csv`, ins), params(cohort.id))).text(), { columns: true }) as Record<string, string>[];
        expect(att).toHaveLength(3);
        expect(att.filter((r) => r.passed === "true")).toHaveLength(1);

        const hist = await (await learnerAttemptsGet(api(`/api/learners/${l1.id}/attempts`, ins), params(l1.id))).json();
        expect(hist.attempts).toHaveLength(2);
        expect(hist.attempts[0].passed).toBe(true);
        expect(hist.attempts[0].entries).toEqual(referenceOf(l1.id));
      });
    });
  });
}
