// On a Citus cluster (npm run test:citus): where statements run, how parallel registrations
// number, that companies do not wait on each other, isolation on a worker's own shard, and a
// company isolated to a shard of its own and moved to the other worker while it is being served.
import { type ExecutionResult, type OperationDefinitionNode, parse } from 'graphql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatUid } from '../../src/modules/sequences/allocator.ts';
import { Prisma } from '../../src/generated/prisma/client.ts';
import { companyToday } from '../../src/modules/companies/service.ts';
import { planRoots } from '../../src/planner/roots.ts';
import { SHAPES } from '../../tools/bench/shapes.ts';
import { withSession } from '../../src/runtime/session.ts';
import { runAudit } from '../../tools/audit/index.ts';
import { codes, createTestApp, type TestApp } from '../support/app.ts';
import { addLedger, adminViewer, createCompany, type CompanyFixture, type LedgerFixture } from '../support/fixtures.ts';
import { localId } from '../support/ids.ts';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;
let ledger: LedgerFixture;
beforeAll(async () => {
  // The read planner on, as deployed: every planned statement names the company on each tenant row.
  app = await createTestApp();
  a = await createCompany(app, 'Lamba Property Limited');
  b = await createCompany(app, 'Test Company');
  ledger = await addLedger(app, a);
});
afterAll(async () => {
  await app?.close();
});

const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { uid seq } } }`;
const PAY = `mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { payment { receiptNumber } } }`;
const CLIENTS = `{ clients(first: 20) { totalCount edges { node { uid fullName email } } } }`;
let n = 0;
const register = (c: CompanyFixture, name = 'Parallel') =>
  app.raw(
    REGISTER,
    { input: { email: `p${n++}-${Date.now()}@citus.example`, fullName: `${name} ${n}` } },
    c.admin.token,
  );

/** EXPLAIN of `sql` as the app role in `company`'s transaction, as text. */
async function explain(company: string, sql: string, params: unknown[]): Promise<string> {
  const client = new pg.Client({ connectionString: app.appUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL app.company_id = '${company}'`);
    const { rows } = await client.query(`EXPLAIN (COSTS OFF) ${sql}`, params);
    await client.query('ROLLBACK');
    return rows.map((r) => r['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

const coordinatorPort = () => new URL(inject('citusUrl')).port;
const oneWorkerTask = (plan: string) => {
  expect(plan).toMatch(/Task Count: 1\n/);
  const node = plan.match(/Node: host=\S+ port=(\d+)/);
  expect(node?.[1]).toBeDefined();
  expect(node![1]).not.toBe(coordinatorPort());
};

describe('where statements run', () => {
  it('the allocator is one call, run whole on the worker holding the company', async () => {
    const plan = await explain(
      localId(a.id),
      `SELECT app_insert_numbered($1::uuid, 'CLT', 'Client', 'uid', 3, $2::jsonb) AS row`,
      [
        localId(a.id),
        JSON.stringify({ userId: localId(a.admin.userId), fullName: 'x', phone: null, marketerId: null }),
      ],
    );
    console.log(`EXPLAIN of the allocator:\n${plan}`);
    oneWorkerTask(plan);
    // The worker runs the call itself: SELECT app_insert_numbered(...) is all the task is.
    expect(plan).toMatch(/Task\n\s+Node: [^\n]+\n\s+-> {2}Result$/);
  });

  it("a typical read (a page of the company's clients with their emails) is one task on one worker", async () => {
    const plan = await explain(
      localId(a.id),
      `SELECT c."uid", c."fullName", u."email" FROM "Client" c
       JOIN "User" u ON u."companyId" = c."companyId" AND u."id" = c."userId"
       WHERE c."companyId" = $1 AND c."status" = 'ACTIVE' ORDER BY c."createdAt" DESC, c."id" DESC LIMIT 20`,
      [localId(a.id)],
    );
    console.log(`EXPLAIN of a page of clients:\n${plan}`);
    oneWorkerTask(plan);
  });

  it('a registration and a payment (each with its outbox event) commit on the company’s worker in one phase', async () => {
    // Citus records each two-phase commit in pg_dist_transaction until its recovery clears it.
    const twoPhase = async () =>
      Number((await app.owner.query('SELECT count(*) FROM pg_dist_transaction')).rows[0].count);
    await app.owner.query('SELECT recover_prepared_transactions()');
    const before = await twoPhase();
    expect(codes(await register(a, 'One phase'))).toEqual([]);
    const paid = await app.raw(
      PAY,
      { input: { saleId: ledger.saleId, amountMinor: '1', currency: 'NGN', method: 'CASH' } },
      a.admin.token,
    );
    expect(codes(paid)).toEqual([]);
    expect(await twoPhase()).toBe(before);
  });
});

// The bench's read shapes (what web and mobile clients read), and the computed fields' SQL twins.
const PLANNED = [
  ...SHAPES.map((shape) => shape.api),
  `{ clients(first: 20) { totalCount edges { node { uid email sales(first: 3) { edges { node { status overdueMinor
      schedule { dueDate state } payments(first: 5) { edges { node { signedAmountMinor } } } } } } } } } }`,
  `{ sales(first: 50, filter: { status: [OPEN, OVERDUE] }) { edges { node { number balanceMinor client { uid } } } } }`,
  `{ estates(first: 10) { edges { node { availability { available sold total } } } } }`,
  `{ messageThreads(first: 30) { edges { node { body authorName unreadCount viewerCanReply } } } company { name prefixLocked } }`,
];

describe('planned reads on the cluster', () => {
  it('plans each root field of the shapes clients read, and Citus runs each statement as one task on one worker', async () => {
    const schema = app.yoga.getEnveloped().schema;
    await withSession(app.runtime, adminViewer(a), async (session) => {
      await companyToday(session); // as src/http/company-today.ts reads it before a filtered sales list
      for (const query of PLANNED) {
        const document = parse(query);
        const operation = document.definitions[0] as OperationDefinitionNode;
        for (const plan of planRoots(schema, document, operation, {}, session)) {
          expect(plan.statement, `${plan.key}: ${plan.reason}`).not.toBeNull();
          const rows = await session.db.$queryRaw<{ 'QUERY PLAN': string }[]>(
            Prisma.sql`EXPLAIN (COSTS OFF) ${plan.statement!}`,
          );
          const text = rows.map((r) => r['QUERY PLAN']).join('\n');
          if (plan.key === 'clients') console.log(`EXPLAIN of a planned client book:\n${text}`);
          oneWorkerTask(text);
        }
      }
    });
  });
});

describe('numbering on the cluster', () => {
  it('gives 50 parallel registerClient in one company 50 contiguous UIDs', async () => {
    const last = async () =>
      (
        await app.owner.query(`SELECT "lastValue" FROM "CompanySequence" WHERE "companyId" = $1 AND "key" = 'CLT'`, [
          localId(a.id),
        ])
      ).rows[0].lastValue as number;
    const start = await last();
    const results = await Promise.all(Array.from({ length: 50 }, () => register(a)));
    expect(results.flatMap(codes)).toEqual([]);
    const seqs = results.map((r) => r.data.registerClient.client.seq as number).sort((x, y) => x - y);
    expect(seqs).toEqual(Array.from({ length: 50 }, (_, i) => start + 1 + i));
    for (const r of results) {
      const { uid, seq } = r.data.registerClient.client;
      expect(uid).toBe(formatUid(a.prefix, 'CLT', seq));
    }
    expect(await last()).toBe(start + 50);
  });

  it("does not make one company's registration wait for another's counter", async () => {
    // A's counter row is held (an open transaction has just moved it on): A's registration waits
    // for it, B's goes through meanwhile.
    const holder = new pg.Client({ connectionString: app.ownerUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(
        `UPDATE "CompanySequence" SET "lastValue" = "lastValue" WHERE "companyId" = $1 AND "key" = 'CLT'`,
        [localId(a.id)],
      );
      let aDone = false;
      const waiting = register(a, 'Waiting').then((r) => {
        aDone = true;
        return r;
      });
      const started = Date.now();
      const other = await register(b, 'Through');
      expect(codes(other)).toEqual([]);
      expect(Date.now() - started).toBeLessThan(5000);
      expect(aDone).toBe(false);
      await holder.query('ROLLBACK');
      expect(codes(await waiting)).toEqual([]);
    } finally {
      await holder.end();
    }
  });
});

describe("row-level security on a worker's own shard", () => {
  it('shows the app role its own company, nothing of another, and nothing without a company', async () => {
    const { rows } = await app.owner.query(
      `SELECT s.shardid, n.nodename, n.nodeport, shard_name('"Client"'::regclass, s.shardid) AS shard
       FROM pg_dist_shard s JOIN pg_dist_placement p USING (shardid) JOIN pg_dist_node n ON n.groupid = p.groupid
       WHERE s.shardid = get_shard_id_for_distribution_column('"Client"', $1::uuid)`,
      [localId(a.id)],
    );
    const [{ nodename, nodeport, shard }] = rows;
    const url = new URL(app.appUrl);
    url.hostname = nodename;
    url.port = String(nodeport);
    const worker = new pg.Client({ connectionString: url.toString() });
    await worker.connect();
    try {
      const count = async (company: string) => {
        await worker.query('BEGIN');
        await worker.query(`SET LOCAL app.company_id = '${company}'`);
        const { rows } = await worker.query(`SELECT count(*)::int AS n FROM ${shard} WHERE "companyId" = $1`, [
          localId(a.id),
        ]);
        await worker.query('ROLLBACK');
        return rows[0].n as number;
      };
      const own = await count(localId(a.id));
      const other = await count(localId(b.id));
      const none = await count('');
      console.log(
        `On ${nodename}:${nodeport}, shard ${shard} as estate_app: own company ${own} rows, other company ${other}, no company ${none}`,
      );
      expect(own).toBeGreaterThan(0);
      expect(other).toBe(0);
      expect(none).toBe(0);
    } finally {
      await worker.end();
    }
  });
});

describe('a company isolated to a shard of its own and moved while it is served', () => {
  it('loses no operation, leaves no gap in UIDs or receipts, and the audit passes', async () => {
    const company = localId(a.id);
    const placement = async () =>
      (
        await app.owner.query(
          `SELECT s.shardid::text AS shard, n.nodename AS host, n.nodeport AS port,
                  (SELECT count(*)::int FROM pg_dist_shard x WHERE x.logicalrelid = s.logicalrelid) AS shards
           FROM pg_dist_shard s JOIN pg_dist_placement p USING (shardid) JOIN pg_dist_node n ON n.groupid = p.groupid
           WHERE s.shardid = get_shard_id_for_distribution_column('"Client"', $1::uuid)`,
          [company],
        )
      ).rows[0];
    const before = await placement();
    const counts = { registrations: 0, payments: 0, reads: 0, retried: 0, failed: 0 };
    const failures: string[] = [];
    let moving = true;
    // As a client should: an operation answered SERVICE_UNAVAILABLE (rolled back whole) is sent again.
    const track = async (kind: 'registrations' | 'payments' | 'reads', run: () => Promise<ExecutionResult<any>>) => {
      for (;;) {
        const result = await run().catch((error: Error) => ({ errors: [{ message: error.message }] }) as never);
        if (codes(result).every((c) => c === 'SERVICE_UNAVAILABLE') && result.errors?.length) {
          counts.retried++;
          await new Promise((resolve) => setTimeout(resolve, 200));
          continue;
        }
        if (result.errors?.length) {
          counts.failed++;
          failures.push(`${kind}: ${JSON.stringify(result.errors).slice(0, 200)}`);
        } else counts[kind]++;
        return;
      }
    };
    // Three clients of the API working on A meanwhile: registering, paying into its sale, reading.
    const loop = async (step: () => Promise<void>) => {
      while (moving) await step();
    };
    const load = Promise.all([
      loop(() => track('registrations', () => register(a, 'During move'))),
      loop(() =>
        track('payments', () =>
          app.raw(
            PAY,
            {
              input: {
                saleId: ledger.saleId,
                amountMinor: '1000',
                currency: 'NGN',
                method: 'CASH',
                date: '2026-01-20',
              },
            },
            a.admin.token,
          ),
        ),
      ),
      loop(() => track('reads', () => app.raw(CLIENTS, {}, a.admin.token))),
    ]);
    // As an operator should: a step that Citus cancels to break a deadlock with a write in flight
    // (the step was the younger transaction) is rolled back whole, and is run again.
    const reruns = { isolate: 0, move: 0 };
    const operatorStep = async (name: keyof typeof reruns, sql: string, params: unknown[]) => {
      for (;;) {
        try {
          return await app.owner.query(sql, params);
        } catch (error) {
          if (!/distributed deadlock/.test((error as Error).message) || reruns[name] >= 5) throw error;
          reruns[name]++;
        }
      }
    };
    const started = Date.now();
    let isolated: string;
    let moved: { host: string; port: number };
    try {
      const { rows } = await operatorStep(
        'isolate',
        // block_writes: a split through logical replication cannot apply concurrent writes into
        // tables with forced row-level security (nor is it safe under concurrent updates,
        // citusdata/citus#6790); the company's writes wait for the split instead.
        `SELECT isolate_tenant_to_new_shard('"Client"', $1::uuid, cascade_option => 'CASCADE', shard_transfer_mode => 'block_writes')::text AS shard`,
        [company],
      );
      isolated = rows[0].shard;
      const isolatedAt = Date.now() - started;
      const at = await placement();
      const target = (
        await app.owner.query(
          `SELECT nodename AS host, nodeport AS port FROM pg_dist_node WHERE groupid <> 0 AND isactive AND noderole = 'primary'
             AND NOT (nodename = $1 AND nodeport = $2) ORDER BY 1, 2 LIMIT 1`,
          [at.host, at.port],
        )
      ).rows[0];
      await operatorStep(
        'move',
        // block_writes too: logical replication cannot apply into a table whose row-level security
        // is forced (PostgreSQL refuses Citus' subscription role), so the copy blocks writes.
        `SELECT citus_move_shard_placement($1::bigint, $2, $3, $4, $5, shard_transfer_mode => 'block_writes')`,
        [isolated, at.host, at.port, target.host, target.port],
      );
      moved = target;
      console.log(
        `isolate_tenant_to_new_shard: ${isolatedAt} ms (shard ${before.shard} -> ${isolated}); citus_move_shard_placement ${at.host}:${at.port} -> ${target.host}:${target.port}: ${Date.now() - started - isolatedAt} ms`,
      );
    } finally {
      // A little more load on the moved shard, then stop.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      moving = false;
      await load;
    }
    console.log(
      `During the isolate and move (run again after a deadlock: ${JSON.stringify(reruns)}): ${JSON.stringify(counts)}${failures.length ? `; ${failures.slice(0, 3).join('; ')}` : ''}`,
    );
    const after = await placement();
    expect(after.shard).toBe(isolated!);
    expect(`${after.host}:${after.port}`).toBe(`${moved!.host}:${moved!.port}`);
    expect(counts.failed).toBe(0);
    expect(counts.registrations).toBeGreaterThan(0);
    expect(counts.payments).toBeGreaterThan(0);
    expect(counts.reads).toBeGreaterThan(0);
    // Numbers run 1..N: no gap, no repeat.
    for (const [table, column, key] of [
      ['Client', 'seq', 'CLT'],
      ['Payment', 'seq', 'RCP'],
    ]) {
      const { rows } = await app.owner.query(
        `SELECT count(*)::int AS n, count(DISTINCT ${column})::int AS d, max(${column}) AS top,
                (SELECT "lastValue" FROM "CompanySequence" WHERE "companyId" = $1 AND "key" = $2) AS last
         FROM "${table}" WHERE "companyId" = $1`,
        [company, key],
      );
      expect(rows[0]).toEqual({ n: rows[0].top, d: rows[0].top, top: rows[0].last, last: rows[0].last });
    }
    const report = await runAudit(app.ownerUrl);
    const failed = report.checks.filter((c) => !c.ok);
    expect(failed.map((c) => `${c.name}: ${c.summary} ${JSON.stringify(c.findings.slice(0, 2))}`)).toEqual([]);
    expect(report.ok).toBe(true);
  }, 240_000);
});
