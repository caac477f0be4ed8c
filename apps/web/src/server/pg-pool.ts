/**
 * A pg Pool that @prisma/adapter-pg 6.19.3 can read catalog queries through.
 *
 * The adapter maps each result column's type OID to a Prisma column type and
 * throws "Column type 'name' could not be deserialized" for PostgreSQL's
 * internal `name` (OID 19) and `"char"` (OID 18) types (prisma/orm#27403);
 * the schema engine's introspection reads pg_catalog columns of those types.
 * Both arrive in the text protocol as plain strings, so reporting them as
 * `text` (OID 25) is exact. No server-only import: prisma.config.ts uses it.
 */
import pg from "pg";

const NAME_OID = 19;
const CHAR_OID = 18;
const TEXT_OID = 25;

type AnyResult = { fields?: { dataTypeID: number }[] } | undefined;

function catalogTypesAsText<R>(result: R): R {
  for (const r of (Array.isArray(result) ? result : [result]) as AnyResult[]) {
    for (const f of r?.fields ?? []) {
      if (f.dataTypeID === NAME_OID || f.dataTypeID === CHAR_OID) f.dataTypeID = TEXT_OID;
    }
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // pg's query() has a dozen overloads (promise, callback, submittable); this
  // wraps the two that return rows and passes anything else through.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  override query(...args: any[]): any {
    const first = args[0];
    if (first && typeof first.submit === "function") return super.query(first);
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: unknown) => last(err, err ? res : catalogTypesAsText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    if (first && typeof first.callback === "function") {
      const cb = first.callback;
      first.callback = (err: Error | null, res: unknown) => cb(err, err ? res : catalogTypesAsText(res));
      return (super.query as (...a: unknown[]) => unknown)(...args);
    }
    return ((super.query as (...a: unknown[]) => Promise<unknown>)(...args)).then(catalogTypesAsText);
  }
}

/**
 * A Pool for `url`. `allowExitOnIdle` lets a CLI process (or a test run) exit
 * once its queries are done instead of holding idle connections open.
 */
export function createPgPool(url: string, options: pg.PoolConfig = {}): pg.Pool {
  return new pg.Pool({
    connectionString: url,
    allowExitOnIdle: true,
    ...options,
    Client: CatalogTextClient as unknown as new () => pg.ClientBase,
  });
}
