// Per-request dataloaders over the operation's transaction (never shared between requests).
import DataLoader from 'dataloader';
import type { Viewer } from '../context.ts';
import type { TenantTx } from '../db/tenant.ts';
import { messagesAddressedTo } from './access.ts';

export interface PersonDetails {
  fullName: string;
  phone: string | null;
}

export interface PlotAvailability {
  available: number;
  reserved: number;
  allocated: number;
}

export interface Loaders {
  /** Unread messages addressed to the viewer, per thread. */
  unreadInThread: DataLoader<string, number>;
  /** Plot counts by status, per estate. */
  plotAvailability: DataLoader<string, PlotAvailability>;
  /** How the viewer's company knows a person: the name and phone on its own profile of them. */
  personDetails: DataLoader<string, PersonDetails | null>;
}

export function createLoaders(db: TenantTx, viewer: () => Viewer | null): Loaders {
  return {
    unreadInThread: new DataLoader(async (threadIds) => {
      const groups = await db.message.groupBy({ by: ['threadId'], where: { threadId: { in: [...threadIds] }, readAt: null, ...messagesAddressedTo(viewer()!) }, _count: { _all: true } });
      const counts = new Map(groups.map((g) => [g.threadId, g._count._all]));
      return threadIds.map((id) => counts.get(id) ?? 0);
    }),
    plotAvailability: new DataLoader(async (estateIds) => {
      const groups = await db.plotNumber.groupBy({ by: ['estateId', 'status'], where: { estateId: { in: [...estateIds] } }, _count: { _all: true } });
      const counts = new Map(estateIds.map((id) => [id, { available: 0, reserved: 0, allocated: 0 }]));
      for (const g of groups) counts.get(g.estateId)![g.status.toLowerCase() as keyof PlotAvailability] = g._count._all;
      return estateIds.map((id) => counts.get(id)!);
    }),
    personDetails: new DataLoader(async (userIds) => {
      const where = { userId: { in: [...userIds] } };
      const select = { userId: true, fullName: true, phone: true };
      // Staff record first, then marketer, then client: the first profile found names the person.
      const [members, marketers, clients] = await Promise.all([
        db.companyMember.findMany({ where, select }),
        db.marketer.findMany({ where, select }),
        db.client.findMany({ where, select }),
      ]);
      const byUser = new Map<string, PersonDetails>();
      for (const p of [...members, ...marketers, ...clients]) if (!byUser.has(p.userId)) byUser.set(p.userId, p);
      return userIds.map((id) => byUser.get(id) ?? null);
    }),
  };
}
