// Each visibility rule of src/policy/visibility.ts is one Prisma filter; the API uses it in three
// forms: as a list's `where` (Prisma), as SQL (insights, the read planner), and as a check of one
// loaded row (in memory when the row holds what the rule reads, else by the database). For every
// rule, every role of the company and another company's admin, on the same data, the three
// return the same rows, and the rules tell the roles apart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Aliases, aliasCounter, whereSql } from '../src/db/where-sql.ts';
import { matchesRow } from '../src/db/where-match.ts';
import { Prisma } from '../src/generated/prisma/client.ts';
import { assignClient } from '../src/modules/assignments/service.ts';
import { registerClient } from '../src/modules/clients/service.ts';
import { registerMarketer } from '../src/modules/marketers/service.ts';
import { sendMessage } from '../src/modules/messages/service.ts';
import type { Viewer } from '../src/policy/roles.ts';
import { canSeeRecordsOf, marketerRecords, VISIBLE } from '../src/policy/visibility.ts';
import { type Session, withSession } from '../src/runtime/session.ts';
import { isVisible } from '../src/runtime/visibility.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { adminViewer, type CompanyFixture, company } from './support/fixtures.ts';
import { localId } from './support/ids.ts';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;
const viewers: Record<string, Viewer> = {};

beforeAll(async () => {
  app = await createTestApp();
  a = await company(app, 'Lamba Property Limited').withLedger();
  b = await company(app, 'Test Company').withLedger();
  const companyId = localId(a.id);
  // Beyond the fixture: a second marketer with a client of their own and a thread, a client with
  // no marketer, and A's client moved to the second marketer and back (the history stays).
  await withSession(app.runtime, adminViewer(a), async (s) => {
    const second = await registerMarketer(s, {
      email: `second-${Date.now()}@example.com`,
      fullName: 'Second Marketer',
    });
    const theirs = await registerClient(s, {
      email: `theirs-${Date.now()}@example.com`,
      fullName: 'Their Client',
      marketerId: second.id,
    });
    await registerClient(s, { email: `alone-${Date.now()}@example.com`, fullName: 'Unassigned Client' });
    await assignClient(s, localId(a.client.id), second.id);
    await assignClient(s, localId(a.client.id), localId(a.marketer.id));
    viewers['second marketer'] = { companyId, userId: second.userId, role: 'MARKETER', profileId: second.id };
    viewers['their client'] = { companyId, userId: theirs.userId, role: 'CLIENT', profileId: theirs.id };
  });
  await withSession(app.runtime, viewers['second marketer'], (s) =>
    sendMessage(s, { type: 'ENQUIRY', subject: 'From the second marketer', body: 'Hello' }),
  );
  viewers.admin = adminViewer(a);
  viewers.analyst = { ...adminViewer(a), role: 'ANALYST' };
  viewers.marketer = {
    companyId,
    userId: localId(a.marketer.userId),
    role: 'MARKETER',
    profileId: localId(a.marketer.id),
  };
  viewers.client = { companyId, userId: localId(a.client.userId), role: 'CLIENT', profileId: localId(a.client.id) };
  viewers["B's admin"] = adminViewer(b);
});
afterAll(async () => {
  await app?.close();
});

/** A rule, and how one row is checked against it (isVisible for the models' rules). */
type Rule = {
  model: string;
  where: (v: Viewer) => object;
  check: (s: Session, row: Record<string, unknown>) => Promise<boolean>;
};
const RULES: Record<string, Rule> = {
  ...Object.fromEntries(
    Object.entries(VISIBLE).map(([model, where]) => [
      model,
      {
        model,
        where: where as (v: Viewer) => object,
        check: (s: Session, row: Record<string, unknown>) =>
          isVisible(s, model as keyof typeof VISIBLE, row as { id: string }),
      },
    ]),
  ),
  // Decided from the marketer's id alone (canSeeRecordsOf).
  marketerRecords: {
    model: 'Marketer',
    where: marketerRecords,
    check: async (s, row) => canSeeRecordsOf(s.viewer, String(row.id)),
  },
};

const delegate = (s: Session, model: string) =>
  (s.db as unknown as Record<string, { findMany(args: object): Promise<Record<string, unknown>[]> }>)[
    model[0].toLowerCase() + model.slice(1)
  ];

const sorted = (ids: Iterable<string>) => [...ids].sort();

/** The ids each form of `rule` lets `viewer` see, all read in one transaction as that viewer. */
async function forms(rule: Rule, viewer: Viewer) {
  return withSession(app.runtime, viewer, async (s) => {
    const where = rule.where(viewer);
    const prisma = (await delegate(s, rule.model).findMany({ where, select: { id: true } })).map((r) => String(r.id));
    const aliases: Aliases = aliasCounter();
    const condition = whereSql(rule.model, where as Record<string, unknown>, 't', aliases);
    const sqlRows = await s.db.$queryRaw<{ id: string }[]>(
      Prisma.sql`SELECT t."id"::text AS id FROM "${Prisma.raw(rule.model)}" t WHERE ${condition}`,
    );
    // Every row of the model in the company, as loaded rows (scalars only): the predicate's input.
    const all = await delegate(s, rule.model).findMany({});
    const byPredicate: string[] = [];
    const decidedInMemory: [string, boolean][] = [];
    for (const row of all) {
      const inMemory = matchesRow(rule.model, where as Record<string, unknown>, row);
      if (inMemory !== undefined) decidedInMemory.push([String(row.id), inMemory]);
      if (await rule.check(s, row)) byPredicate.push(String(row.id));
    }
    return {
      prisma: sorted(prisma),
      sql: sorted(sqlRows.map((r) => r.id)),
      predicate: sorted(byPredicate),
      decidedInMemory,
      total: all.length,
    };
  });
}

describe('each visibility rule, in its three forms', () => {
  for (const [name, rule] of Object.entries(RULES)) {
    it(`${name}: the Prisma filter, the SQL and the row check agree for every viewer`, async () => {
      const seenBy: Record<string, number> = {};
      for (const [who, viewer] of Object.entries(viewers)) {
        const { prisma, sql, predicate, decidedInMemory, total } = await forms(rule, viewer);
        expect(sql, `${name} as ${who}: SQL`).toEqual(prisma);
        expect(predicate, `${name} as ${who}: row check`).toEqual(prisma);
        // Rows decided in memory were decided as the database decides them.
        for (const [id, inMemory] of decidedInMemory)
          expect(inMemory, `${name} as ${who}: ${id}`).toBe(prisma.includes(id));
        expect(total, `${name}: the data has rows`).toBeGreaterThan(0);
        seenBy[who] = prisma.length;
      }
      // Staff see everything the company has; another company's admin sees none of A's rows.
      const counts = Object.values(seenBy);
      expect(seenBy.admin, `${name}: the admin sees the most`).toBe(Math.max(...counts));
      expect(
        Object.entries(seenBy).some(([who, n]) => who !== "B's admin" && n < seenBy.admin),
        `${name} tells roles apart`,
      ).toBe(true);
    });
  }

  it("B's admin, reading through A's viewers' rules, is held to B by the tenant scope", async () => {
    for (const rule of Object.values(RULES)) {
      const { prisma } = await forms(rule, viewers["B's admin"]);
      const { prisma: ofA } = await forms(rule, viewers.admin);
      expect(prisma.filter((id) => ofA.includes(id))).toEqual([]);
    }
  });
});
