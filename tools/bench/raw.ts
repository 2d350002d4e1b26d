// The PostgreSQL ceiling of a registration: the statements the API sends for registerClient (no
// password: an invitation), with plain `pg` as the app role (so row-level security costs the same),
// and nothing else: BEGIN; the company for row-level security; two statements; COMMIT.
import type pg from 'pg';

// The person (found or created, in a statement of its own); then, in the transaction, one call
// that adds them to the company's people, reads their standing and sets the credential awaiting
// the invitation, and one that allocates the next number and inserts the client: what
// registerClient sends.
const PERSON = 'SELECT app_ensure_user($1)::text AS id';
const STANDING = `SELECT is_client AS client FROM app_join_company($1::uuid, $3::uuid, $2, 'awaiting-invitation')`;
const ALLOCATE = `SELECT app_insert_numbered($1::uuid, 'CLT', 'Client', 'uid', 3, $2::jsonb) AS row`;

export async function registerRaw(pool: pg.Pool, companyId: string, email: string, fullName: string): Promise<void> {
  const client = await pool.connect();
  try {
    const person = (await client.query(PERSON, [email])).rows[0].id;
    await client.query('BEGIN');
    await client.query(`SET LOCAL app.company_id = '${companyId}'`);
    const { rows } = await client.query(STANDING, [companyId, email, person]);
    if (rows[0].client) throw new Error('already a client');
    const values = { userId: person, fullName, phone: null, marketerId: null };
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
