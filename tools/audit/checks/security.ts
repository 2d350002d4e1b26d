// Row-level security and roles (isolation layer 6), read from PostgreSQL's catalogs.
import type { Check, Finding } from '../report.ts';

/** Every table in schema public but Prisma's migration history is a tenant table (RLS required). */
const TENANT_TABLES_SQL = `
  SELECT c.oid, c.relname, c.relowner, c.relrowsecurity, c.relforcerowsecurity
  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
  WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'`;

/** Policies that apply to a role: to PUBLIC, or to a role whose privileges it has. */
const appliesTo = (role: string) =>
  `(0 = ANY(p.polroles) OR EXISTS (SELECT 1 FROM unnest(p.polroles) r WHERE pg_has_role(${role}, r, 'USAGE')))`;

/**
 * Without this the rest of the audit would be blind: RLS is FORCEd, so a role without the
 * operator_access policy (or superuser/BYPASSRLS) sees no company's rows and finds no problem.
 */
export const visibilityCheck: Check = {
  name: 'audit-visibility',
  description: "the audit's own role can read every row of every table (superuser, BYPASSRLS, or an operator policy)",
  async run({ query }) {
    const [me] = await query<{ name: string; rolsuper: boolean; rolbypassrls: boolean }>(
      'SELECT current_user AS name, rolsuper, rolbypassrls FROM pg_roles WHERE rolname = current_user',
    );
    if (me.rolsuper || me.rolbypassrls)
      return { summary: `${me.name} sees every row (${me.rolsuper ? 'superuser' : 'BYPASSRLS'})`, findings: [] };
    const tables = await query<{ relname: string; can_select: boolean; sees_all: boolean }>(`
      SELECT t.relname, has_table_privilege(t.oid, 'SELECT') AS can_select,
        (NOT t.relrowsecurity
          OR (pg_has_role(t.relowner, 'USAGE') AND NOT t.relforcerowsecurity)
          OR (EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = t.oid AND p.polpermissive AND p.polcmd IN ('r', '*')
                        AND pg_get_expr(p.polqual, p.polrelid) = 'true' AND ${appliesTo('current_user')})
              AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = t.oid AND NOT p.polpermissive AND p.polcmd IN ('r', '*')
                        AND pg_get_expr(p.polqual, p.polrelid) IS DISTINCT FROM 'true' AND ${appliesTo('current_user')}))
        ) AS sees_all
      FROM (${TENANT_TABLES_SQL}) t ORDER BY t.relname`);
    const findings: Finding[] = [];
    for (const t of tables) {
      if (!t.can_select) findings.push({ where: t.relname, problem: `${me.name} may not SELECT from it` });
      else if (!t.sees_all)
        findings.push({
          where: t.relname,
          problem: `row-level security hides rows from ${me.name} (no operator_access policy): the checks would miss them`,
        });
    }
    return {
      summary: findings.length
        ? `${me.name} cannot see every row of ${findings.length} tables`
        : `${me.name} sees every row of ${tables.length} tables (operator policy)`,
      findings,
    };
  },
};

export const rowLevelSecurityCheck: Check = {
  name: 'row-level-security',
  description: 'row-level security is ENABLEd and FORCEd on every table in schema public but _prisma_migrations',
  async run({ query }) {
    const tables = await query<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
      `${TENANT_TABLES_SQL} ORDER BY c.relname`,
    );
    const findings: Finding[] = [];
    for (const t of tables) {
      if (!t.relrowsecurity) findings.push({ where: t.relname, problem: 'row-level security is not enabled' });
      else if (!t.relforcerowsecurity)
        findings.push({ where: t.relname, problem: 'row-level security is not forced (the owner bypasses it)' });
    }
    return {
      summary: findings.length
        ? `${findings.length} of ${tables.length} tables unprotected`
        : `enabled and forced on ${tables.length} tables`,
      findings,
    };
  },
};

/** A policy expression that depends on the transaction's company or user (what the API sets). */
const SCOPED = /\bapp_current_(company|user)\(\)/;

export const policiesCheck: Check = {
  name: 'rls-policies',
  description:
    'every table the app role may use has a policy limiting it to its company, and no policy for it that is not so limited',
  async run({ query, appRole }) {
    const [role] = await query<{ oid: number }>('SELECT oid FROM pg_roles WHERE rolname = $1', [appRole]);
    if (!role)
      return {
        summary: `role ${appRole} does not exist`,
        findings: [{ where: appRole, problem: 'role does not exist: no policy can be for it' }],
      };
    const rows = await query<{
      relname: string;
      polname: string | null;
      qual: string | null;
      check: string | null;
      cmd: string | null;
      permissive: boolean | null;
    }>(
      `
      SELECT t.relname, p.polname, pg_get_expr(p.polqual, p.polrelid) AS qual, pg_get_expr(p.polwithcheck, p.polrelid) AS check,
             p.polcmd::text AS cmd, p.polpermissive AS permissive
      FROM (${TENANT_TABLES_SQL}) t
      LEFT JOIN pg_policy p ON p.polrelid = t.oid AND ${appliesTo('$1::oid')}
      -- A table the app role has no privilege on (reached only through SECURITY DEFINER functions) needs no policy for it.
      WHERE has_table_privilege($1::oid, t.oid, 'SELECT, INSERT, UPDATE, DELETE')
      ORDER BY t.relname, p.polname`,
      [role.oid],
    );
    const tables = new Map<string, typeof rows>();
    for (const r of rows) tables.set(r.relname, [...(tables.get(r.relname) ?? []), ...(r.polname ? [r] : [])]);
    const findings: Finding[] = [];
    for (const [table, policies] of tables) {
      const scoped = (p: (typeof rows)[number]) =>
        (p.qual !== null || p.check !== null) && [p.qual, p.check].every((e) => e === null || SCOPED.test(e));
      // Permissive policies are ORed: one that is not scoped opens the table to every company.
      for (const p of policies.filter((p) => p.permissive && !scoped(p))) {
        findings.push({
          where: `${table} policy ${p.polname}`,
          problem: `lets ${appRole} through without a company condition (USING ${p.qual ?? '-'}, WITH CHECK ${p.check ?? '-'})`,
        });
      }
      if (!policies.some((p) => p.permissive && (p.cmd === 'r' || p.cmd === '*') && p.qual !== null && scoped(p))) {
        findings.push({
          where: table,
          problem: `no policy limits ${appRole} to its company (with RLS forced it sees nothing, or RLS is not what protects it)`,
        });
      }
    }
    return {
      summary: findings.length
        ? `${findings.length} policy problems in ${tables.size} tables`
        : `${tables.size} tables each limit ${appRole} to its company`,
      findings,
    };
  },
};

export const appRoleCheck: Check = {
  name: 'app-role',
  description:
    'the app role exists, is not superuser, has no BYPASSRLS (nor any role it can become), and owns no table',
  async run({ query, appRole }) {
    const [role] = await query<{ rolname: string }>('SELECT rolname FROM pg_roles WHERE rolname = $1', [appRole]);
    if (!role)
      return {
        summary: `role ${appRole} does not exist`,
        findings: [{ where: appRole, problem: 'role does not exist' }],
      };
    const findings: Finding[] = [];
    // MEMBER, not USAGE: a role it can SET ROLE to is as good as its own, even without INHERIT.
    const privileged = await query<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      `SELECT rolname, rolsuper, rolbypassrls FROM pg_roles r WHERE pg_has_role($1, r.oid, 'MEMBER') AND (rolsuper OR rolbypassrls) ORDER BY rolname`,
      [appRole],
    );
    for (const r of privileged) {
      const what = [r.rolsuper && 'superuser', r.rolbypassrls && 'BYPASSRLS'].filter(Boolean).join(' and ');
      findings.push({
        where: appRole,
        problem: r.rolname === appRole ? `is ${what}` : `can become ${r.rolname}, which is ${what}`,
      });
    }
    const owned = await query<{ relname: string; owner: string }>(
      `SELECT t.relname, pg_get_userbyid(t.relowner) AS owner FROM (${TENANT_TABLES_SQL}
         UNION ALL SELECT c.oid, c.relname, c.relowner, c.relrowsecurity, c.relforcerowsecurity FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relname = '_prisma_migrations') t
       WHERE pg_has_role($1, t.relowner, 'MEMBER') ORDER BY t.relname`,
      [appRole],
    );
    for (const t of owned) {
      findings.push({
        where: t.relname,
        problem:
          t.owner === appRole
            ? `owned by ${appRole} (owners can switch RLS off)`
            : `owned by ${t.owner}, which ${appRole} can become`,
      });
    }
    return {
      summary: findings.length
        ? `${appRole} is privileged: ${findings.length} problems`
        : `${appRole}: not superuser, no BYPASSRLS, owns no table`,
      findings,
    };
  },
};
