// The job worker every replica runs: graphile-worker takes jobs from PostgreSQL (SKIP LOCKED, woken
// by LISTEN), and each job runs as its company, in transactions that set the company for
// row-level security. What must happen lives in tenant tables (reminders, deliveries, gateway
// events) rather than only in the queue: a sweeper on each replica looks every JOBS_SWEEP_SECONDS
// for due work with no job (a job lost with a killed worker stays locked for hours in the queue)
// and adds it again under its key, so two replicas add it once.
import pg from 'pg';
import { run, type Runner, type TaskList } from 'graphile-worker';
import { JOB_SCHEMA, jobsLogger } from '../db/jobs.ts';
import { errorFields } from '../shared/logger.ts';
import { addSweepJob, companiesWithDueWork } from '../db/due-work.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { asCompany } from '../runtime/session.ts';
import { deliverQueue, type Queue } from '../modules/webhooks/delivery.ts';
import { replanReminders, sendDueReminders } from '../modules/reminders/service.ts';
import { deliverAnnouncement } from '../modules/notifications/service.ts';
import { processGatewayEvent, unprocessedCharges } from '../modules/gateway/service.ts';
import { dueQueues } from '../modules/webhooks/service.ts';

type Payload = Record<string, string>;

export function tasks(runtime: Runtime): TaskList {
  return {
    'webhook:deliver': (payload) => deliverQueue(runtime, payload as Queue),
    'reminders:send': async (payload) => {
      await sendDueReminders(runtime, (payload as Payload).companyId);
    },
    'reminders:replan': async (payload) => {
      await asCompany(runtime, (payload as Payload).companyId, replanReminders);
    },
    'announcement:send': async (payload) => {
      const p = payload as Payload;
      await asCompany(runtime, p.companyId, (s) => deliverAnnouncement(s, p.announcementId));
    },
    'gateway:process': async (payload) => {
      const p = payload as Payload;
      await processGatewayEvent(runtime, p.companyId, p.gatewayEventId);
    },
    // The company's due work, found by the sweeper: a job per delivery queue and per charge left
    // unrecorded (its jobs ran out of attempts, say, while the gateway was down), and its reminders.
    'company:due': async (payload) => {
      const { companyId } = payload as Payload;
      await asCompany(runtime, companyId, dueQueues);
      await asCompany(runtime, companyId, unprocessedCharges);
      await sendDueReminders(runtime, companyId);
    },
  };
}

export interface Worker {
  stop(): Promise<void>;
}

export async function startWorker(runtime: Runtime, concurrency = 4): Promise<Worker> {
  const pool = new pg.Pool({
    connectionString: runtime.appUrl,
    max: concurrency + 2,
    application_name: 'estate-api jobs',
  });
  // A dropped connection is replaced on next use; the queue retries what it was doing.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const runner: Runner = await run({
    pgPool: pool,
    schema: JOB_SCHEMA,
    taskList: tasks(runtime),
    concurrency,
    noHandleSignals: true,
    pollInterval: 1000,
    logger: jobsLogger(runtime.logger),
  });
  const sweep = async () => {
    try {
      for (const companyId of await companiesWithDueWork(runtime.base))
        await addSweepJob(runtime.base, 'company:due', { companyId }, `due:${companyId}`);
    } catch (error) {
      runtime.logger.warn('jobs: sweep failed', errorFields(error));
    }
  };
  const timer = setInterval(() => void sweep(), runtime.config.jobsSweepSeconds * 1000);
  void sweep();
  return {
    /** Lets running jobs finish for up to 3 s (what is cut short runs again: jobs are durable). */
    async stop() {
      clearInterval(timer);
      const bounded = (work: Promise<unknown>) =>
        Promise.race([work.catch(() => {}), new Promise((resolve) => setTimeout(resolve, 3000).unref())]);
      await bounded(runner.stop());
      await bounded(pool.end());
    },
  };
}
