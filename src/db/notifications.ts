// Events shared by every API process on one database, through PostgreSQL's LISTEN/NOTIFY: a
// NOTIFY issued inside an operation's transaction is delivered (in commit order, once to each
// listening process) only if that transaction commits. Payloads carry ids only; whoever receives
// one re-reads what it may see under its own company and role.
import pg from 'pg';
import { isUuid } from '../shared/validation.ts';
import type { TenantTx } from './tenant.ts';

export const CHANNEL = 'estate_events';

export type Notification =
  /** A message was written. */
  | { kind: 'message'; companyId: string; messageId: string }
  /** These sign-ins changed (archived, restored, removed, password reset): drop what is known of them. */
  | { kind: 'viewer'; companyId: string; profileIds: string[] }
  /** An in-app notification was written for one person (by profile). */
  | { kind: 'notification'; companyId: string; notificationId: string; profileId: string }
  /** An announcement reached its recipients: each reads their own notification of it. */
  | { kind: 'announcement'; companyId: string; announcementId: string };

/** Queues `notification` in the running transaction; it goes out when (and only if) it commits. */
export async function notify(db: TenantTx, notification: Notification): Promise<void> {
  await db.$executeRaw`SELECT pg_notify(${CHANNEL}, ${JSON.stringify(notification)})`;
}

type Listener = (notification: Notification) => void;

/** The notification `payload` carries, or null when it is not one of ours (anyone may NOTIFY). */
export function parseNotification(payload: string): Notification | null {
  let value: unknown;
  try {
    value = JSON.parse(payload);
  } catch {
    return null;
  }
  const n = value as Record<string, unknown> | null;
  if (typeof n !== 'object' || n === null || !isUuid(n.companyId)) return null;
  if (n.kind === 'message' && isUuid(n.messageId))
    return { kind: 'message', companyId: n.companyId, messageId: n.messageId };
  if (n.kind === 'viewer' && Array.isArray(n.profileIds) && n.profileIds.every(isUuid))
    return { kind: 'viewer', companyId: n.companyId, profileIds: n.profileIds };
  if (n.kind === 'notification' && isUuid(n.notificationId) && isUuid(n.profileId))
    return { kind: 'notification', companyId: n.companyId, notificationId: n.notificationId, profileId: n.profileId };
  if (n.kind === 'announcement' && isUuid(n.announcementId))
    return { kind: 'announcement', companyId: n.companyId, announcementId: n.announcementId };
  return null;
}

/** Undelivered notifications a subscriber may fall behind by before its stream ends. */
const MAX_BACKLOG = 1000;

/**
 * One LISTEN connection per process, reconnecting after a failure. While it is down (and right
 * after it comes back) `onReset` listeners hear about it: anything cached from notifications
 * must be dropped, since some may have been missed.
 */
export class Notifications {
  private client: pg.Client | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly resetListeners = new Set<() => void>();
  private stopped = false;
  private retry: NodeJS.Timeout | undefined;
  /** True while notifications are being received. */
  listening = false;

  constructor(
    private readonly url: string,
    private readonly log: (line: string) => void = () => {},
  ) {}

  /** Calls `listener` with every notification (listening starts with the first listener). */
  on(listener: Listener): () => void {
    this.listeners.add(listener);
    void this.start();
    return () => this.listeners.delete(listener);
  }

  onReset(listener: () => void): () => void {
    this.resetListeners.add(listener);
    return () => this.resetListeners.delete(listener);
  }

  /**
   * The notifications that pass `accept`, as a stream read by one subscriber; it ends when the
   * reader stops (return()), or if the reader falls more than MAX_BACKLOG behind.
   */
  stream<T extends Notification>(accept: (notification: Notification) => notification is T): AsyncIterableIterator<T> {
    const backlog: T[] = [];
    let wake: (() => void) | null = null;
    let ended = false;
    const end = () => {
      ended = true;
      off();
      wake?.();
    };
    const off = this.on((notification) => {
      if (!accept(notification)) return;
      if (backlog.length >= MAX_BACKLOG) return end();
      backlog.push(notification);
      wake?.();
    });
    return {
      [Symbol.asyncIterator]() {
        return this;
      },
      async next(): Promise<IteratorResult<T>> {
        while (!backlog.length && !ended) await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
        return backlog.length ? { done: false, value: backlog.shift()! } : { done: true, value: undefined };
      },
      async return(): Promise<IteratorResult<T>> {
        end();
        return { done: true, value: undefined };
      },
    };
  }

  /** Connects and listens (once; later calls wait for nothing). */
  async start(): Promise<void> {
    if (this.stopped || this.client) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'estate-api events' });
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    client.on('notification', (message) => {
      if (message.channel !== CHANNEL || !message.payload) return;
      const notification = parseNotification(message.payload);
      if (!notification)
        return this.log(`events: ignored a notification that is not ours (${message.payload.length} bytes)`);
      for (const listener of this.listeners) {
        // One listener's failure must not keep the notification from the others, nor crash pg's emitter.
        try {
          listener(notification);
        } catch (error) {
          this.log(`events: a listener failed (${(error as Error).message})`);
        }
      }
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      this.listening = true;
      this.reset();
    } catch (error) {
      this.log(`events: cannot listen (${(error as Error).message}); retrying`);
      this.lost(client);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    this.listening = false;
    await client?.end().catch(() => {});
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.listening = false;
    this.reset();
    client.end().catch(() => {});
    if (!this.stopped) this.retry = setTimeout(() => void this.start(), 1000).unref();
  }

  private reset(): void {
    for (const listener of this.resetListeners) listener();
  }
}
