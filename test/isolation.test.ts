// Tenant isolation, layer by layer. Company B's admin, analyst, marketer and client aim every root
// field of the schema at company A's data: they get a refusal or nothing, and A is unchanged.
import { localId } from './support/ids.ts';
import { getNamedType, type GraphQLObjectType, parse, type FieldNode, type OperationDefinitionNode } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TENANT_TABLES, quoteIdent } from '../src/db/tables.ts';
import { inTenantTransaction, scopeArgs, TenantViolation } from '../src/db/tenant.ts';
import { schema, undeclaredAccess } from '../src/modules/index.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { recordPayment } from '../src/modules/payments/service.ts';
import { createSale } from '../src/modules/sales/service.ts';
import { withSession } from '../src/runtime/session.ts';
import { adminViewer, type CompanyFixture, company, PASSWORD } from './support/fixtures.ts';
import { pdfText } from './support/pdf.ts';
import { allowedCodes, collections, isolationCases } from './support/isolation-cases.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';
import { registerEndpoint } from '../src/modules/webhooks/service.ts';
import { notifyPerson, sendAnnouncement } from '../src/modules/notifications/service.ts';
import { updateCollectionSettings } from '../src/modules/reminders/service.ts';

let app: TestApp;
let a: CompanyFixture;
let b: CompanyFixture;
let analystOfA: { email: string };
let analystOfB: { token: string };

/** Amounts only A's ledger holds (a second sale and its payment), and A's totals with them. */
const A_ONLY_AMOUNTS = ['777000001', '123456789', '1277000001', '373456789'];
const A_HOOK = 'https://a-only.example.com/estate-hook';
const A_NOTE = 'Note only A may read';
const A_GATEWAY_KEY = 'sk_test_AONLY_zq81';
const A_SECRETS: string[] = [];

beforeAll(async () => {
  app = await createTestApp();
  a = await company(app, 'Lamba Property Limited').withLedger().withAnalyst();
  b = await company(app, 'Test Company').withLedger().withAnalyst();
  analystOfA = a.analyst!;
  analystOfB = b.analyst!;
  await withSession(app.runtime, adminViewer(a), async (s) => {
    const saleId = await createSale(s, {
      plotId: localId(a.plotIds[1]),
      clientId: localId(a.client.id),
      priceMinor: 777000001n,
      soldOn: new Date('2026-02-11'),
      plan: { plan: 'FULL' },
    });
    await recordPayment(s, {
      saleId,
      amountMinor: 123456789n,
      currency: 'NGN',
      method: 'POS',
      date: new Date('2026-02-12'),
    });
  });
  // A's collections: a webhook endpoint, its events, a notification, an announcement, a gateway key.
  await withSession(app.runtime, adminViewer(a), async (s) => {
    const endpoint = await registerEndpoint(s, { url: A_HOOK, events: ['sale.created', 'payment.recorded'] });
    A_SECRETS.push(endpoint.secret);
    collections.endpointId = encodeGlobalID('WebhookEndpoint', endpoint.id);
    const event = await s.db.event.findFirstOrThrow({ orderBy: { position: 'asc' } });
    collections.eventId = encodeGlobalID('Event', event.id);
    const n = await notifyPerson(s, { profileId: localId(a.client.id), kind: 'PAYMENT', title: A_NOTE, body: A_NOTE });
    collections.notificationId = encodeGlobalID('Notification', n);
    const announcement = await sendAnnouncement(s, { audience: 'ALL_CLIENTS', title: A_NOTE, body: A_NOTE });
    collections.announcementId = encodeGlobalID('Announcement', announcement);
    await updateCollectionSettings(s, { gatewaySecretKey: A_GATEWAY_KEY });
  });
});
afterAll(async () => {
  await app?.close();
});

/** Subscribes (messageAdded unless told) over server-sent events; close() returns everything received. */
async function listen(token: string, query = isolationCases['Subscription.messageAdded'].query) {
  const controller = new AbortController();
  const response = await app.yoga.fetch('http://test/graphql', {
    method: 'POST',
    signal: controller.signal,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  });
  expect(response.status).toBe(200);
  let text = '';
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  void (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
      }
    } catch {
      /* aborted */
    }
  })();
  return {
    text: () => text,
    /** Resolves once `needle` has arrived (fails the test after 5 s). */
    async waitFor(needle: string) {
      for (let waited = 0; !text.includes(needle); waited += 20) {
        if (waited > 5000) throw new Error(`"${needle}" never arrived; got ${text}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => {
      controller.abort();
      return text;
    },
  };
}

/** Everything company A holds, read as the table owner. */
async function snapshotOf(companyId: string): Promise<string> {
  const parts: unknown[] = [];
  for (const table of ['Company', ...TENANT_TABLES.map((t) => t.table)]) {
    const column = table === 'Company' ? 'id' : 'companyId';
    const { rows } = await app.owner.query(`SELECT * FROM ${quoteIdent(table)} WHERE "${column}" = $1 ORDER BY 1, 2`, [
      companyId,
    ]);
    parts.push(table, rows);
  }
  return JSON.stringify(parts);
}

/** Values of A that B must never see (unless B itself sent them). */
function secretsOf(c: CompanyFixture): string[] {
  return [
    c.id,
    localId(c.id),
    c.name,
    c.slug,
    c.admin.email,
    `Admin of ${c.name}`,
    c.admin.memberId,
    localId(c.admin.memberId),
    c.marketer.id,
    localId(c.marketer.id),
    c.marketer.uid,
    c.marketer.email,
    `Marketer of ${c.name}`,
    c.client.id,
    localId(c.client.id),
    c.client.uid,
    c.client.email,
    `Client of ${c.name}`,
    c.estate.id,
    c.estate.name,
    `Road of ${c.name}`,
    c.plotSizeId,
    ...c.plotIds,
    c.threadId,
    `Subject from ${c.name}`,
    `Body from ${c.name}`,
    c.ledger!.saleId,
    localId(c.ledger!.saleId),
    c.ledger!.saleNumber,
    c.ledger!.paymentId,
    localId(c.ledger!.paymentId),
    c.ledger!.receiptNumber,
    `TRF-${c.prefix}`,
    analystOfA.email,
    `Analyst of ${c.name}`,
    ...A_ONLY_AMOUNTS,
    A_HOOK,
    A_NOTE,
    A_GATEWAY_KEY,
    'zq81',
    ...A_SECRETS,
    collections.endpointId!,
    collections.eventId!,
    collections.notificationId!,
    collections.announcementId!,
  ].filter(Boolean);
}

/** Document and verification links in an answer (Payment.receiptUrl, ClientStatement.pdfUrl and the like). */
const documentLinks = (text: string) => text.match(/https?:\/\/[^"\s]+\/(?:documents|verify)\/[A-Za-z0-9._-]+/g) ?? [];

/** What a link gives whoever opens it: the PDF's text, or the answer as it came. */
async function opened(url: string): Promise<string> {
  const response = await app.yoga.fetch(url, { headers: { accept: 'application/json' } });
  const bytes = new Uint8Array(await response.arrayBuffer());
  return response.headers.get('content-type') === 'application/pdf' ? pdfText(bytes) : Buffer.from(bytes).toString();
}

const rootFields = () =>
  [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]
    .filter((t): t is GraphQLObjectType => !!t)
    .flatMap((t) => Object.keys(t.getFields()).map((f) => `${t.name}.${f}`));

describe('the isolation matrix', () => {
  it('has a case for every root field of the schema', () => {
    const missing = rootFields().filter((f) => !isolationCases[f]);
    expect(missing, 'root fields without an isolation case in test/support/isolation-cases.ts').toEqual([]);
    const stale = Object.keys(isolationCases).filter((f) => !rootFields().includes(f));
    expect(stale, 'cases for fields that no longer exist').toEqual([]);
  });

  it('asks for every insight in the insights case', () => {
    const insights = schema.getQueryType()!.getFields().insights.type;
    const fields = Object.keys((getNamedType(insights) as GraphQLObjectType).getFields());
    const asked = parse(isolationCases['Query.insights'].query);
    const selection = (asked.definitions[0] as OperationDefinitionNode).selectionSet.selections[0] as FieldNode;
    expect(selection.selectionSet!.selections.map((f) => (f as FieldNode).name.value).sort()).toEqual(fields.sort());
  });

  it("gives B's admin, analyst, marketer and client nothing of A, and leaves A unchanged", async () => {
    const before = await snapshotOf(localId(a.id));
    const secrets = secretsOf(a);
    const failures: string[] = [];
    for (const field of rootFields()) {
      const c = isolationCases[field];
      if (!c || c.eventStream) continue;
      const tokens = {
        admin: b.admin.token,
        analyst: analystOfB.token,
        marketer: b.marketer.token,
        client: b.client.token,
      };
      for (const [role, token] of Object.entries(tokens)) {
        const variables = c.variables(a, b);
        const sent = JSON.stringify(variables);
        const result = await app.raw(c.query, variables, token);
        const text = JSON.stringify(result);
        const leaked = secrets.filter((s) => text.includes(s) && !sent.includes(s));
        if (leaked.length) failures.push(`${field} as B ${role} revealed ${leaked.join(', ')}: ${text}`);
        // Any document link B was given must open on nothing of A's either.
        for (const link of documentLinks(text)) {
          const document = await opened(link);
          const inside = secrets.filter((s) => document.includes(s) && !sent.includes(s));
          if (inside.length) failures.push(`${field} as B ${role}: a link gave ${inside.join(', ')}`);
        }
        const codes = (result.errors ?? []).map((e) => String(e.extensions?.code));
        const unexpected = codes.filter((code) => !allowedCodes(c).includes(code as never));
        if (unexpected.length)
          failures.push(`${field} as B ${role}: unexpected error codes ${unexpected.join(', ')}: ${text}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await snapshotOf(localId(a.id))).toBe(before);
  });

  it("streams B's subscribers nothing of A's events, and B's own events still arrive", async () => {
    const send = (token: string, body: string) =>
      app.raw(
        'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }',
        { i: { type: 'GENERAL', subject: 'Marker', body } },
        token,
      );
    const streams = {
      admin: await listen(b.admin.token),
      marketer: await listen(b.marketer.token),
      client: await listen(b.client.token),
    };
    const staffOfA = await listen(a.admin.token);
    // Markers prove each of B's subscriptions is live before A's events, and that A's events
    // (published before the end markers, in order) would have arrived by the end.
    await send(b.client.token, 'B start client');
    await send(b.marketer.token, 'B start marketer');
    await Promise.all([
      streams.admin.waitFor('B start marketer'),
      streams.client.waitFor('B start client'),
      streams.marketer.waitFor('B start marketer'),
    ]);

    await app.raw(
      'mutation($i: SendMessageInput!) { sendMessage(input: $i) { message { id } } }',
      { i: { type: 'COMPLAINT', subject: `Subject from ${a.name}`, body: `Body from ${a.name}` } },
      a.client.token,
    );
    await app.raw(
      'mutation($i: ReplyToMessageInput!) { replyToMessage(input: $i) { message { id } } }',
      { i: { messageId: a.threadId, body: `Body from ${a.name}, staff` } },
      a.admin.token,
    );
    await staffOfA.waitFor(`Body from ${a.name}, staff`);

    await send(b.client.token, 'B end client');
    await send(b.marketer.token, 'B end marketer');
    await Promise.all([
      streams.admin.waitFor('B end marketer'),
      streams.client.waitFor('B end client'),
      streams.marketer.waitFor('B end marketer'),
    ]);
    const secrets = secretsOf(a);
    for (const [role, stream] of Object.entries(streams)) {
      const text = stream.close();
      expect(
        secrets.filter((x) => text.includes(x)),
        `B ${role} received A's data`,
      ).toEqual([]);
    }
    // A marketer sees only their own threads, even within B.
    expect(streams.marketer.text()).not.toContain('B start client');
    expect(staffOfA.close()).not.toContain('B start');
  });

  it("streams B's subscribers none of A's notifications, and B's own still arrive", async () => {
    const query = isolationCases['Subscription.notificationAdded'].query;
    const people = { admin: localId(b.admin.memberId), marketer: localId(b.marketer.id), client: localId(b.client.id) };
    const streams = {
      admin: await listen(b.admin.token, query),
      analyst: await listen(analystOfB.token, query),
      marketer: await listen(b.marketer.token, query),
      client: await listen(b.client.token, query),
    };
    const aClient = await listen(a.client.token, query);
    const note = (c: CompanyFixture, profileId: string, title: string) =>
      withSession(app.runtime, adminViewer(c), (s) =>
        notifyPerson(s, { profileId, kind: 'PAYMENT', title, body: title }),
      );
    // B's own arrive (markers written until each stream is live), A's never.
    for (const [role, stream] of Object.entries(streams)) {
      if (role === 'analyst') continue;
      for (let waited = 0; !stream.text().includes(`B start ${role}`); waited += 200) {
        if (waited > 5000) throw new Error(`B ${role} never received its own notification`);
        await note(b, people[role as keyof typeof people], `B start ${role}`);
        await new Promise((r) => setTimeout(r, 200));
      }
    }
    for (const profileId of [localId(a.client.id), localId(a.marketer.id), localId(a.admin.memberId)])
      await note(a, profileId, A_NOTE);
    await withSession(app.runtime, adminViewer(a), (s) =>
      sendAnnouncement(s, { audience: 'ALL_CLIENTS', title: A_NOTE, body: A_NOTE }),
    );
    await aClient.waitFor(A_NOTE);
    await note(b, people.client, 'B end client');
    await streams.client.waitFor('B end client');
    const secrets = secretsOf(a);
    for (const [role, stream] of Object.entries(streams)) {
      const text = stream.close();
      expect(
        secrets.filter((x) => text.includes(x)),
        `B ${role} received A's data`,
      ).toEqual([]);
    }
    // Each person receives only their own, even within B.
    expect(streams.marketer.text()).not.toContain('B start client');
    aClient.close();
  });

  it('still lets A use its own data (the matrix is not passing because nothing works)', async () => {
    const own = await app.raw(isolationCases['Query.client'].query, { uid: a.client.uid }, a.admin.token);
    expect(own.data?.client?.uid).toBe(a.client.uid);
    const node = await app.raw(isolationCases['Query.node'].query, { id: a.client.id }, a.marketer.token);
    expect(node.data?.node?.uid).toBe(a.client.uid);
    const sale = await app.raw(isolationCases['Query.sale'].query, { n: a.ledger!.saleNumber }, a.client.token);
    expect(sale.data?.sale?.payments.edges[0].node.receiptNumber).toBe(a.ledger!.receiptNumber);
    // A's own document links open on A's records: the link check of the matrix would see a leak.
    const statement = await app.raw(isolationCases['Query.clientStatement'].query, { id: a.client.id }, a.admin.token);
    const links = documentLinks(JSON.stringify(statement));
    expect(links.length).toBeGreaterThan(1);
    for (const link of links) expect(await opened(link)).toContain(a.name);
    // A's own insights hold totals B must never see (A's sales and payments, with A's second sale).
    const insights = JSON.stringify(
      await app.raw(
        isolationCases['Query.insights'].query,
        isolationCases['Query.insights'].variables(a, b),
        a.admin.token,
      ),
    );
    expect(insights).toContain('"amountMinor":"1277000001"');
    expect(insights).toContain('"amountMinor":"373456789"');
  });
});

describe('layer 4: authorization is declared on every entry point (default deny)', () => {
  it('the schema has no root field or node type without authScopes', () => {
    expect(undeclaredAccess(schema)).toEqual([]);
  });

  it('a field without authScopes is found, so the schema would refuse to build', async () => {
    const { default: SchemaBuilder } = await import('@pothos/core');
    const { default: ScopeAuthPlugin } = await import('@pothos/plugin-scope-auth');
    const b2 = new SchemaBuilder<{ AuthScopes: { public: boolean } }>({
      plugins: [ScopeAuthPlugin],
      scopeAuth: { authScopes: () => ({ public: true }) },
    } as never);
    b2.queryType({
      fields: (t) => ({
        open: t.string({ authScopes: { public: true }, resolve: () => 'x' }),
        forgotten: t.string({ resolve: () => 'x' }),
      }),
    });
    expect(undeclaredAccess(b2.toSchema())).toEqual(['Query.forgotten']);
  });

  it("a marketer cannot use an admin's mutation, and a client cannot list clients", async () => {
    const asMarketer = await app.raw(
      'mutation { archiveClient(input: { id: "x" }) { client { id } } }',
      {},
      a.marketer.token,
    );
    expect(asMarketer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const asClient = await app.raw('{ clients { totalCount } }', {}, a.client.token);
    expect(asClient.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const anonymous = await app.raw('{ clients { totalCount } }');
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('layer 2: the tenant client', () => {
  it('adds the company to every filter and refuses a create for another company', () => {
    expect(scopeArgs('Client', 'findMany', { where: { uid: 'X' } }, 'A')).toEqual({
      where: { AND: [{ uid: 'X' }, { companyId: 'A' }] },
    });
    expect(scopeArgs('Client', 'findUnique', { where: { id: '1' } }, 'A')).toEqual({
      where: { id: '1', AND: [{ companyId: 'A' }] },
    });
    expect(scopeArgs('Company', 'update', { where: { id: 'B' }, data: {} }, 'A').where).toEqual({
      id: 'B',
      AND: [{ id: 'A' }],
    });
    expect(scopeArgs('Estate', 'create', { data: { name: 'x' } }, 'A')).toEqual({
      data: { name: 'x', companyId: 'A' },
    });
    expect(() => scopeArgs('Estate', 'create', { data: { companyId: 'B' } }, 'A')).toThrow(TenantViolation);
    expect(() => scopeArgs('Client', 'findMany', {}, null)).toThrow(TenantViolation);
  });

  it("hides A's rows from B through Prisma, even with A's ids in hand", async () => {
    const scope = { companyId: localId(b.id), userId: null };
    // Even naming A's full key (A's company and A's id): the scope adds B's company to the filter.
    const key = { companyId_id: { companyId: localId(a.id), id: localId(a.client.id) } };
    const found = await inTenantTransaction(app.runtime.base, scope, (tx) => tx.client.findUnique({ where: key }));
    expect(found).toBeNull();
    const updated = await inTenantTransaction(app.runtime.base, scope, (tx) =>
      tx.client.updateMany({ where: { id: localId(a.client.id) }, data: { fullName: 'x' } }),
    );
    expect(updated.count).toBe(0);
  });
});

describe('layer 6: row-level security, with layer 2 bypassed', () => {
  it("returns nothing of A to a raw query in B's request transaction", async () => {
    const scope = { companyId: localId(b.id), userId: null };
    const rows = await inTenantTransaction(app.runtime.base, scope, async (tx) => ({
      clients: await tx.$queryRaw<{ companyId: string }[]>`SELECT "companyId"::text FROM "Client"`,
      companies: await tx.$queryRaw<{ id: string }[]>`SELECT id::text FROM "Company"`,
      users: await tx.$queryRaw<{ email: string }[]>`SELECT email FROM "User"`,
      sequences: await tx.$queryRaw<{ companyId: string }[]>`SELECT "companyId"::text FROM "CompanySequence"`,
      credentials: await tx.$queryRaw<{ companyId: string }[]>`SELECT "companyId"::text FROM "Credential"`,
      payments: await tx.$queryRaw<{ companyId: string }[]>`SELECT "companyId"::text FROM "Payment"`,
    }));
    expect(rows.clients.length).toBeGreaterThan(0);
    expect(rows.clients.every((r) => r.companyId === localId(b.id))).toBe(true);
    expect(rows.companies).toEqual([{ id: localId(b.id) }]);
    expect(rows.users.map((u) => u.email)).not.toContain(a.client.email);
    expect(rows.sequences.every((r) => r.companyId === localId(b.id))).toBe(true);
    expect(rows.credentials.every((r) => r.companyId === localId(b.id))).toBe(true);
    expect(rows.payments.length).toBeGreaterThan(0);
    expect(rows.payments.every((r) => r.companyId === localId(b.id))).toBe(true);
  });

  it("refuses a raw write of A's rows or a row for A from B's transaction", async () => {
    const scope = { companyId: localId(b.id), userId: null };
    const updated = await inTenantTransaction(
      app.runtime.base,
      scope,
      (tx) => tx.$executeRaw`UPDATE "Client" SET "fullName" = 'x' WHERE "id" = ${localId(a.client.id)}::uuid`,
    );
    expect(updated).toBe(0);
    await expect(
      inTenantTransaction(
        app.runtime.base,
        scope,
        (tx) =>
          tx.$executeRaw`INSERT INTO "Estate" ("companyId", "name", "location") VALUES (${localId(a.id)}::uuid, 'x', 'y')`,
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('shows no tenant row at all when no company is set', async () => {
    const counts = await inTenantTransaction(
      app.runtime.base,
      { companyId: null, userId: null },
      (tx) =>
        tx.$queryRaw<
          { n: number }[]
        >`SELECT (SELECT count(*) FROM "Client") + (SELECT count(*) FROM "Company") + (SELECT count(*) FROM "User") + (SELECT count(*) FROM "Marketer") AS n`,
    );
    expect(Number(counts[0].n)).toBe(0);
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM "Client"');
    expect(rows[0].n).toBeGreaterThan(0);
  });

  it('is enabled and forced on every tenant table, and the app role is not privileged', async () => {
    const { rows } = await app.owner.query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `SELECT c.relname, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> '_prisma_migrations' ORDER BY 1`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(12);
    expect(rows.filter((r) => !r.relrowsecurity || !r.relforcerowsecurity).map((r) => r.relname)).toEqual([]);
    const role = await app.owner.query(
      `SELECT rolsuper, rolbypassrls, rolcreaterole, rolcreatedb FROM pg_roles WHERE rolname = 'estate_app'`,
    );
    expect(role.rows[0]).toEqual({ rolsuper: false, rolbypassrls: false, rolcreaterole: false, rolcreatedb: false });
    const owns = await app.owner.query(
      `SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public' AND tableowner = 'estate_app'`,
    );
    expect(owns.rows[0].n).toBe(0);
  });
});

describe('layer 3: composite foreign keys', () => {
  it('refuse, as the table owner with raw SQL, a row that points into another company', async () => {
    // A's client assigned to B's marketer, in A's company.
    await expect(
      app.owner.query('INSERT INTO "ClientAssignment" ("companyId", "clientId", "marketerId") VALUES ($1, $2, $3)', [
        localId(a.id),
        localId(a.client.id),
        localId(b.marketer.id),
      ]),
    ).rejects.toThrow(/foreign key/);
    await expect(
      app.owner.query('UPDATE "Client" SET "marketerId" = $1 WHERE "id" = $2', [
        localId(b.marketer.id),
        localId(a.client.id),
      ]),
    ).rejects.toThrow(/foreign key/);
    // The same row within one company is accepted (the constraint is not simply refusing).
    await app.owner.query('BEGIN');
    await app.owner.query(
      'INSERT INTO "ClientAssignment" ("companyId", "clientId", "marketerId") VALUES ($1, $2, $3)',
      [localId(a.id), localId(a.client.id), localId(a.marketer.id)],
    );
    await app.owner.query('ROLLBACK');
  });
});

describe('layer 5: unique constraints', () => {
  it('refuse a duplicate uid, a duplicate number in one company, and a second profile per role', async () => {
    const email = `dup-${Date.now()}@example.com`;
    const user = await app.owner.query(
      `WITH p AS (INSERT INTO "Person" ("email") VALUES ($2) RETURNING id)
       INSERT INTO "User" ("companyId", "id", "email") SELECT $1, p.id, $2 FROM p RETURNING id`,
      [localId(a.id), email],
    );
    const insert = (seq: number, uid: string, userId = user.rows[0].id) =>
      app.owner.query(
        'INSERT INTO "Client" ("companyId", "userId", "fullName", "seq", "uid") VALUES ($1, $2, $3, $4, $5)',
        [localId(a.id), userId, 'x', seq, uid],
      );
    await expect(insert(9001, a.client.uid)).rejects.toThrow(/unique/);
    await expect(insert(1, `${a.prefix}-CLT9001`)).rejects.toThrow(/unique/);
    await expect(
      insert(
        9002,
        `${a.prefix}-CLT9002`,
        localId(a.client.id) &&
          (await app.owner.query('SELECT "userId" FROM "Client" WHERE id = $1', [localId(a.client.id)])).rows[0].userId,
      ),
    ).rejects.toThrow(/unique/);
  });
});

describe('one transaction per operation', () => {
  it('rolls back everything when an operation fails half-way', async () => {
    const email = `half-${Date.now()}@example.com`;
    const result = await app.raw(
      `mutation($ok: RegisterClientInput!, $bad: RegisterClientInput!) {
         first: registerClient(input: $ok) { client { uid } }
         second: registerClient(input: $bad) { client { uid } }
       }`,
      {
        ok: { email, fullName: 'Written first', password: PASSWORD },
        bad: { email: 'not-an-email', fullName: 'Fails second' },
      },
      a.admin.token,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const { rows } = await app.owner.query('SELECT count(*)::int AS n FROM "Client" WHERE "fullName" = $1', [
      'Written first',
    ]);
    expect(rows[0].n).toBe(0);
    const users = await app.owner.query('SELECT count(*)::int AS n FROM "User" WHERE email = $1', [email]);
    expect(users.rows[0].n).toBe(0);
  });
});

describe('shared users', () => {
  it('cannot be changed or deleted by the app role, even inside its own company', async () => {
    const scope = { companyId: localId(a.id), userId: null };
    await expect(
      inTenantTransaction(
        app.runtime.base,
        scope,
        (tx) => tx.$executeRaw`UPDATE "User" SET email = 'x@example.com' WHERE id = ${localId(a.client.userId)}::uuid`,
      ),
    ).rejects.toThrow(/permission denied/);
    await expect(
      inTenantTransaction(
        app.runtime.base,
        scope,
        (tx) => tx.$executeRaw`DELETE FROM "User" WHERE id = ${localId(a.client.userId)}::uuid`,
      ),
    ).rejects.toThrow(/permission denied/);
    expect(() => scopeArgs('User', 'update', { where: { id: 'x' }, data: {} }, 'A')).toThrow(TenantViolation);
  });
});
