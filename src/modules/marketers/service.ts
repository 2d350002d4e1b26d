// Marketers: registration with the next company-scoped UID (LPL-MKT003), status, and deletion of
// one who never had clients.
import type { Prisma } from '../../generated/prisma/client.ts';
import { conflict, notFound } from '../../shared/errors.ts';
import { listOrder, type OrderAsked } from '../../shared/ordering.ts';
import { insertNumberedProfile } from '../sequences/allocator.ts';
import {
  checkPerson,
  forgetPasswordIfNoRole,
  registrant,
  signInChanged,
  statusChange,
  type PersonInput,
  type ProfileStatus,
} from '../people/service.ts';
import { byId, type Session } from '../../runtime/session.ts';

export async function findMarketer(session: Session, id: string) {
  const marketer = await session.db.marketer.findUnique({ where: byId(session, id) });
  if (!marketer) throw notFound('Marketer', 'id');
  return marketer;
}

export async function registerMarketer(session: Session, input: PersonInput) {
  const person = await checkPerson(session, input);
  const { userId, invitation } = await registrant(session, person, 'marketer');
  // Everything else first: the counter's row stays locked from the allocation to the commit.
  const marketer = await insertNumberedProfile(session.db, 'MKT', {
    companyId: session.viewer.companyId,
    userId,
    fullName: person.fullName,
    phone: person.phone,
  });
  return { id: marketer.id, uid: marketer.uid, userId, invitation, row: marketer.row };
}

/** Archived marketers keep their UID, drop out of listings and cannot sign in. */
export async function setMarketerStatus(session: Session, id: string, status: ProfileStatus): Promise<string> {
  const marketer = await findMarketer(session, id);
  await session.db.marketer.update({
    where: byId(session, marketer.id),
    data: statusChange(status, marketer.archivedAt),
  });
  signInChanged(session, marketer.id);
  return marketer.id;
}

/** Only a marketer who was never assigned a client: archiving keeps assignment history whole. */
export async function deleteMarketer(session: Session, id: string): Promise<void> {
  const marketer = await findMarketer(session, id);
  const where = { marketerId: marketer.id };
  const assigned = (await session.db.clientAssignment.count({ where })) + (await session.db.client.count({ where }));
  if (assigned > 0)
    throw conflict('This marketer has clients or assignment history: archive them instead.', { field: 'id' });
  await session.db.marketer.delete({ where: byId(session, marketer.id) });
  await forgetPasswordIfNoRole(session, marketer.userId);
  signInChanged(session, marketer.id);
}

export const MARKETER_ORDER_FIELDS = ['CREATED_AT', 'UID', 'FULL_NAME', 'CLIENTS', 'SALES'] as const;
type Direction = 'asc' | 'desc';

/** Marketers in the order asked; newest first (by UID) when none is. */
export const marketerOrder = (
  asked: readonly OrderAsked<(typeof MARKETER_ORDER_FIELDS)[number]>[] | null | undefined,
) =>
  listOrder<(typeof MARKETER_ORDER_FIELDS)[number], Prisma.MarketerOrderByWithRelationInput>(
    asked,
    {
      CREATED_AT: (d: Direction) => ({ createdAt: d }),
      UID: (d: Direction) => ({ seq: d }),
      FULL_NAME: (d: Direction) => ({ fullName: d }),
      CLIENTS: (d: Direction) => ({ clients: { _count: d } }),
      SALES: (d: Direction) => ({ sales: { _count: d } }),
    },
    [{ seq: 'desc' }],
  );
