// Client–marketer assignments: one current marketer per client (Client.marketerId, a composite
// foreign key, so it can only name a marketer of the same company) and the full history.
import { badInput, conflict, notFound } from '../../shared/errors.ts';
import { activeMarketerId } from '../people/service.ts';
import { byId, type Session } from '../../runtime/session.ts';

/** Makes a marketer (or none) the client's current marketer, and records who did it when. */
export async function assignClient(session: Session, clientId: string, marketerId: string | null): Promise<string> {
  const { db, viewer } = session;
  // Serialises concurrent reassignments of one client (each then sees the other's result).
  await db.$executeRaw`SELECT 1 FROM "Client" WHERE "companyId" = ${viewer.companyId}::uuid AND "id" = ${clientId}::uuid FOR UPDATE`;
  const client = await db.client.findUnique({ where: byId(session, clientId) });
  if (!client) throw notFound('Client', 'clientId');
  if (client.status !== 'ACTIVE') throw badInput('clientId', 'This client is archived.');
  const newMarketerId = marketerId === null ? null : await activeMarketerId(session, marketerId, 'marketerId');
  if (client.marketerId === newMarketerId)
    throw conflict(newMarketerId ? 'The client already has this marketer.' : 'The client has no marketer.');
  await db.clientAssignment.create({
    data: {
      companyId: client.companyId,
      clientId: client.id,
      marketerId: newMarketerId,
      assignedByUserId: viewer.userId,
    },
  });
  await db.client.update({
    where: byId(session, client.id),
    data: { marketerId: newMarketerId },
    select: { id: true },
  });
  return client.id;
}
