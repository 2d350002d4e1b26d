// The benchmark's own database: an embedded PostgreSQL in a temp folder (or BENCH_DATABASE_URL),
// one fresh database, migrated, with the app role given a password. close() undoes all of it.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { reachableDataDir, startEmbeddedPostgres } from '../../src/db/embedded.ts';
import { ensureDatabase, migrate, prepareAppRole } from '../../src/db/migrations.ts';

export interface BenchDatabase {
  ownerUrl: string;
  appUrl: string;
  where: string;
  close(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export async function openDatabase(): Promise<BenchDatabase> {
  const external = process.env.BENCH_DATABASE_URL;
  let serverUrl: URL;
  let stopServer = async () => {};
  let where: string;
  if (external) {
    serverUrl = new URL(external);
    where = `BENCH_DATABASE_URL (${serverUrl.host})`;
  } else {
    // As root PostgreSQL runs as the `postgres` OS user, which must be able to enter the folder.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'estate-api-bench-'));
    fs.chmodSync(dir, 0o755);
    const dataDir = path.join(dir, 'pg');
    const removeFiles = () => {
      fs.rmSync(dir, { recursive: true, force: true });
      // startEmbeddedPostgres may have placed the cluster under /var/tmp instead.
      const actual = reachableDataDir(dataDir);
      if (actual !== path.resolve(dataDir)) fs.rmSync(actual, { recursive: true, force: true });
    };
    const port = await freePort();
    let server: Awaited<ReturnType<typeof startEmbeddedPostgres>>;
    try {
      server = await startEmbeddedPostgres({ dataDir, port, password: randomBytes(16).toString('hex') });
    } catch (error) {
      removeFiles();
      throw error;
    }
    serverUrl = new URL(server.url('postgres'));
    where = `embedded, 127.0.0.1:${port}, data in ${dir}`;
    stopServer = async () => {
      try {
        await server.stop();
      } finally {
        removeFiles();
      }
    };
  }

  // A database of our own, so an external server's other databases are left alone.
  const name = `estate_bench_${process.pid}`;
  const owner = new URL(serverUrl);
  owner.pathname = `/${name}`;
  const close = async () => {
    try {
      if (external) {
        const admin = new pg.Client({ connectionString: serverUrl.toString() });
        await admin.connect();
        await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.end());
      }
    } finally {
      await stopServer();
    }
  };
  try {
    await ensureDatabase(owner.toString());
    await migrate(owner.toString());
    // Note: on an external server this resets estate_app's password (roles are cluster-wide).
    const appUrl = await prepareAppRole(owner.toString(), randomBytes(16).toString('hex'));
    return { ownerUrl: owner.toString(), appUrl, where, close };
  } catch (error) {
    await close();
    throw error;
  }
}
