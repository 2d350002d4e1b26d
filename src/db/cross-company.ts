// The few statements that must reach across companies, through SECURITY DEFINER functions (see the
// tenancy migration): each answers only what it is for, never with another company's rows.
import type { BaseClient } from './client.ts';
import type { TenantTx } from './tenant.ts';

export async function companyIdForSlug(db: TenantTx, slug: string): Promise<string | null> {
  const rows = await db.$queryRaw<{ id: string | null }[]>`SELECT app_company_id_for_slug(${slug})::text AS id`;
  return rows[0]?.id ?? null;
}

/** Whether another company uses `prefix` (the current company's own prefix is not "taken"). */
export async function prefixTaken(db: TenantTx, prefix: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ taken: boolean }[]>`SELECT app_prefix_taken(${prefix}) AS taken`;
  return rows[0].taken;
}

export async function slugTaken(db: TenantTx, slug: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ taken: boolean }[]>`SELECT app_slug_taken(${slug}) AS taken`;
  return rows[0].taken;
}

/**
 * The id of the person with this email, creating the person if there is none (it never says
 * which), in a statement of its own: the global row is idempotent and tells nothing, so it need
 * not wait for the operation, and the operation's transaction then writes only its company's rows
 * (on Citus, one shard: a one-phase commit). A registration that fails afterwards leaves at most
 * an email that no company sees, found again by the next registration of that email.
 */
export async function personIdFor(base: BaseClient, email: string): Promise<string> {
  const rows = await base.$queryRaw<{ id: string }[]>`SELECT app_ensure_user(${email})::text AS id`;
  return rows[0].id;
}

/** Adds the person to the transaction's company's people (its User rows), unless already there. */
export async function addCompanyUser(db: TenantTx, companyId: string, userId: string, email: string): Promise<void> {
  await db.$executeRaw`
    INSERT INTO "User" ("companyId", "id", "email") VALUES (${companyId}::uuid, ${userId}::uuid, lower(${email}))
    ON CONFLICT DO NOTHING`;
}
