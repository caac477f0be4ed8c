// @vitest-environment node
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultDatabaseUrl, repoRoot, resolveDatabase } from "./database-url.js";

describe("resolveDatabase", () => {
  const root = "/srv/rootlab";

  it("defaults to an absolute SQLite file under the repo root's .data", () => {
    expect(resolveDatabase(undefined, root)).toEqual({ provider: "sqlite", file: "/srv/rootlab/.data/rootlab.db", url: "file:/srv/rootlab/.data/rootlab.db" });
    expect(resolveDatabase("  ", root).provider).toBe("sqlite");
    expect(defaultDatabaseUrl(root)).toBe("file:/srv/rootlab/.data/rootlab.db");
  });

  it("takes a relative SQLite path from the repo root, not the current directory", () => {
    expect(resolveDatabase("file:./.data/x.db", root)).toMatchObject({ file: "/srv/rootlab/.data/x.db", url: "file:/srv/rootlab/.data/x.db" });
    expect(resolveDatabase("file:/tmp/a.db?mode=rwc", root)).toMatchObject({ file: "/tmp/a.db" });
  });

  it("recognises both PostgreSQL schemes and keeps the URL as given", () => {
    for (const url of ["postgres://u@h/db", "postgresql://u:p@h:5432/db?sslmode=require"]) {
      expect(resolveDatabase(url, root)).toEqual({ provider: "postgresql", url });
    }
  });

  it("refuses any other scheme instead of falling back to a local file", () => {
    expect(() => resolveDatabase("mysql://h/db", root)).toThrow(/must start with file:/);
    expect(() => resolveDatabase("file:", root)).toThrow(/needs a path/);
  });

  it("finds the workspace root from a package folder", () => {
    expect(repoRoot(new URL(".", import.meta.url).pathname)).toBe(repoRoot(new URL("../../../..", import.meta.url).pathname));
    const pkg = JSON.parse(readFileSync(join(repoRoot(new URL(".", import.meta.url).pathname), "package.json"), "utf8"));
    expect(pkg.workspaces).toContain("apps/*");
  });
});
