// Durable jobs in PostgreSQL, through graphile-worker: a job is a row in its own schema
// (graphile_worker), added by SQL inside the caller's transaction, so it exists if and only if the
// change that asks for it commits. Every replica runs a worker (src/jobs/worker.ts) that takes
// jobs with SKIP LOCKED; the queue's tables stay local to the coordinator under Citus, while the
// tenant tables the jobs work on are distributed like all the others.
import pg from 'pg';
import { Logger, runMigrations } from 'graphile-worker';
import { createLogger, type Logger as AppLogger } from '../shared/logger.ts';
import type { TenantTx } from './tenant.ts';

export const JOB_SCHEMA = 'graphile_worker';
const APP_ROLE = 'estate_app';

export interface JobOptions {
  /** At most one job waits under a key: adding again replaces it (a running one keeps running). */
  key?: string;
  runAt?: Date;
  maxAttempts?: number;
}

/** Adds a job in the running transaction: it runs only if (and once) the transaction commits. */
export async function addJob(db: TenantTx, task: string, payload: object, options: JobOptions = {}): Promise<void> {
  await db.$executeRaw`SELECT FROM graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json,
    run_at => ${options.runAt ?? null}::timestamptz, max_attempts => ${options.maxAttempts ?? 10}::int,
    job_key => ${options.key ?? null}::text, job_key_mode => 'replace')`;
}

/**
 * Installs or upgrades the queue's schema (as the owner, at start-up) and lets the API's role add,
 * take and finish jobs. Its tables hold task names, run times and payloads of ids only.
 */
export async function installJobQueue(ownerUrl: string, logger: AppLogger = createLogger()): Promise<void> {
  await runMigrations({ connectionString: ownerUrl, schema: JOB_SCHEMA, logger: jobsLogger(logger) });
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`GRANT USAGE ON SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA ${JOB_SCHEMA} TO ${APP_ROLE};`);
    // The queue turns row-level security on for its private tables (so no API exposes them) and
    // gives them no policy: the API's role, which works the queue, gets one.
    await client.query(`DO $$
      DECLARE t text;
      BEGIN
        FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                 WHERE n.nspname = '${JOB_SCHEMA}' AND c.relkind = 'r' AND c.relrowsecurity
                   AND NOT EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid AND p.polname = 'app_jobs') LOOP
          EXECUTE format('CREATE POLICY app_jobs ON ${JOB_SCHEMA}.%I TO ${APP_ROLE} USING (true) WITH CHECK (true)', t);
        END LOOP;
      END $$`);
  } finally {
    await client.end();
  }
}

/** graphile-worker's own log: its errors and warnings only, through the process's logger. */
export const jobsLogger = (logger: AppLogger) =>
  new Logger(() => (level, message) => {
    if (level === 'error') logger.error(`jobs: ${message}`);
    else if (level === 'warning') logger.warn(`jobs: ${message}`);
  });
