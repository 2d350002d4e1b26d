// In-app notifications through the real server: each person's own, unread first, an unread count,
// marking read, notificationAdded over server-sent events and WebSocket, and announcements to all
// clients, all marketers or a segment, with a broadcast to 10,000 clients timed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../src/http/listen.ts';
import { startWorker, type Worker } from '../src/jobs/worker.ts';
import { notifyPerson } from '../src/modules/notifications/service.ts';
import { withSession } from '../src/runtime/session.ts';
import { createTestApp, expectWithin, type TestApp } from './support/app.ts';
import { adminViewer, company, type CompanyFixture } from './support/fixtures.ts';
import { localId } from './support/ids.ts';
import { sseSubscriber, wsSubscriber } from './support/streams.ts';

let app: TestApp;
let a: CompanyFixture;
let server: Listening;
let worker: Worker;
let url: string;

beforeAll(async () => {
  app = await createTestApp({ jobsSweepSeconds: 1 });
  a = await company(app, 'Lamba Property Limited');
  server = await listen(app.runtime, 0, '127.0.0.1');
  url = `http://127.0.0.1:${server.port}/graphql`;
  worker = await startWorker(app.runtime);
});
afterAll(async () => {
  await worker?.stop();
  await server?.close();
  await app?.close();
});

const notify = (profileId: string, title: string) =>
  withSession(app.runtime, adminViewer(a), (s) =>
    notifyPerson(s, { profileId, kind: 'PAYMENT', title, body: `${title} body` }),
  );

const SUBSCRIPTION = 'subscription { notificationAdded { id title kind unread } }';

describe('notifications', () => {
  it('are each person’s own, unread first, counted, and marked read', async () => {
    const client = localId(a.client.id);
    const first = await notify(client, 'First');
    await notify(client, 'Second');
    await notify(localId(a.marketer.id), 'For the marketer');
    const marked = await app.raw(
      'mutation($ids: [ID!]) { markNotificationsRead(input: { ids: $ids }) { marked unreadCount } }',
      { ids: [Buffer.from(`Notification:${first}`).toString('base64')] },
      a.client.token,
    );
    expect(marked.data.markNotificationsRead).toEqual({ marked: 1, unreadCount: 1 });
    await notify(client, 'Third');
    const list = await app.raw(
      '{ notifications { totalCount edges { node { title unread } } } unreadNotificationCount }',
      {},
      a.client.token,
    );
    expect(list.data.notifications.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual([
      'Third',
      'Second',
      'First',
    ]);
    expect(list.data.unreadNotificationCount).toBe(2);
    // The marketer's is not the client's, and marking another's id read changes nothing.
    expect(JSON.stringify(list)).not.toContain('For the marketer');
    const all = await app.raw(
      'mutation { markNotificationsRead(input: {}) { marked unreadCount } }',
      {},
      a.marketer.token,
    );
    expect(all.data.markNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
  });

  it('arrive as notificationAdded over server-sent events and WebSocket, to their recipient only', async () => {
    const sse = sseSubscriber(url, a.client.token, SUBSCRIPTION);
    expect(await sse.ready).toBe(200);
    const ws = wsSubscriber(url, a.client.token, SUBSCRIPTION);
    const other = sseSubscriber(url, a.marketer.token, SUBSCRIPTION);
    await other.ready;
    // Keep writing until both transports are live, then check one more arrives on each.
    await expectWithin(15_000, async () => {
      await notify(localId(a.client.id), 'Warm-up');
      expect(sse.results.length && ws.results.length).toBeTruthy();
    });
    await notify(localId(a.client.id), 'Live one');
    await expectWithin(15_000, async () => {
      expect(sse.results.map((r) => r.data.notificationAdded.title)).toContain('Live one');
      expect(ws.results.map((r) => r.data?.notificationAdded.title)).toContain('Live one');
    });
    expect(other.results).toEqual([]);
    sse.close();
    other.close();
    await ws.close();
  });

  it('announce to all clients, all marketers, or a segment, and to 10,000 clients in under a minute', async () => {
    // 10,000 more active clients of A, written in bulk as the owner (registration is tested elsewhere).
    const companyId = localId(a.id);
    await app.owner.query(
      `WITH p AS (INSERT INTO "Person" (email) SELECT 'bulk-' || g || '-' || $2 || '@example.com' FROM generate_series(1, 10000) g RETURNING id, email),
       u AS (INSERT INTO "User" ("companyId", id, email) SELECT $1, p.id, p.email FROM p RETURNING id, email)
       INSERT INTO "Client" ("companyId", "userId", "fullName", seq, uid)
       SELECT $1, u.id, 'Bulk client', 1000 + row_number() OVER (), 'BLK-' || u.email FROM u`,
      [companyId, Date.now()],
    );
    const sse = sseSubscriber(url, a.client.token, SUBSCRIPTION);
    await sse.ready;
    const started = Date.now();
    const sent = await app.raw(
      'mutation($i: SendAnnouncementInput!) { sendAnnouncement(input: $i) { announcement { id recipients sentAt } } }',
      { i: { audience: 'ALL_CLIENTS', title: 'Site visit', body: 'Saturday at 10.' } },
      a.admin.token,
    );
    expect(sent.errors).toBeUndefined();
    const id = sent.data.sendAnnouncement.announcement.id;
    let recipients = 0;
    await expectWithin(60_000, async () => {
      const read = await app.raw(
        'query($id: ID!) { node(id: $id) { ... on Announcement { recipients sentAt } } }',
        { id },
        a.admin.token,
      );
      recipients = read.data.node.recipients;
      expect(read.data.node.sentAt).not.toBeNull();
    });
    const seconds = (Date.now() - started) / 1000;
    expect(recipients).toBe(10_001);
    expect(seconds).toBeLessThan(60);
    console.log(`announcement to ${recipients} clients: ${seconds.toFixed(2)} s`);
    await expectWithin(15_000, async () =>
      expect(sse.results.map((r) => r.data.notificationAdded.title)).toContain('Site visit'),
    );
    sse.close();

    const marketers = await app.raw(
      'mutation($i: SendAnnouncementInput!) { sendAnnouncement(input: $i) { announcement { id } } }',
      { i: { audience: 'ALL_MARKETERS', title: 'Commission rates', body: 'New rates from May.' } },
      a.admin.token,
    );
    const segment = await app.raw(
      'mutation($i: SendAnnouncementInput!) { sendAnnouncement(input: $i) { announcement { id } } }',
      { i: { audience: 'SEGMENT', estateId: a.estate.id, title: 'Road works', body: 'In your estate.' } },
      a.admin.token,
    );
    const count = async (announcementId: string) =>
      (
        await app.owner.query('SELECT count(*)::int AS n FROM "Notification" WHERE "announcementId" = $1', [
          announcementId,
        ])
      ).rows[0].n;
    await expectWithin(30_000, async () => {
      expect(await count(localId(marketers.data.sendAnnouncement.announcement.id))).toBe(1);
      // Only the client with a plot in the estate.
      expect(await count(localId(segment.data.sendAnnouncement.announcement.id))).toBe(1);
    });
    const bad = await app.raw(
      'mutation($i: SendAnnouncementInput!) { sendAnnouncement(input: $i) { announcement { id } } }',
      { i: { audience: 'SEGMENT', title: 'x', body: 'y' } },
      a.admin.token,
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'audience' });
  });
});
