// The PostgreSQL ceiling of a registration: the statements the API sends for registerClient (no
// password: an invitation), with plain `pg` as the app role (so row-level security costs the same),
// and nothing else: BEGIN; the company for row-level security; two statements; COMMIT.
import type pg from 'pg';

// The person (found or created, in a statement of its own); then, in the transaction, the person
// added to the company's people, their standing and the credential awaiting the invitation, and
// the next number and the client row, allocated and inserted by one call: what registerClient sends.
const PERSON = 'SELECT app_ensure_user($1)::text AS id';
const STANDING = `
  WITH person AS (SELECT $3::uuid AS id),
  known AS (
    INSERT INTO "User" ("companyId", "id", "email") VALUES ($1::uuid, $3::uuid, lower($2)) ON CONFLICT DO NOTHING
  ), standing AS (
    SELECT EXISTS (SELECT 1 FROM "Client" c, person WHERE c."companyId" = $1::uuid AND c."userId" = person.id) AS client
  ), credential AS (
    INSERT INTO "Credential" ("companyId", "userId", "passwordHash", "updatedAt")
    SELECT $1::uuid, person.id, 'awaiting-invitation', now() FROM person, standing WHERE NOT standing.client
    ON CONFLICT ("companyId", "userId") DO NOTHING RETURNING "updatedAt"
  )
  SELECT person.id::text AS id, standing.client FROM person, standing`;
const ALLOCATE = `SELECT app_insert_numbered($1::uuid, 'CLT', 'Client', 'uid', 3, $2::jsonb) AS row`;

export async function registerRaw(pool: pg.Pool, companyId: string, email: string, fullName: string): Promise<void> {
  const client = await pool.connect();
  try {
    const person = (await client.query(PERSON, [email])).rows[0].id;
    await client.query('BEGIN');
    await client.query(`SET LOCAL app.company_id = '${companyId}'`);
    const { rows } = await client.query(STANDING, [companyId, email, person]);
    if (rows[0].client) throw new Error('already a client');
    const values = { userId: rows[0].id, fullName, phone: null, marketerId: null };
    const { rowCount } = await client.query(ALLOCATE, [companyId, JSON.stringify(values)]);
    if (rowCount !== 1) throw new Error(`registration inserted ${rowCount} rows`);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}
