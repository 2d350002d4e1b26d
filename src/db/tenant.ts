// Layer 2 of isolation: a Prisma client extension that scopes every query to one company, and the
// per-operation transaction that also sets the company for row-level security (layer 6).
import { Prisma } from '../generated/prisma/client.ts';
import { isUuid } from '../shared/validation.ts';
import type { BaseClient } from './client.ts';
import { settleOperation, unchanged } from './constant-filters.ts';
import { modelNamed } from './datamodel.ts';

/** The company a transaction works for; `companyId` null reaches no tenant row. */
export interface TenantScope {
  companyId: string | null;
  userId: string | null;
}

const READS_AND_WRITES_BY_FILTER = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
  'update',
  'updateMany',
  'updateManyAndReturn',
  'delete',
  'deleteMany',
]);
const CREATES = new Set(['create', 'createMany', 'createManyAndReturn']);

export class TenantViolation extends Error {}

/**
 * Models whose writes must say what they return: Prisma reads an enum column back as
 * `"status"::text`, and Citus refuses a non-immutable function (the enum's output) in the
 * RETURNING of a write. A write that selects only non-enum columns (or nothing: updateMany,
 * deleteMany, createMany) returns without one.
 */
const WRITES_RETURNING = new Set([
  'create',
  'update',
  'upsert',
  'delete',
  'createManyAndReturn',
  'updateManyAndReturn',
]);
const enumFields = (model: string) =>
  [...modelNamed(model).fields.values()].filter((f) => f.kind === 'enum').map((f) => f.name);

function refuseEnumReturning(model: string, operation: string, args: Args): void {
  if (!WRITES_RETURNING.has(operation)) return;
  const enums = new Set(enumFields(model));
  if (!enums.size) return;
  const selected = args.select ? Object.keys(args.select).filter((k) => args.select[k]) : null;
  if (!selected || args.include || selected.some((k) => enums.has(k)))
    throw new TenantViolation(
      `${model}.${operation} must select what it returns, without ${[...enums].join(', ')} (read it afterwards)`,
    );
}

// biome-ignore lint/suspicious/noExplicitAny: Prisma's arguments of every model and operation pass through here
type Args = Record<string, any>;

/** The filter that keeps a query of `model` to one company's rows (the read planner compiles it too). */
export function scopedFilter(model: string, companyId: string): Args {
  if (model === 'Company') return { id: companyId };
  if (model === 'User') {
    // The company's record of a person, shown while they have a membership or profile in it.
    return {
      companyId,
      OR: [
        { memberships: { some: { companyId } } },
        { marketers: { some: { companyId } } },
        { clients: { some: { companyId } } },
      ],
    };
  }
  return { companyId };
}

function withCompany(data: Args, model: string, companyId: string): Args {
  const key = model === 'Company' ? 'id' : 'companyId';
  if (data[key] !== undefined && data[key] !== companyId)
    throw new TenantViolation(`${model} create for another company refused`);
  return { ...data, [key]: companyId };
}

/** Rewrites one top-level operation so it can touch only `scope.companyId`'s rows. */
export function scopeArgs(model: string, operation: string, args: Args | undefined, companyId: string | null): Args {
  const a: Args = { ...(args ?? {}) };
  if (UNREACHABLE_MODELS.has(model)) throw new TenantViolation(`${model} is not reached by the API`);
  if (READ_ONLY_MODELS.has(model) && !READS.has(operation))
    throw new TenantViolation(`${model}.${operation} is not allowed: ${model} is shared by every company`);
  const creates = CREATES.has(operation) || operation === 'upsert';
  if (companyId === null) {
    throw new TenantViolation(`${model}.${operation} needs a company`);
  }
  if (READS_AND_WRITES_BY_FILTER.has(operation) || operation === 'upsert') {
    const filter = scopedFilter(model, companyId);
    const unique =
      operation.startsWith('findUnique') || operation === 'update' || operation === 'delete' || operation === 'upsert';
    // findUnique-style calls need the unique field at the top level; the rest can be ANDed.
    a.where = unique ? { ...(a.where ?? {}), AND: [filter] } : { AND: [a.where ?? {}, filter] };
  }
  if (creates && model !== 'User') {
    if (operation === 'upsert') a.create = withCompany(a.create, model, companyId);
    else if (operation === 'create') a.data = withCompany(a.data, model, companyId);
    else a.data = (Array.isArray(a.data) ? a.data : [a.data]).map((d: Args) => withCompany(d, model, companyId));
  }
  return a;
}

export function tenantExtension(scope: TenantScope) {
  return Prisma.defineExtension({
    name: 'tenant-scope',
    query: {
      $allModels: {
        $allOperations({ model, operation, args, query }) {
          refuseEnumReturning(model, operation, (args ?? {}) as Args);
          const scoped = scopeArgs(model, operation, args as Args, scope.companyId); // throws without a company
          // No constant condition reaches Prisma's SQL, no cursor names another company (Citus
          // plans neither beside an outer join): a query whose filter no row meets is answered
          // here, a relation load no row meets is filled in (src/db/constant-filters.ts).
          const settled = settleOperation(model, operation, scoped, scope.companyId as string);
          if ('answer' in settled) return Promise.resolve().then(settled.answer) as never;
          const sent = query(settled.args as typeof args);
          return settled.fill === unchanged ? sent : sent.then(settled.fill);
        },
      },
    },
  });
}

/** Rows the API may only read: a company's people are added by the registration statement alone. */
const READ_ONLY_MODELS = new Set(['User']);
/** Global rows the API never reaches: a person's email is resolved through app_ensure_user() alone. */
const UNREACHABLE_MODELS = new Set(['Person']);
const READS = new Set([
  'findUnique',
  'findUniqueOrThrow',
  'findFirst',
  'findFirstOrThrow',
  'findMany',
  'count',
  'aggregate',
  'groupBy',
]);

export function tenantClient(base: BaseClient, scope: TenantScope) {
  return base.$extends(tenantExtension(scope));
}
export type TenantClient = ReturnType<typeof tenantClient>;
/** What services get as `db`: the scoped client inside the operation's transaction. */
export type TenantTx = Omit<TenantClient, '$connect' | '$disconnect' | '$on' | '$transaction' | '$extends'>;

/**
 * Waiting longer than this for a pooled connection answers SERVICE_UNAVAILABLE (retry in a
 * second) rather than letting a flood queue every request for many seconds.
 */
export const CONNECTION_WAIT_MS = 3_000;
const TX_OPTIONS = { maxWait: CONNECTION_WAIT_MS, timeout: 30_000 } as const;

/**
 * Sets the company the row-level-security policies read, for this transaction only. A SET LOCAL
 * (not set_config()): with `citus.propagate_set_commands = 'local'` Citus sends it on to every
 * worker the transaction reaches. The value is a uuid (from a verified token or the database) or
 * empty, checked here before it is written into the statement.
 */
export async function setTenant(tx: TenantTx, scope: TenantScope): Promise<void> {
  await tx.$executeRawUnsafe(setTenantSql(scope));
}

/** The SET LOCAL of setTenant, for a transaction sent without Prisma (src/db/direct-reads.ts). */
export function setTenantSql(scope: TenantScope): string {
  const company = scope.companyId ?? '';
  if (company !== '' && !isUuid(company)) throw new TenantViolation('the company is not a uuid');
  return `SET LOCAL app.company_id = '${company}'`;
}

/**
 * Runs `fn` in one transaction that first sets the company for row-level security; `fn`'s
 * queries go through the tenant extension for the same scope.
 */
export async function inTenantTransaction<T>(
  base: BaseClient,
  scope: TenantScope,
  fn: (tx: TenantTx) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  return tenantClient(base, scope).$transaction(
    async (tx) => {
      await setTenant(tx as TenantTx, scope);
      return fn(tx as TenantTx);
    },
    { ...TX_OPTIONS, ...options },
  );
}

/** A transaction other than an operation's: a longer life, or one snapshot for every statement. */
export interface TransactionOptions {
  timeout?: number;
  isolationLevel?: Prisma.TransactionIsolationLevel;
}
