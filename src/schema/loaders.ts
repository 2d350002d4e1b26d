// Per-request dataloaders over the operation's transaction (never shared between requests).
import type { TenantTx } from '../db/tenant.ts';

// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

export function createLoaders(_db: TenantTx): Loaders {
  return {};
}
