// The joins src/db/datamodel.ts infers for each relation (read by the SQL the API compiles) are the
// foreign keys PostgreSQL holds, column for column.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allModels } from '../src/db/datamodel.ts';
import { createTestApp, type TestApp } from './support/app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app?.close();
});

describe('the datamodel', () => {
  it('joins each relation on a foreign key of the database (one side or the other)', async () => {
    const { rows } = await app.owner.query<{ key: string }>(`
      SELECT c.conrelid::regclass::text || '(' || string_agg(a.attname, ',' ORDER BY k.n) || ')->' ||
             c.confrelid::regclass::text || '(' || string_agg(f.attname, ',' ORDER BY k.n) || ')' AS key
      FROM pg_constraint c
      CROSS JOIN LATERAL unnest(c.conkey, c.confkey) WITH ORDINALITY AS k(col, fcol, n)
      JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.col
      JOIN pg_attribute f ON f.attrelid = c.confrelid AND f.attnum = k.fcol
      WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
      GROUP BY c.oid, c.conrelid, c.confrelid`);
    const foreignKeys = new Set(rows.map((r) => r.key));
    let relations = 0;
    for (const model of allModels()) {
      for (const field of model.fields.values()) {
        if (field.kind !== 'object') continue;
        relations++;
        const ours = field.joins.map(([o]) => o).join(',');
        const theirs = field.joins.map(([, t]) => t).join(',');
        const owning = `"${model.name}"(${ours})->"${field.type}"(${theirs})`;
        const owned = `"${field.type}"(${theirs})->"${model.name}"(${ours})`;
        expect(foreignKeys.has(owning) || foreignKeys.has(owned), `${model.name}.${field.name}: ${owning}`).toBe(true);
      }
    }
    expect(relations).toBeGreaterThan(40);
  });
});
