// The few questions that must look across companies, answered by SECURITY DEFINER functions
// (see the tenancy migration): each returns only what it is for, never another company's rows.
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

export interface EnsuredUser {
  id: string;
  created: boolean;
  passwordHash: string | null;
}

/** The user with this email, created with the given details if there is none. */
export async function ensureUser(
  db: TenantTx,
  user: { email: string; fullName: string; phone: string | null; passwordHash: string | null },
): Promise<EnsuredUser> {
  const rows = await db.$queryRaw<{ id: string; created: boolean; password_hash: string | null }[]>`
    SELECT id::text AS id, created, password_hash FROM app_ensure_user(${user.email}, ${user.fullName}, ${user.phone}, ${user.passwordHash})`;
  const row = rows[0];
  return { id: row.id, created: row.created, passwordHash: row.password_hash };
}
