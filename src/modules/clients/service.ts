// Clients: registration with the next company-scoped UID (LPL-CLT005) by an admin or a marketer
// (a marketer's client is assigned to them), status, and deletion.
import { randomUUID } from 'node:crypto';
import { emit } from '../events/service.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { newClientsMarketer } from '../../policy/ownership.ts';
import type { Viewer } from '../../policy/roles.ts';
import { VISIBLE } from '../../policy/visibility.ts';
import { notFound } from '../../shared/errors.ts';
import { listOrder, type OrderAsked } from '../../shared/ordering.ts';
import { insertNumberedProfile } from '../sequences/allocator.ts';
import {
  activeMarketerId,
  checkPerson,
  directoryFilter,
  forgetPasswordIfNoRole,
  registrant,
  signInChanged,
  statusChange,
  type DirectoryFilter,
  type PersonInput,
  type ProfileStatus,
} from '../people/service.ts';
import { byId, type Session } from '../../runtime/session.ts';

export async function findClient(session: Session, id: string) {
  const client = await session.db.client.findUnique({ where: byId(session, id) });
  if (!client) throw notFound('Client', 'id');
  return client;
}

/** The marketer a new client is assigned to (policy: newClientsMarketer), checked to be active when named. */
async function marketerForRegistration(session: Session, asked: string | null | undefined): Promise<string | null> {
  const marketer = newClientsMarketer(session.viewer, asked);
  return marketer.named && marketer.id ? activeMarketerId(session, marketer.id, 'marketerId') : marketer.id;
}

export async function registerClient(session: Session, input: PersonInput & { marketerId?: string | null }) {
  const person = await checkPerson(session, input);
  const marketerId = await marketerForRegistration(session, input.marketerId);
  const { userId, invitation } = await registrant(session, person, 'client');
  const { companyId, userId: registrarId } = session.viewer;
  // The event before the number: the counter's row stays locked from the allocation to the
  // commit, so nothing that can come first comes after. Its uid is the API's to look up.
  const id = randomUUID();
  await emit(session, 'client.registered', {
    subjectId: id,
    data: { clientId: id, fullName: person.fullName, marketerId },
  });
  const client = await insertNumberedProfile(session.db, 'CLT', {
    id,
    companyId,
    userId,
    fullName: person.fullName,
    phone: person.phone,
    marketerId,
  });
  if (marketerId)
    await session.db.clientAssignment.create({
      data: { companyId, clientId: client.id, marketerId, assignedByUserId: registrarId },
    });
  return { id: client.id, uid: client.uid, userId, invitation, row: client.row };
}

/** Archived clients keep their UID, drop out of listings and cannot sign in. */
export async function setClientStatus(session: Session, id: string, status: ProfileStatus): Promise<string> {
  const client = await findClient(session, id);
  await session.db.client.update({
    where: byId(session, client.id),
    data: statusChange(status, client.archivedAt),
    select: { id: true },
  });
  await signInChanged(session, [client.id]);
  return client.id;
}

/** Deletes the profile; its UID number is never handed out again. */
export async function deleteClient(session: Session, id: string): Promise<void> {
  const client = await findClient(session, id);
  await session.db.client.delete({ where: byId(session, client.id), select: { id: true } });
  await forgetPasswordIfNoRole(session, client.userId);
  await signInChanged(session, [client.id]);
}

export interface ClientFilter extends DirectoryFilter {
  marketerId?: string | null;
  /** true: clients with a marketer; false: clients without one. */
  assigned?: boolean | null;
}

/** Clients of a list: its arguments (search, status) and filter, every one given matching. */
export function clientFilter(
  args: { search?: string | null; status: readonly ProfileStatus[] },
  filter: ClientFilter | null | undefined,
): Prisma.ClientWhereInput {
  return {
    AND: [
      directoryFilter(args, filter),
      filter?.marketerId != null ? { marketerId: filter.marketerId } : {},
      filter?.assigned != null ? { marketerId: filter.assigned ? { not: null } : null } : {},
    ],
  };
}

/** The clients a list shows the viewer: who they may see, and the list's arguments and filter (its period resolved). */
export const clientListWhere = (
  viewer: Viewer,
  args: { search?: string | null; status: readonly ProfileStatus[] },
  filter: ClientFilter | null | undefined,
): Prisma.ClientWhereInput => ({ AND: [VISIBLE.Client(viewer), clientFilter(args, filter)] });

export const CLIENT_ORDER_FIELDS = ['CREATED_AT', 'UID', 'FULL_NAME', 'SALES'] as const;
type Direction = 'asc' | 'desc';

/** Clients in the order asked; newest first (by UID) when none is. */
export const clientOrder = (asked: readonly OrderAsked<(typeof CLIENT_ORDER_FIELDS)[number]>[] | null | undefined) =>
  listOrder<(typeof CLIENT_ORDER_FIELDS)[number], Prisma.ClientOrderByWithRelationInput>(
    asked,
    {
      CREATED_AT: (d: Direction) => ({ createdAt: d }),
      UID: (d: Direction) => ({ seq: d }),
      FULL_NAME: (d: Direction) => ({ fullName: d }),
      SALES: (d: Direction) => ({ sales: { _count: d } }),
    },
    [{ seq: 'desc' }],
  );
