// Per-request dataloaders over the operation's transaction (never shared between requests).
import DataLoader from 'dataloader';
import type { TenantTx } from '../db/tenant.ts';

export interface PersonDetails {
  fullName: string;
  phone: string | null;
}

export interface Loaders {
  /** How the viewer's company knows a person: the name and phone on its own profile of them. */
  personDetails: DataLoader<string, PersonDetails | null>;
}

export function createLoaders(db: TenantTx): Loaders {
  return {
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
