// GET /ready: 200 when the database answers and every migration is applied, 503 otherwise.
import { useReadinessCheck, type Plugin } from 'graphql-yoga';
import type { Runtime } from '../runtime/runtime.ts';
import { migrationState } from '../db/migrations.ts';
import type { Context } from '../schema/context.ts';

const json = (body: object, status: number) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

export function useReadiness(runtime: Runtime): Plugin<Context> {
  return useReadinessCheck({
    endpoint: '/ready',
    check: async () => {
      try {
        const { pending, unknown } = await migrationState((sql) => runtime.base.$queryRawUnsafe(sql));
        const status = pending.length
          ? 'migrations pending'
          : unknown.length
            ? 'database is newer than this version'
            : 'ready';
        return json(
          { status, database: 'up', pendingMigrations: pending, unknownMigrations: unknown },
          status === 'ready' ? 200 : 503,
        );
      } catch (error) {
        // A refused password is its own trouble: the database is up, this process's credentials are not.
        const refused = /28P01|password authentication failed|Authentication failed/i.test(String(error));
        return json(
          { status: refused ? 'database refused the app role' : 'database unreachable', database: 'down' },
          503,
        );
      }
    },
  }) as Plugin<Context>;
}
