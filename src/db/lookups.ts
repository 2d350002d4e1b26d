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

/** The id of the user with this email, created if there is none (it never says which). */
export async function ensureUser(db: TenantTx, email: string): Promise<string> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT app_ensure_user(${email})::text AS id`;
  return rows[0].id;
}

export interface Standing {
  member: boolean;
  marketer: boolean;
  client: boolean;
  hasPassword: boolean;
}

/** What a person already is in a company, in one round trip (registration's hot path). */
export async function standingInCompany(db: TenantTx, companyId: string, userId: string): Promise<Standing> {
  const rows = await db.$queryRaw<Standing[]>`
    SELECT EXISTS (SELECT 1 FROM "CompanyMember" WHERE "companyId" = ${companyId}::uuid AND "userId" = ${userId}::uuid) AS member,
           EXISTS (SELECT 1 FROM "Marketer" WHERE "companyId" = ${companyId}::uuid AND "userId" = ${userId}::uuid) AS marketer,
           EXISTS (SELECT 1 FROM "Client" WHERE "companyId" = ${companyId}::uuid AND "userId" = ${userId}::uuid) AS client,
           EXISTS (SELECT 1 FROM "Credential" WHERE "companyId" = ${companyId}::uuid AND "userId" = ${userId}::uuid) AS "hasPassword"`;
  return rows[0];
}
