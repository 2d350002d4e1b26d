// The PostgreSQL ceiling: the same allocate-and-insert transaction the API runs for registerClient,
// sent with plain `pg` as the app role (so row-level security costs the same), and nothing else.
import pg from 'pg';

// Same shape as insertNumberedProfile in src/domain/sequences.ts (key CLT, no marketer).
const ALLOCATE_AND_INSERT = `
  WITH company AS (
    SELECT "prefix" FROM "Company" WHERE "id" = $1::uuid FOR SHARE
  ), next AS (
    INSERT INTO "CompanySequence" ("companyId", "key", "lastValue") VALUES ($1::uuid, 'CLT', 1)
    ON CONFLICT ("companyId", "key") DO UPDATE SET "lastValue" = "CompanySequence"."lastValue" + 1
    RETURNING "lastValue"
  )
  INSERT INTO "Client" ("companyId", "userId", "fullName", "phone", "seq", "uid", "marketerId")
  SELECT $1::uuid, $2::uuid, $3, NULL, next."lastValue",
         company."prefix" || '-' || 'CLT' || lpad(next."lastValue"::text, greatest(3, length(next."lastValue"::text)), '0'),
         NULL
  FROM next, company
  RETURNING "id"::text AS id, "seq", "uid"`;

/** User rows made before the clock starts, so the timed transaction is allocation + insert only. */
export async function ensureUsers(pool: pg.Pool, emails: string[]): Promise<string[]> {
  const { rows } = await pool.query<{ id: string }>('SELECT app_ensure_user(e)::text AS id FROM unnest($1::text[]) AS e', [emails]);
  return rows.map((r) => r.id);
}

/** BEGIN; tenant for RLS; allocate + insert in one statement; COMMIT. */
export async function registerRaw(pool: pg.Pool, companyId: string, userId: string, fullName: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.company_id', $1, true)`, [companyId]);
    const { rowCount } = await client.query(ALLOCATE_AND_INSERT, [companyId, userId, fullName]);
    if (rowCount !== 1) throw new Error(`allocation inserted ${rowCount} rows`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
