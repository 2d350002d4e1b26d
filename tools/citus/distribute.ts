// Distributes the database on a Citus coordinator whose workers are added (docs/scaling.md): the
// migrations first, then every table by what the catalog says of it, then checks. Each step looks
// before it acts, so running it again does only what is left (new tables of a later release).
//
//   tenant tables (a "companyId" column): distributed by companyId, one co-location group,
//     parents before children;
//   tables without companyId that a foreign key points at, or with a second unique key
//     (Company, Person): reference tables, a copy on every node;
//   any other table without companyId (SignInAttempt): distributed by its one-column key;
//   _prisma_migrations: stays on the coordinator.
import pg from 'pg';
import { APP_ROLE, migrate } from '../../src/db/migrations.ts';
import { quoteIdent } from '../../src/db/tables.ts';

type Query = <R extends pg.QueryResultRow = Record<string, unknown>>(sql: string, params?: unknown[]) => Promise<R[]>;

export interface Plan {
  reference: string[];
  /** Tenant tables in the order they are distributed (each after the tables it references). */
  tenant: string[];
  /** Tables without companyId distributed by their key: table -> column. */
  byKey: Record<string, string>;
  /** Functions delegated to a company's shard (first argument p_company_id). */
  delegated: string[];
}

/** What the catalog says each table is (see the header). */
export async function plan(query: Query): Promise<Plan> {
  const tables = await query<{
    name: string;
    tenant: boolean;
    referenced: boolean;
    uniques: number;
    key: string | null;
  }>(`
    SELECT c.relname AS name,
           EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'companyId' AND NOT a.attisdropped) AS tenant,
           EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.confrelid = c.oid AND f.conrelid <> c.oid) AS referenced,
           (SELECT count(*)::int FROM pg_index i WHERE i.indrelid = c.oid AND i.indisunique) AS uniques,
           (SELECT a.attname FROM pg_constraint p JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = p.conkey[1]
             WHERE p.conrelid = c.oid AND p.contype = 'p' AND cardinality(p.conkey) = 1) AS key
    FROM pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname <> '_prisma_migrations'
      AND NOT c.relispartition
    ORDER BY c.relname`);
  const edges = await query<{ child: string; parent: string }>(`
    SELECT f.conrelid::regclass::text AS child, f.confrelid::regclass::text AS parent
    FROM pg_constraint f WHERE f.contype = 'f' AND f.connamespace = 'public'::regnamespace AND f.conrelid <> f.confrelid`);
  const unquote = (n: string) => n.replace(/^"(.*)"$/, '$1').replace(/""/g, '"');
  const tenant = tables.filter((t) => t.tenant).map((t) => t.name);
  const reference = tables.filter((t) => !t.tenant && (t.referenced || t.uniques > 1 || !t.key)).map((t) => t.name);
  const byKey = Object.fromEntries(
    tables.filter((t) => !t.tenant && !reference.includes(t.name)).map((t) => [t.name, t.key as string]),
  );
  // Parents first: a table comes after every tenant table it references.
  const parents = new Map(tenant.map((t) => [t, new Set<string>()]));
  for (const e of edges) {
    const child = unquote(e.child);
    const parent = unquote(e.parent);
    if (parents.has(child) && parents.has(parent)) parents.get(child)!.add(parent);
  }
  const ordered: string[] = [];
  const visit = (t: string, path: Set<string>) => {
    if (ordered.includes(t) || path.has(t)) return;
    path.add(t);
    for (const p of [...parents.get(t)!].sort()) visit(p, path);
    ordered.push(t);
  };
  for (const t of tenant) visit(t, new Set());
  const functions = await query<{ signature: string }>(`
    SELECT p.oid::regprocedure::text AS signature FROM pg_proc p
    WHERE p.pronamespace = 'public'::regnamespace AND p.proargnames[1] = 'p_company_id' ORDER BY 1`);
  return { reference, tenant: ordered, byKey, delegated: functions.map((f) => f.signature) };
}

export interface Check {
  what: string;
  ok: boolean;
  detail: string;
}

/** Applies the migrations, distributes what is not yet distributed, and checks the result. */
export interface DistributeOptions {
  /** Shards per distributed table for tables distributed now (Citus' citus.shard_count, 32 by default). */
  shardCount?: number;
  /** Read the result back (every shard's policies take a while on a big cluster); true by default. */
  check?: boolean;
}

export async function distribute(
  ownerUrl: string,
  log: (line: string) => void = () => {},
  options: DistributeOptions = {},
): Promise<Check[]> {
  const client = new pg.Client({ connectionString: ownerUrl, application_name: 'estate-api citus setup' });
  await client.connect();
  client.on('error', (e) => process.env.DEBUG && console.log('client error', e));
  client.on('notice', (n) => process.env.DEBUG && console.log('notice', n.message));
  const query: Query = async (sql, params) => {
    if (process.env.DEBUG) console.log(sql.slice(0, 120).replace(/\s+/g, ' '));
    return (await client.query(sql, params)).rows;
  };
  try {
    const [ext] = await query<{ version: string | null }>(
      `SELECT (SELECT extversion FROM pg_extension WHERE extname = 'citus') AS version`,
    );
    if (!ext.version)
      throw new Error('This database has no citus extension: run CREATE EXTENSION citus on every node first.');
    const workers = await query<{ node_name: string; node_port: number }>(
      'SELECT node_name, node_port FROM citus_get_active_worker_nodes() ORDER BY 1, 2',
    );
    if (!workers.length) throw new Error('The coordinator has no active workers: add them with citus_add_node().');
    log(`Citus ${ext.version}; workers: ${workers.map((w) => `${w.node_name}:${w.node_port}`).join(', ')}`);

    const applied = await migrate(ownerUrl);
    log(applied.length ? `applied migrations: ${applied.join(', ')}` : 'migrations: none pending');

    // The app role's SET LOCAL app.company_id reaches the workers (policies read it there).
    const [setting] = await query<{ on: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole
         WHERE r.rolname = $1 AND s.setdatabase = 0 AND 'citus.propagate_set_commands=local' = ANY (s.setconfig)) AS on`,
      [APP_ROLE],
    );
    if (!setting.on) {
      await query(`ALTER ROLE ${APP_ROLE} SET citus.propagate_set_commands = 'local'`);
      log(`set citus.propagate_set_commands = 'local' for ${APP_ROLE}`);
    }

    const p = await plan(query);
    const kinds = new Map(
      (
        await query<{ name: string; kind: string }>(
          `SELECT logicalrelid::regclass::text AS name, partmethod AS kind FROM pg_dist_partition`,
        )
      ).map((r) => [r.name.replace(/^"(.*)"$/, '$1'), r.kind]),
    );
    // The tenant tables stay plain tables until each is distributed (by default Citus would first
    // turn every table chained to a reference table by a foreign key into a Citus local table,
    // which then cannot be distributed while its neighbours are not): this session only.
    await query('SET citus.enable_local_reference_table_foreign_keys = off');
    if (options.shardCount) await query(`SET citus.shard_count = ${Math.trunc(options.shardCount)}`);
    const done = (t: string, kind: string) => kinds.get(t) === kind;
    for (const t of p.reference) {
      if (done(t, 'n')) continue;
      await query('SELECT create_reference_table($1)', [quoteIdent(t)]);
      log(`reference table ${t}`);
    }
    const anchor = p.tenant[0];
    for (const t of p.tenant) {
      if (done(t, 'h')) continue;
      await query(
        t === anchor
          ? `SELECT create_distributed_table($1, 'companyId')`
          : `SELECT create_distributed_table($1, 'companyId', colocate_with => $2)`,
        t === anchor ? [quoteIdent(t)] : [quoteIdent(t), quoteIdent(anchor)],
      );
      log(`distributed ${t} by companyId${t === anchor ? '' : ` (with ${anchor})`}`);
    }
    for (const [t, column] of Object.entries(p.byKey)) {
      if (done(t, 'h')) continue;
      await query(`SELECT create_distributed_table($1, $2, colocate_with => 'none')`, [quoteIdent(t), column]);
      log(`distributed ${t} by ${column}`);
    }
    for (const signature of p.delegated) {
      const [known] = await query<{ colocated: boolean }>(
        `SELECT EXISTS (SELECT 1 FROM pg_dist_object o WHERE o.classid = 'pg_proc'::regclass AND o.objid = $1::regprocedure
           AND o.distribution_argument_index = 0 AND o.force_delegation) AS colocated`,
        [signature],
      );
      if (known.colocated) continue;
      await query(
        `SELECT create_distributed_function($1, 'p_company_id', colocate_with => $2, force_delegation => true)`,
        [signature, quoteIdent(anchor)],
      );
      log(`delegated ${signature} to the company's shard`);
    }
    return options.check === false ? [] : await check(query, p);
  } finally {
    await client.end();
  }
}

/** What must hold after distribution; every check reads the live catalog (shards included). */
export async function check(query: Query, p: Plan): Promise<Check[]> {
  const checks: Check[] = [];
  const dist = new Map(
    (
      await query<{ name: string; kind: string; column: string | null; colocation: number }>(
        `SELECT table_name::text AS name, CASE citus_table_type WHEN 'distributed' THEN 'h' WHEN 'reference' THEN 'n' ELSE 'l' END AS kind,
                colocation_id AS colocation, nullif(distribution_column, '<none>') AS column
         FROM citus_tables`,
      )
    ).map((r) => [r.name.replace(/^"(.*)"$/, '$1'), r]),
  );
  const notTenant = p.tenant.filter((t) => dist.get(t)?.kind !== 'h' || dist.get(t)?.column !== 'companyId');
  checks.push({
    what: 'tenant tables distributed by companyId',
    ok: notTenant.length === 0,
    detail: notTenant.length ? `not: ${notTenant.join(', ')}` : `${p.tenant.length} tables`,
  });
  const groups = new Set(p.tenant.map((t) => dist.get(t)?.colocation));
  checks.push({
    what: 'one co-location group for tenant tables',
    ok: groups.size === 1,
    detail: `${groups.size} group(s): ${[...groups].join(', ')}`,
  });
  const notReference = p.reference.filter((t) => dist.get(t)?.kind !== 'n');
  checks.push({
    what: 'reference tables',
    ok: notReference.length === 0,
    detail: notReference.length ? `not: ${notReference.join(', ')}` : p.reference.join(', '),
  });
  // On every shard placement: the policies of its table and forced row-level security.
  let shards = 0;
  const bad: string[] = [];
  for (const t of [...p.tenant, ...p.reference, ...Object.keys(p.byKey)]) {
    const [{ policies }] = await query<{ policies: number }>(
      'SELECT count(*)::int AS policies FROM pg_policy WHERE polrelid = $1::regclass',
      [quoteIdent(t)],
    );
    const rows = await query<{ shardid: string; success: boolean; result: string }>(
      `SELECT shardid, success, result FROM run_command_on_shards($1,
         $$SELECT (SELECT count(*) FROM pg_policy WHERE polrelid = '%1$s'::regclass) || ':' || relrowsecurity || ':' || relforcerowsecurity FROM pg_class WHERE oid = '%1$s'::regclass$$)`,
      [quoteIdent(t)],
    );
    shards += rows.length;
    for (const r of rows)
      if (!r.success || r.result !== `${policies}:true:true`) bad.push(`${t} shard ${r.shardid}: ${r.result}`);
  }
  checks.push({
    what: 'policies and forced row-level security on every shard',
    ok: bad.length === 0 && shards > 0,
    detail: bad.length ? bad.slice(0, 5).join('; ') : `${shards} shard placements`,
  });
  const delegated = await query<{ signature: string }>(
    `SELECT o.objid::regprocedure::text AS signature FROM pg_dist_object o
     WHERE o.classid = 'pg_proc'::regclass AND o.distribution_argument_index = 0 AND o.force_delegation`,
  );
  const missing = p.delegated.filter((f) => !delegated.some((d) => d.signature === f));
  checks.push({
    what: "functions delegated to the company's shard",
    ok: missing.length === 0,
    detail: missing.length ? `not: ${missing.join(', ')}` : p.delegated.join(', ') || 'none',
  });
  const [role] = await query<{ on: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_db_role_setting s JOIN pg_roles r ON r.oid = s.setrole
       WHERE r.rolname = $1 AND 'citus.propagate_set_commands=local' = ANY (s.setconfig)) AS on`,
    [APP_ROLE],
  );
  checks.push({
    what: `${APP_ROLE} propagates SET LOCAL to workers`,
    ok: role.on,
    detail: "citus.propagate_set_commands = 'local'",
  });
  return checks;
}
