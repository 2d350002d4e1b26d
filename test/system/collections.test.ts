// Collections with real processes: two API replicas on one database working the job queue, one of
// them killed with SIGKILL during a burst of payments, and an API whose PostgreSQL is killed with
// SIGKILL mid-burst. Afterwards every committed payment has exactly one payment.recorded event
// (none for a rolled-back one), every event reaches the webhook receiver, signed, and the
// reminders due during the kill went out exactly once per instalment × offset × channel (e-mail
// to a real SMTP server). Notifications reach subscribers on the other replica (SSE and WebSocket).
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reachableDataDir } from '../../src/db/embedded.ts';
import { quoteIdent } from '../../src/db/tables.ts';
import { expectWithin } from '../support/app.ts';
import { post, startApi, type ApiProcess } from '../support/processes.ts';
import { startReceiver } from '../support/receiver.ts';
import { startSmtp } from '../support/smtp.ts';
import { sseSubscriber, wsSubscriber } from '../support/streams.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function gql(url: string, query: string, variables: Record<string, unknown>, token?: string) {
  const { body } = await post(url, query, variables, token);
  if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** A company with a client and `sales` sales (FULL plan, large price) to pay into; the admin token and sale ids. */
async function companyWithSales(url: string, sales: number, instalments = 1) {
  const tag = randomBytes(3).toString('hex');
  const created = await gql(
    url,
    'mutation($i: CreateCompanyInput!) { createCompany(input: $i) { token company { slug } } }',
    {
      i: {
        name: `Collections ${tag}`,
        prefix: Array.from(randomBytes(5), (b) => String.fromCharCode(65 + (b % 26))).join(''),
        admin: { email: `admin-${tag}@example.com`, fullName: 'Admin', password: 'correct horse battery' },
      },
    },
  );
  const token = created.createCompany.token as string;
  const client = await gql(
    url,
    'mutation($i: RegisterClientInput!) { registerClient(input: $i) { client { id } } }',
    { i: { email: `client-${tag}@example.com`, fullName: 'A Client', password: 'correct horse battery' } },
    token,
  );
  const estate = await gql(
    url,
    'mutation { createEstate(input: { name: "E", location: "L" }) { estate { id } } }',
    {},
    token,
  );
  const size = await gql(
    url,
    'mutation($i: AddPlotSizeInput!) { addPlotSize(input: $i) { plotSize { id } } }',
    {
      i: { estateId: estate.createEstate.estate.id, label: 'S', areaSqm: 1, priceMinor: '100000000', currency: 'NGN' },
    },
    token,
  );
  const plots = await gql(
    url,
    'mutation($i: AddPlotsInput!) { addPlots(input: $i) { plots { id } } }',
    { i: { plotSizeId: size.addPlotSize.plotSize.id, numbers: Array.from({ length: sales }, (_, i) => `P${i}`) } },
    token,
  );
  const due = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  const saleIds: string[] = [];
  for (const plot of plots.addPlots.plots) {
    const plan =
      instalments === 1
        ? { plan: 'FULL' }
        : {
            plan: 'CUSTOM',
            instalments: Array.from({ length: instalments }, (_, i) => ({
              dueDate: due(30 * (i + 1)),
              percentBp: i
                ? Math.floor(10000 / instalments)
                : 10000 - (instalments - 1) * Math.floor(10000 / instalments),
            })),
          };
    const sale = await gql(
      url,
      'mutation($i: CreateSaleInput!) { createSale(input: $i) { sale { id } } }',
      { i: { plotId: plot.id, clientId: client.registerClient.client.id, plan } },
      token,
    );
    saleIds.push(sale.createSale.sale.id);
  }
  const login = await gql(url, 'mutation($i: LoginInput!) { login(input: $i) { token } }', {
    i: {
      company: created.createCompany.company.slug,
      email: `client-${tag}@example.com`,
      password: 'correct horse battery',
    },
  });
  return { token, clientToken: login.login.token as string, saleIds, clientEmail: `client-${tag}@example.com` };
}

const PAY = 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { payment { id } } }';

/** `count` payments of 1 NGN minor unit spread over the sales, `concurrency` at a time, to whichever URL `target` picks. */
async function burst(
  target: (n: number) => string,
  token: string,
  saleIds: string[],
  count: number,
  onSent: (n: number) => void,
) {
  let next = 0;
  const outcomes: string[] = [];
  const worker = async () => {
    for (let n = next++; n < count; n = next++) {
      onSent(n);
      try {
        const { status, body } = await post(
          target(n),
          PAY,
          {
            i: { saleId: saleIds[n % saleIds.length], amountMinor: '1', currency: 'NGN', method: 'CASH' },
          },
          token,
        );
        outcomes.push(body.data?.recordPayment ? 'ok' : `${status} ${body.errors?.[0]?.extensions?.code}`);
      } catch {
        outcomes.push('connection failed');
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  return outcomes;
}

/** Payments without exactly one payment.recorded event, and such events without their payment. */
async function eventProblems(owner: pg.Client) {
  const { rows } = await owner.query(`
    SELECT
      (SELECT count(*) FROM "Payment" p WHERE p.kind = 'PAYMENT' AND
         (SELECT count(*) FROM "Event" e WHERE e."companyId" = p."companyId" AND e.type = 'payment.recorded' AND e."subjectId" = p.id) <> 1)::int AS "paymentsWithout",
      (SELECT count(*) FROM "Event" e WHERE e.type = 'payment.recorded' AND NOT EXISTS
         (SELECT 1 FROM "Payment" p WHERE p."companyId" = e."companyId" AND p.id = e."subjectId"))::int AS "eventsWithout",
      (SELECT count(*) FROM "Payment" WHERE kind = 'PAYMENT')::int AS payments`);
  return rows[0] as { paymentsWithout: number; eventsWithout: number; payments: number };
}

describe('two replicas, one killed with SIGKILL', () => {
  let ownerUrl: string;
  let admin: pg.Client;
  let owner: pg.Client;
  let first: ApiProcess;
  let second: ApiProcess;
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  let env: Record<string, string>;

  beforeAll(async () => {
    const server = new URL(inject('templateUrl'));
    const name = `collections_${randomBytes(4).toString('hex')}`;
    server.pathname = '/postgres';
    admin = new pg.Client({ connectionString: server.toString() });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
    server.pathname = `/${name}`;
    ownerUrl = server.toString();
    smtp = await startSmtp();
    env = {
      DATABASE_URL: ownerUrl,
      SEED_DEMO: 'false',
      SMTP_URL: smtp.url,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_DELAYS: '0.2,0.5,1',
      JOBS_SWEEP_SECONDS: '1',
    };
    [first, second] = await Promise.all([startApi(env), startApi(env)]);
    owner = new pg.Client({ connectionString: ownerUrl });
    await owner.connect();
  });
  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    await owner?.end();
    await smtp?.close();
    await admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(new URL(ownerUrl).pathname.slice(1))} WITH (FORCE)`);
    await admin.end();
  });

  it('loses and duplicates no event when a replica is killed during a payment burst, and delivers them all', {
    timeout: 240_000,
  }, async () => {
    const company = await companyWithSales(first.url, 10);
    let secret = '';
    // The receiver fails one delivery in five, so retries happen across the kill too.
    const receiver = await startReceiver(
      () => secret,
      (n) => (n % 5 === 4 ? 503 : 200),
    );
    const endpoint = await gql(
      first.url,
      'mutation($i: RegisterWebhookEndpointInput!) { registerWebhookEndpoint(input: $i) { secret } }',
      { i: { url: receiver.url, events: ['PAYMENT_RECORDED'] } },
      company.token,
    );
    secret = endpoint.registerWebhookEndpoint.secret;
    let killed = false;
    const outcomes = await burst(
      (n) => (n % 2 && !killed ? first.url : second.url),
      company.token,
      company.saleIds,
      300,
      (n) => {
        if (n === 120 && !killed) {
          killed = true;
          first.child.kill('SIGKILL');
        }
      },
    );
    await first.stop();
    first = await startApi(env);
    const problems = await eventProblems(owner);
    console.log(
      `burst: ${outcomes.filter((o) => o === 'ok').length} ok of ${outcomes.length}; ${JSON.stringify(problems)}`,
    );
    expect(problems.paymentsWithout).toBe(0);
    expect(problems.eventsWithout).toBe(0);
    expect(problems.payments).toBeGreaterThanOrEqual(outcomes.filter((o) => o === 'ok').length);
    // Every event reaches the receiver, signed; at-least-once, so count distinct event ids.
    await expectWithin(60_000, async () =>
      expect(new Set(receiver.accepted().map((r) => r.id)).size).toBe(problems.payments),
    );
    expect(receiver.received.every((r) => r.signed)).toBe(true);
    const resent = receiver.accepted().length - problems.payments;
    console.log(`webhook deliveries: ${receiver.received.length} requests, ${resent} accepted twice`);
    await receiver.close();
  });

  it('sends each due reminder once across both replicas and a SIGKILL (an e-mail in flight at the kill may go twice)', {
    timeout: 240_000,
  }, async () => {
    const company = await companyWithSales(second.url, 4, 3);
    // Every reminder of these sales (4 sales × 3 instalments × 4 offsets × 3 channels) falls due
    // over the next 4 seconds, while one replica is killed and restarted.
    const planned = await owner.query(
      `UPDATE "Reminder" SET "scheduledFor" = now() + random() * interval '4 seconds'
       WHERE "saleId" IN (SELECT id FROM "Sale" WHERE "companyId" = (SELECT "companyId" FROM "Sale" WHERE id = $1)) RETURNING id`,
      [Buffer.from(company.saleIds[0], 'base64').toString().split(':')[1]],
    );
    expect(planned.rowCount).toBe(4 * 3 * 4 * 3);
    await new Promise((r) => setTimeout(r, 1500));
    first.child.kill('SIGKILL');
    await first.stop();
    first = await startApi(env);
    const ids = planned.rows.map((r) => r.id);
    await expectWithin(150_000, async () => {
      const { rows } = await owner.query(
        `SELECT count(*)::int AS n FROM "Reminder" WHERE id = ANY($1) AND status = 'SENT'`,
        [ids],
      );
      expect(rows[0].n).toBe(ids.length);
    });
    // Every e-mail reminder went out. The one window for a second copy is a replica killed between
    // the mail server's acceptance and its commit; reminders of a company go one at a time, so the
    // killed replica had at most one in flight, and a copy carries its reminder's Message-ID.
    const mails = smtp.mails.filter((m) => m.to.includes(company.clientEmail));
    const messageIds = new Set(mails.map((m) => m.messageId));
    expect(messageIds.size).toBe(4 * 3 * 4);
    expect(mails.length - messageIds.size).toBeLessThanOrEqual(1);
    const counts = await owner.query(
      `SELECT
         (SELECT count(*) FROM "Notification" n WHERE n.kind = 'REMINDER' AND n."saleId" IN (SELECT "saleId" FROM "Reminder" WHERE id = ANY($1)))::int AS inbox,
         (SELECT count(*) FROM "Event" e WHERE e.type IN ('instalment.due', 'instalment.overdue') AND e."saleId" IN (SELECT "saleId" FROM "Reminder" WHERE id = ANY($1)))::int AS events,
         (SELECT max(extract(epoch FROM "sentAt" - "scheduledFor")) FROM "Reminder" WHERE id = ANY($1))::float AS "maxLagSeconds"`,
      [ids],
    );
    console.log(`reminders: ${JSON.stringify(counts.rows[0])}`);
    expect(counts.rows[0].inbox).toBe(4 * 3 * 4);
    expect(counts.rows[0].events).toBe(4 * 3 * 4);
    expect(counts.rows[0].maxLagSeconds).toBeLessThan(300);
  });

  it('brings a notification written through one replica to subscribers on the other, over SSE and WebSocket', {
    timeout: 120_000,
  }, async () => {
    const company = await companyWithSales(first.url, 1);
    const query = 'subscription { notificationAdded { title } }';
    const sse = sseSubscriber(second.url, company.clientToken, query);
    expect(await sse.ready).toBe(200);
    const ws = wsSubscriber(second.url, company.clientToken, query);
    await expectWithin(15_000, async () => {
      await gql(
        first.url,
        'mutation($i: SendAnnouncementInput!) { sendAnnouncement(input: $i) { announcement { id } } }',
        { i: { audience: 'ALL_CLIENTS', title: 'Across replicas', body: 'Hello' } },
        company.token,
      );
      await new Promise((r) => setTimeout(r, 1000));
      expect(sse.results.map((r) => r.data.notificationAdded.title)).toContain('Across replicas');
      expect(ws.results.map((r) => r.data?.notificationAdded.title)).toContain('Across replicas');
    });
    sse.close();
    await ws.close();
  });

  it('leaves a database the audit passes, collections checks included', { timeout: 120_000 }, async () => {
    const { stdout } = await run('npx', ['tsx', 'tools/audit/cli.ts'], {
      env: { ...process.env, DATABASE_URL: ownerUrl },
      cwd: root,
    }).catch((error) => error);
    expect(stdout).toContain('payment-events');
    if (!stdout.trimEnd().endsWith('ALL CHECKS PASSED')) console.log(stdout);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('ALL CHECKS PASSED');
  });
});

describe('PostgreSQL killed with SIGKILL during a payment burst', () => {
  it('commits no payment without its event and no event without its payment', { timeout: 300_000 }, async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-collections-'));
    fs.chmodSync(dataDir, 0o755);
    const env = {
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(await freePort()),
      SEED_DEMO: 'false',
      JOBS_SWEEP_SECONDS: '1',
    };
    let api = await startApi(env);
    try {
      const company = await companyWithSales(api.url, 10);
      const postmaster = () =>
        Number(
          fs
            .readFileSync(path.join(reachableDataDir(path.join(dataDir, 'postgres')), 'postmaster.pid'), 'utf8')
            .split('\n')[0],
        );
      const outcomes = await burst(
        () => api.url,
        company.token,
        company.saleIds,
        300,
        (n) => {
          if (n === 100) process.kill(postmaster(), 'SIGKILL');
        },
      );
      if (outcomes.some((o) => o.includes('INTERNAL')))
        console.log(
          api
            .output()
            .split('\n')
            .filter((l) => /rror|ERR/.test(l))
            .slice(0, 30)
            .join('\n'),
        );
      // Wait for the restarted PostgreSQL, then count.
      await expectWithin(60_000, async () =>
        expect((await fetch(api.url.replace('/graphql', '/ready'))).status).toBe(200),
      );
      await api.stop();
      api = await startApi(env);
      const secrets = JSON.parse(fs.readFileSync(path.join(dataDir, 'secrets.json'), 'utf8')) as {
        postgresPassword: string;
      };
      const owner = new pg.Client({
        connectionString: `postgres://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${env.EMBEDDED_PG_PORT}/estate`,
      });
      await owner.connect();
      try {
        const problems = await eventProblems(owner);
        const ok = outcomes.filter((o) => o === 'ok').length;
        console.log(
          `burst through a PostgreSQL SIGKILL: ${ok} ok of ${outcomes.length} (${[...new Set(outcomes)].join(', ')}); ${JSON.stringify(problems)}`,
        );
        expect(outcomes.every((o) => o === 'ok' || o === '503 SERVICE_UNAVAILABLE' || o === 'connection failed')).toBe(
          true,
        );
        expect(problems).toMatchObject({ paymentsWithout: 0, eventsWithout: 0 });
        expect(problems.payments).toBeGreaterThanOrEqual(ok);
      } finally {
        await owner.end();
      }
    } finally {
      await api.stop('SIGTERM', true);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
