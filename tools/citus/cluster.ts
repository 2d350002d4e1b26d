// A database of its own on a running Citus cluster, for `npm run test:citus` (one per test file)
// and `npm run citus:throughput`
// (CITUS_URL: the coordinator, as a superuser, whose workers are added), made the way
// docs/scaling.md says: the database and the citus extension on every node, the workers added,
// then `citus:setup`'s distribution (with few shards, to keep set-up short).
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { quoteIdent } from '../../src/db/tables.ts';
import { distribute } from './distribute.ts';

const at = (url: string, host: string, port: number, database: string) => {
  const u = new URL(url);
  u.hostname = host;
  u.port = String(port);
  u.pathname = `/${database}`;
  return u.toString();
};

async function run(url: string, ...statements: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The coordinator's host and port, and its workers', as the cluster names them. */
export async function clusterNodes(citusUrl: string) {
  const client = new pg.Client({ connectionString: citusUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ host: string; port: number }>(
      `SELECT nodename AS host, nodeport AS port FROM pg_dist_node WHERE noderole = 'primary' AND isactive AND groupid <> 0 ORDER BY 1, 2`,
    );
    const url = new URL(citusUrl);
    return { coordinator: { host: url.hostname, port: Number(url.port || 5432) }, workers: rows };
  } finally {
    await client.end();
  }
}

/** A new distributed database on the cluster of `citusUrl`; returns its owner URL. */
export async function createCitusDatabase(citusUrl: string, shardCount = 4): Promise<string> {
  const { coordinator, workers } = await clusterNodes(citusUrl);
  const name = `estate_citus_${randomBytes(5).toString('hex')}`;
  for (const node of [...workers, coordinator]) {
    await run(at(citusUrl, node.host, node.port, 'postgres'), `CREATE DATABASE ${quoteIdent(name)}`);
    await run(at(citusUrl, node.host, node.port, name), 'CREATE EXTENSION citus');
  }
  const url = at(citusUrl, coordinator.host, coordinator.port, name);
  await run(
    url,
    `SELECT citus_set_coordinator_host('${coordinator.host}', ${coordinator.port})`,
    ...workers.map((w) => `SELECT citus_add_node('${w.host}', ${w.port})`),
  );
  await distribute(url, () => {}, { shardCount, check: false });
  return url;
}

/** Drops the database from every node. */
export async function dropCitusDatabase(citusUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  const { coordinator, workers } = await clusterNodes(citusUrl);
  for (const node of [coordinator, ...workers])
    await run(
      at(citusUrl, node.host, node.port, 'postgres'),
      `DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`,
    );
}
