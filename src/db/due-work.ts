// The job sweeper's one look across companies (a SECURITY DEFINER function answering ids only):
// which companies have reminders or webhook deliveries due with no one working on them.
import type { BaseClient } from './client.ts';

export async function companiesWithDueWork(base: BaseClient): Promise<string[]> {
  const rows = await base.$queryRaw<{ id: string }[]>`SELECT app_companies_with_due_work()::text AS id`;
  return rows.map((r) => r.id);
}

/** Adds a job outside any tenant transaction (the sweeper's, keyed so replicas add it once). */
export async function addSweepJob(base: BaseClient, task: string, payload: object, key: string): Promise<void> {
  await base.$executeRaw`SELECT FROM graphile_worker.add_job(${task}, ${JSON.stringify(payload)}::json, job_key => ${key}, max_attempts => 3)`;
}
