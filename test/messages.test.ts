// Client–marketer assignments and messages, each scoped to who may see them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql } from './gql/index.ts';
import { codes, type TestApp } from './support/app.ts';
import {
  data,
  login,
  PASSWORD,
  RegisterClient,
  RegisterMarketer,
  SendMessage,
  type CompanyFixture,
  twoCompanies,
} from './support/fixtures.ts';

let app: TestApp;
let a: CompanyFixture;
beforeAll(async () => ({ app, a } = await twoCompanies()));
afterAll(async () => {
  await app?.close();
});

const Assign = graphql(
  `mutation MessagesAssign($input: AssignClientInput!) { assignClient(input: $input) { client { uid marketer { uid } } } }`,
);
const History = graphql(`
  query MessagesHistory($uid: String!) {
    client(uid: $uid) { marketer { uid fullName email phone } assignmentHistory { edges { node { marketer { uid } assignedBy assignedAt } } } }
  }
`);
const MyMarketer = graphql(
  `query MessagesMyMarketer($uid: String!) { client(uid: $uid) { marketer { uid fullName email phone } } }`,
);
const MyClients = graphql(`query MessagesMyClients { clients { edges { node { uid } } } }`);
const Reply = graphql(
  `mutation MessagesReply($input: ReplyToMessageInput!) { replyToMessage(input: $input) { message { id subject fromStaff authorName replyTo { id } thread { id } } } }`,
);
const MarkRead = graphql(
  `mutation MessagesMarkRead($input: MarkReadInput!) { markRead(input: $input) { thread { unreadCount } } }`,
);
const Threads = graphql(`
  query MessagesThreads {
    unreadMessageCount
    messageThreads { totalCount edges { node { id subject type unreadCount authorName messages { edges { node { body fromStaff } } } } } }
  }
`);

describe('assignments', () => {
  it('replaces the current marketer, keeps who/when/by whom, and moves what each marketer sees', async () => {
    const second = data(
      await app.gql(
        RegisterMarketer,
        {
          input: {
            email: `second-${Date.now()}@example.com`,
            fullName: 'Second Marketer',
            phone: '08031234567',
            password: PASSWORD,
          },
        },
        a.admin.token,
      ),
    ).registerMarketer.marketer;
    const secondToken = await login(
      app,
      a.slug,
      (
        await app.owner.query('SELECT email FROM "User" WHERE id = (SELECT "userId" FROM "Marketer" WHERE uid = $1)', [
          second.uid,
        ])
      ).rows[0].email,
    );
    expect(data(await app.gql(MyClients, {}, secondToken)).clients.edges).toEqual([]);

    expect(
      data(await app.gql(Assign, { input: { clientId: a.client.id, marketerId: second.id } }, a.admin.token))
        .assignClient.client.marketer?.uid,
    ).toBe(second.uid);
    expect(data(await app.gql(MyClients, {}, secondToken)).clients.edges.map((e) => e.node.uid)).toEqual([
      a.client.uid,
    ]);
    expect(data(await app.gql(MyClients, {}, a.marketer.token)).clients.edges.map((e) => e.node.uid)).not.toContain(
      a.client.uid,
    );

    // The client sees their marketer's name and contact.
    const seen = data(await app.gql(MyMarketer, { uid: a.client.uid }, a.client.token)).client!;
    expect(seen.marketer).toEqual({
      uid: second.uid,
      fullName: 'Second Marketer',
      email: expect.stringContaining('second-'),
      phone: '08031234567',
    });
    const history = data(
      await app.gql(History, { uid: a.client.uid }, a.admin.token),
    ).client!.assignmentHistory.edges.map((e) => e.node);
    expect(history.map((h) => h.marketer?.uid)).toEqual([second.uid, a.marketer.uid]);
    expect(history[0].assignedBy).toBe(`Admin of ${a.name}`);
    // Staff only: the client cannot read the history.
    const asClient = await app.raw(
      'query($uid: String!) { client(uid: $uid) { assignmentHistory { edges { node { assignedAt } } } } }',
      { uid: a.client.uid },
      a.client.token,
    );
    expect(asClient.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    expect(
      codes(await app.gql(Assign, { input: { clientId: a.client.id, marketerId: second.id } }, a.admin.token)),
    ).toEqual(['CONFLICT']);
    expect(
      codes(await app.gql(Assign, { input: { clientId: a.client.id, marketerId: second.id } }, a.marketer.token)),
    ).toEqual(['FORBIDDEN']);
    expect(
      data(await app.gql(Assign, { input: { clientId: a.client.id, marketerId: null } }, a.admin.token)).assignClient
        .client.marketer,
    ).toBeNull();
  });
});

describe('messages', () => {
  it('threads a client enquiry with staff replies, with unread counts and markRead on each side', async () => {
    const client = data(
      await app.gql(
        RegisterClient,
        { input: { email: `writer-${Date.now()}@example.com`, fullName: 'Writer Client', password: PASSWORD } },
        a.admin.token,
      ),
    ).registerClient.client;
    const token = await login(
      app,
      a.slug,
      (
        await app.owner.query('SELECT email FROM "User" WHERE id = (SELECT "userId" FROM "Client" WHERE uid = $1)', [
          client.uid,
        ])
      ).rows[0].email,
    );
    const staffUnreadBefore = data(await app.gql(Threads, {}, a.admin.token)).unreadMessageCount;

    const root = data(
      await app.gql(
        SendMessage,
        { input: { type: 'ENQUIRY', subject: 'Is plot P-2 still free?', body: 'Please confirm.' } },
        token,
      ),
    ).sendMessage.message;
    expect(data(await app.gql(Threads, {}, a.admin.token)).unreadMessageCount).toBe(staffUnreadBefore + 1);

    const reply = data(await app.gql(Reply, { input: { messageId: root.id, body: 'Yes, it is.' } }, a.admin.token))
      .replyToMessage.message;
    expect(reply).toMatchObject({
      subject: 'Re: Is plot P-2 still free?',
      fromStaff: true,
      authorName: `Admin of ${a.name}`,
      replyTo: { id: root.id },
      thread: { id: root.id },
    });

    const mine = data(await app.gql(Threads, {}, token));
    expect(mine.unreadMessageCount).toBe(1);
    expect(mine.messageThreads.edges.map((e) => e.node)).toEqual([
      {
        id: root.id,
        subject: 'Is plot P-2 still free?',
        type: 'ENQUIRY',
        unreadCount: 1,
        authorName: 'Writer Client',
        messages: {
          edges: [
            { node: { body: 'Please confirm.', fromStaff: false } },
            { node: { body: 'Yes, it is.', fromStaff: true } },
          ],
        },
      },
    ]);
    expect(data(await app.gql(MarkRead, { input: { threadId: root.id } }, token)).markRead.thread.unreadCount).toBe(0);
    expect(data(await app.gql(Threads, {}, token)).unreadMessageCount).toBe(0);
    // Staff's own unread count is separate: the client's message is still unread for them.
    expect(data(await app.gql(Threads, {}, a.admin.token)).unreadMessageCount).toBe(staffUnreadBefore + 1);
    data(await app.gql(MarkRead, { input: { threadId: root.id } }, a.admin.token));
    expect(data(await app.gql(Threads, {}, a.admin.token)).unreadMessageCount).toBe(staffUnreadBefore);
  });

  it('shows a client or marketer only their own threads; analysts read but cannot reply', async () => {
    const fromMarketer = data(
      await app.gql(
        SendMessage,
        { input: { type: 'COMPLAINT', subject: 'Commission late', body: 'Since May.' } },
        a.marketer.token,
      ),
    ).sendMessage.message;
    const clientView = data(await app.gql(Threads, {}, a.client.token)).messageThreads.edges.map((e) => e.node.subject);
    expect(clientView).toEqual([`Subject from ${a.name}`]);
    expect(
      codes(await app.gql(Reply, { input: { messageId: fromMarketer.id, body: 'Not mine' } }, a.client.token)),
    ).toEqual(['NOT_FOUND']);
    const node = await app.raw(
      'query($id: ID!) { node(id: $id) { ... on Message { subject } } }',
      { id: fromMarketer.id },
      a.client.token,
    );
    expect(node).toEqual({ data: { node: null } });

    const analystEmail = `analyst-${Date.now()}@example.com`;
    await app.raw(
      'mutation($i: AddStaffMemberInput!) { addStaffMember(input: $i) { member { id } } }',
      { i: { email: analystEmail, fullName: 'Ana Lyst', role: 'ANALYST', password: PASSWORD } },
      a.admin.token,
    );
    const analyst = await login(app, a.slug, analystEmail);
    const subjects = data(await app.gql(Threads, {}, analyst)).messageThreads.edges.map((e) => e.node.subject);
    expect(subjects).toEqual(expect.arrayContaining(['Commission late', `Subject from ${a.name}`]));
    expect(
      codes(await app.gql(Reply, { input: { messageId: fromMarketer.id, body: 'Analysts read only' } }, analyst)),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(await app.gql(SendMessage, { input: { type: 'GENERAL', subject: 'x', body: 'y' } }, a.admin.token)),
    ).toEqual(['FORBIDDEN']);
  });

  it('refuses empty and over-long messages, naming the field', async () => {
    for (const [input, field] of [
      [{ subject: ' ', body: 'b' }, 'subject'],
      [{ subject: 's', body: 'x'.repeat(10_001) }, 'body'],
    ] as const) {
      const result = await app.gql(SendMessage, { input: { type: 'GENERAL', ...input } }, a.client.token);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
  });
});

describe('a subscription over time', () => {
  async function* ticks(n: number) {
    for (let i = 0; i < n; i++) yield i;
  }
  const collect = async (it: AsyncIterable<number>) => {
    const out: number[] = [];
    for await (const x of it) out.push(x);
    return out;
  };

  it('ends when the token expires, and when a re-check finds the sign-in gone', async () => {
    const { whileSignedIn } = await import('../src/http/subscription-guard.ts');
    expect(await collect(whileSignedIn(ticks(3), Date.now() + 60_000, async () => true, 0))).toEqual([0, 1, 2]);
    expect(await collect(whileSignedIn(ticks(3), Date.now() - 1, async () => true, 0))).toEqual([]);
    let valid = 2;
    expect(await collect(whileSignedIn(ticks(5), Date.now() + 60_000, async () => valid-- > 0, 0))).toEqual([0, 1]);
  });

  it('ends an idle subscription at expiry, and when the client goes away, ending its source too', async () => {
    const { whileSignedIn } = await import('../src/http/subscription-guard.ts');
    /** A source that never has an event, and says when it is told to end. */
    const idle = () => {
      const state = { ended: false };
      const source: AsyncIterableIterator<number> = {
        [Symbol.asyncIterator]() {
          return this;
        },
        next: () => new Promise<IteratorResult<number>>(() => {}),
        return: async () => {
          state.ended = true;
          return { done: true, value: undefined };
        },
      };
      return { source, state };
    };
    const expiring = idle();
    expect(await collect(whileSignedIn(expiring.source, Date.now() + 50, async () => true))).toEqual([]);
    expect(expiring.state.ended).toBe(true);

    // A token that lasts longer than a timer can wait (2^31 ms) does not end the stream at once.
    const lasting = idle();
    const long = whileSignedIn(lasting.source, Date.now() + 30 * 86_400_000, async () => true);
    const pending = long.next();
    expect(await Promise.race([pending, new Promise((r) => setTimeout(() => r('still open'), 100))])).toBe(
      'still open',
    );
    await long.return!();
    expect(await pending).toEqual({ done: true, value: undefined });

    // A source that fails ends the stream and is told to end.
    const failing = idle();
    failing.source.next = () => Promise.reject(new Error('the database is gone'));
    await expect(whileSignedIn(failing.source, Date.now() + 60_000, async () => true).next()).rejects.toThrow(
      'the database is gone',
    );
    expect(failing.state.ended).toBe(true);

    const leaving = idle();
    const stream = whileSignedIn(leaving.source, Date.now() + 60_000, async () => true);
    const waiting = stream.next();
    await stream.return!();
    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(leaving.state.ended).toBe(true);
  });

  it("delivers a staff reply to the thread's owner as it happens", async () => {
    const controller = new AbortController();
    const response = await app.yoga.fetch('http://test/graphql', {
      method: 'POST',
      signal: controller.signal,
      headers: {
        'content-type': 'application/json',
        accept: 'text/event-stream',
        authorization: `Bearer ${a.client.token}`,
      },
      body: JSON.stringify({ query: 'subscription { messageAdded { body fromStaff authorName } }' }),
    });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let text = '';
    // The subscription goes live a moment after the response starts: reply until one arrives.
    for (let attempt = 0; attempt < 20 && !text.includes('Your plot is ready.'); attempt++) {
      await app.gql(Reply, { input: { messageId: a.threadId, body: 'Your plot is ready.' } }, a.admin.token);
      const read = await Promise.race([reader.read(), new Promise<null>((r) => setTimeout(() => r(null), 250))]);
      if (read && !read.done) text += decoder.decode(read.value);
    }
    controller.abort();
    expect(text).toContain('Your plot is ready.');
    expect(text).toContain(`"authorName":"Admin of ${a.name}"`);
  });
});
