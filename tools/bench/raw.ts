// The PostgreSQL ceiling of a registration: the statements the API sends for registerClient (no
// password: an invitation), with plain `pg` as the app role (so row-level security costs the same),
// and nothing else: BEGIN; the company for row-level security; one statement; COMMIT.
import type pg from 'pg';

// The user (found or created), their standing in the company, the locked credential awaiting the
// invitation, the next number and the client row: what registerClient must do, in one statement.
const REGISTER = `
  WITH person AS (SELECT app_ensure_user($2) AS id),
  standing AS (
    SELECT EXISTS (SELECT 1 FROM "Client" c, person WHERE c."companyId" = $1::uuid AND c."userId" = person.id) AS client
  ), credential AS (
    INSERT INTO "Credential" ("companyId", "userId", "passwordHash", "updatedAt")
    SELECT $1::uuid, person.id, 'awaiting-invitation', now() FROM person, standing WHERE NOT standing.client
    ON CONFLICT ("companyId", "userId") DO NOTHING RETURNING "updatedAt"
  ), company AS (
    SELECT "prefix" FROM "Company" WHERE "id" = $1::uuid FOR SHARE
  ), next AS (
    INSERT INTO "CompanySequence" ("companyId", "key", "lastValue") SELECT $1::uuid, 'CLT', 1 FROM standing WHERE NOT standing.client
    ON CONFLICT ("companyId", "key") DO UPDATE SET "lastValue" = "CompanySequence"."lastValue" + 1
    RETURNING "lastValue"
  )
  INSERT INTO "Client" ("companyId", "userId", "fullName", "seq", "uid")
  SELECT $1::uuid, person.id, $3, next."lastValue", company."prefix" || '-CLT' || lpad(next."lastValue"::text, greatest(3, length(next."lastValue"::text)), '0')
  FROM person, next, company
  RETURNING "id"`;

export async function registerRaw(pool: pg.Pool, companyId: string, email: string, fullName: string): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SELECT set_config('app.company_id', $1, true)`, [companyId]);
    const { rowCount } = await client.query(REGISTER, [companyId, email, fullName]);
    if (rowCount !== 1) throw new Error(`registration inserted ${rowCount} rows`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
