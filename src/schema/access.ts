// Who may see which person, beyond their role: marketers see the clients assigned to them,
// clients see themselves and their own marketer.
import type { Context, Viewer } from '../context.ts';

const isStaff = (ctx: Context) => ctx.viewer?.role === 'ADMIN' || ctx.viewer?.role === 'ANALYST';

/** The signed-in client's current marketer id (cached for the request). */
async function myMarketerId(ctx: Context): Promise<string | null> {
  if (ctx.viewer?.role !== 'CLIENT') return null;
  const cache = ctx as Context & { myMarketerId?: Promise<string | null> };
  cache.myMarketerId ??= ctx.db.client
    .findUnique({ where: { id: ctx.viewer.profileId }, select: { marketerId: true } })
    .then((c) => c?.marketerId ?? null);
  return cache.myMarketerId;
}

export function canSeeClient(ctx: Context, client: { id: string; marketerId: string | null }): boolean {
  const v = ctx.viewer;
  if (!v) return false;
  return isStaff(ctx) || (v.role === 'MARKETER' && client.marketerId === v.profileId) || (v.role === 'CLIENT' && client.id === v.profileId);
}

export async function canSeeMarketer(ctx: Context, marketer: { id: string }): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (isStaff(ctx) || (v.role === 'MARKETER' && marketer.id === v.profileId)) return true;
  return v.role === 'CLIENT' && (await myMarketerId(ctx)) === marketer.id;
}

/**
 * A person's account: staff see everyone in the company; a marketer themself and their clients;
 * a client themself and their marketer.
 */
export async function canSeeUser(ctx: Context, userId: string): Promise<boolean> {
  const v = ctx.viewer;
  if (!v) return false;
  if (isStaff(ctx) || v.userId === userId) return true;
  if (v.role === 'MARKETER') return (await ctx.db.client.count({ where: { userId, marketerId: v.profileId } })) > 0;
  const marketerId = await myMarketerId(ctx);
  if (!marketerId) return false;
  return (await ctx.db.marketer.count({ where: { id: marketerId, userId } })) > 0;
}

/** Marketers a viewer may look up: all for staff, themself for a marketer, their own for a client. */
export async function visibleMarketers(ctx: Context): Promise<{ id?: { in: string[] } }> {
  const v = ctx.viewer!;
  if (isStaff(ctx)) return {};
  if (v.role === 'MARKETER') return { id: { in: [v.profileId] } };
  const mine = await myMarketerId(ctx);
  return { id: { in: mine ? [mine] : [] } };
}

/** Messages a viewer may see: all of the company's for staff, their own threads otherwise. */
export function messagesVisibleTo(v: Viewer) {
  if (v.role === 'ADMIN' || v.role === 'ANALYST') return {};
  return v.role === 'CLIENT' ? { ownerClientId: v.profileId } : { ownerMarketerId: v.profileId };
}

/** Messages addressed to the viewer's side: owners' messages for staff, staff replies for an owner. */
export function messagesAddressedTo(v: Viewer) {
  return { ...messagesVisibleTo(v), fromStaff: v.role !== 'ADMIN' && v.role !== 'ANALYST' };
}
