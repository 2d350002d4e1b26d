// Which rows of its own company a viewer may see, beyond what their role may do: staff see
// everyone; a marketer sees themself and the clients assigned to them; a client sees themself and
// their marketer; sales follow their client. Each rule is written once, as a predicate and (for
// lists) as a Prisma filter, and for insights (computed in PostgreSQL) as SQL.
import { Prisma } from '../generated/prisma/client.ts';
import type { Session } from '../modules/session.ts';
import { isStaff, type Viewer } from './roles.ts';
import { byId, sessionLoader } from '../modules/session.ts';

const clientsMarketer = new WeakMap<Session, Promise<string | null>>();

/** The signed-in client's current marketer id (read once per session). */
function myMarketerId(session: Session): Promise<string | null> {
  if (session.viewer.role !== 'CLIENT') return Promise.resolve(null);
  let found = clientsMarketer.get(session);
  if (!found) {
    found = session.db.client
      .findUnique({ where: byId(session, session.viewer.profileId), select: { marketerId: true } })
      .then((c) => c?.marketerId ?? null);
    clientsMarketer.set(session, found);
  }
  return found;
}

export function canSeeClient(viewer: Viewer | null, client: { id: string; marketerId: string | null }): boolean {
  if (!viewer) return false;
  if (isStaff(viewer)) return true;
  return viewer.role === 'MARKETER'
    ? client.marketerId === viewer.profileId
    : viewer.role === 'CLIENT' && client.id === viewer.profileId;
}

/** Clients a viewer may look up: all for staff, their own for a marketer, themself for a client. */
export function visibleClients(viewer: Viewer) {
  if (isStaff(viewer)) return {};
  return viewer.role === 'MARKETER' ? { marketerId: viewer.profileId } : { id: viewer.profileId };
}

export async function canSeeMarketer(session: Session, marketer: { id: string }): Promise<boolean> {
  const { viewer } = session;
  if (isStaff(viewer) || (viewer.role === 'MARKETER' && marketer.id === viewer.profileId)) return true;
  return viewer.role === 'CLIENT' && (await myMarketerId(session)) === marketer.id;
}

/** Marketers a viewer may look up: all for staff, themself for a marketer, their own for a client. */
export async function visibleMarketers(session: Session): Promise<{ id?: { in: string[] } }> {
  const { viewer } = session;
  if (isStaff(viewer)) return {};
  if (viewer.role === 'MARKETER') return { id: { in: [viewer.profileId] } };
  const mine = await myMarketerId(session);
  return { id: { in: mine ? [mine] : [] } };
}

/** A marketer's client list: staff and the marketer themself. */
export const canSeeClientsOf = (viewer: Viewer, marketerId: string) =>
  isStaff(viewer) || viewer.profileId === marketerId;

/** A person's account (email, name): staff see everyone; others as canSeeClient/canSeeMarketer allow. */
export async function canSeeUser(session: Session, userId: string): Promise<boolean> {
  const { viewer, db } = session;
  if (isStaff(viewer) || viewer.userId === userId) return true;
  if (viewer.role === 'MARKETER')
    return (await db.client.count({ where: { userId, marketerId: viewer.profileId } })) > 0;
  const marketerId = await myMarketerId(session);
  return !!marketerId && (await db.marketer.count({ where: { id: marketerId, userId } })) > 0;
}

interface MessageOwners {
  ownerClientId: string | null;
  ownerMarketerId: string | null;
}

/** Messages: staff see all of the company's; a client or marketer the threads they own. */
export function canSeeMessage(viewer: Viewer | null, message: MessageOwners): boolean {
  if (!viewer) return false;
  return isStaff(viewer) || message.ownerClientId === viewer.profileId || message.ownerMarketerId === viewer.profileId;
}

export function visibleMessages(viewer: Viewer) {
  if (isStaff(viewer)) return {};
  return viewer.role === 'CLIENT' ? { ownerClientId: viewer.profileId } : { ownerMarketerId: viewer.profileId };
}

/** Messages addressed to the viewer's side: owners' messages for staff, staff replies for an owner. */
export function messagesAddressedTo(viewer: Viewer) {
  return { ...visibleMessages(viewer), fromStaff: !isStaff(viewer) };
}

/** Admins reply to any thread; a client or marketer to their own; analysts never. */
export const canReplyTo = (viewer: Viewer, message: MessageOwners) =>
  viewer.role !== 'ANALYST' && canSeeMessage(viewer, message);

/** Each sale's client and that client's current marketer, in one query per request. */
const saleAudience = sessionLoader<string, { clientId: string; marketerId: string | null } | null>(
  async ({ db }, saleIds) => {
    const sales = await db.sale.findMany({
      where: { id: { in: [...saleIds] } },
      select: { id: true, clientId: true, client: { select: { marketerId: true } } },
    });
    const found = new Map(sales.map((s) => [s.id, { clientId: s.clientId, marketerId: s.client.marketerId }]));
    return saleIds.map((id) => found.get(id) ?? null);
  },
);

/** Sales (and their schedules and payments): staff see all; a marketer their clients'; a client their own. */
export async function canSeeSale(session: Session, saleId: string): Promise<boolean> {
  const { viewer } = session;
  if (isStaff(viewer)) return true;
  const audience = await saleAudience(session).load(saleId);
  return !!audience && canSeeClient(viewer, { id: audience.clientId, marketerId: audience.marketerId });
}

export function visibleSales(viewer: Viewer) {
  if (isStaff(viewer)) return {};
  return viewer.role === 'MARKETER' ? { client: { marketerId: viewer.profileId } } : { clientId: viewer.profileId };
}

/** A marketer's commission: staff and the marketer themself. */
export const canSeeCommissionOf = (viewer: Viewer, marketerId: string) =>
  isStaff(viewer) || (viewer.role === 'MARKETER' && viewer.profileId === marketerId);

// Insights are computed in PostgreSQL, so their rules are SQL conditions on a row alias (a name
// the service writes, never input). Staff see the whole company; a marketer their own clients
// (and what follows them: sales, payments, balances) and themself.

/** visibleClients as SQL on the "Client" row `alias`. */
export function visibleClientsSql(viewer: Viewer, alias: string): Prisma.Sql {
  if (isStaff(viewer)) return Prisma.sql`TRUE`;
  const column = viewer.role === 'MARKETER' ? 'marketerId' : 'id';
  return Prisma.sql`${Prisma.raw(`${alias}."${column}"`)} = ${viewer.profileId}::uuid`;
}

/** Marketers whose own figures (name, registration, leaderboard row) a viewer may see: all for staff, themself for a marketer. */
export function visibleMarketersSql(viewer: Viewer, idColumn: string): Prisma.Sql {
  if (isStaff(viewer)) return Prisma.sql`TRUE`;
  return viewer.role === 'MARKETER'
    ? Prisma.sql`${Prisma.raw(idColumn)} = ${viewer.profileId}::uuid`
    : Prisma.sql`FALSE`;
}
