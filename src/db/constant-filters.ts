// Filters that reduce to a constant, settled before Prisma writes SQL. Prisma writes `in: []` as
// `1=0` (a visibility rule's NONE, a list argument given empty); PostgreSQL 15 plans such a
// condition away, and Citus (PostgreSQL 15 and 16) then refuses a statement that also holds an
// outer join (a `_count`, an order by a relation's count, a filter on a to-one relation):
// "Distributed queries with outer joins and pseudoconstant quals are not supported". So a query
// whose filter no row can meet is answered here without the database, a relation load whose filter
// no row can meet is answered empty, and a part of a filter that every row meets is dropped. The
// meaning of every filter is Prisma's own (test/constant-filters.test.ts holds the two together).
// Beside that, for the same planner: a cursor, and every relation load, name the query's company.
import { Prisma } from '../generated/prisma/client.ts';
import { modelNamed } from './datamodel.ts';

type Where = Record<string, unknown>;
// biome-ignore lint/suspicious/noExplicitAny: Prisma's arguments of every model and operation pass through here
type Args = Record<string, any>;

/** Every row meets it. */
const ALL = Symbol('every row');
/** No row meets it. */
const NONE = Symbol('no row');
/** A filter (or a part of one) settled: ALL, NONE, or what it is when it depends on the row. */
type Settled = unknown;

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && !Array.isArray(v);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const defined = (w: Record<string, unknown>) => Object.keys(w).filter((k) => w[k] !== undefined);
const asWhere = (s: Settled): unknown => (s === ALL ? {} : s);
const not = (s: Settled): Settled => (s === ALL ? NONE : s === NONE ? ALL : s);

/** The keyed parts of one filter object, all of which must hold: NONE if one is, ALL if all are. */
function allOf(parts: [string, Settled][]): Settled {
  if (parts.some(([, s]) => s === NONE)) return NONE;
  const left = parts.filter(([, s]) => s !== ALL);
  return left.length === 0 ? ALL : Object.fromEntries(left);
}

/** `where` on rows of `model`: true (every row meets it), false (none does), or the filter without the parts every row meets. */
export function settle(model: string, where: Where | null | undefined): boolean | Where {
  const settled = settleWhere(model, where);
  return settled === ALL ? true : settled === NONE ? false : (settled as Where);
}

function settleWhere(model: string, where: unknown): Settled {
  if (!isObject(where)) return ALL;
  const fields = modelNamed(model).fields;
  return allOf(
    defined(where).map((key): [string, Settled] => {
      const condition = where[key];
      if (key === 'AND') {
        const branches = list(condition).map((w) => settleWhere(model, w));
        if (branches.includes(NONE)) return [key, NONE];
        const left = branches.filter((b) => b !== ALL);
        return [key, left.length ? left : ALL];
      }
      if (key === 'OR') {
        // Prisma reads an empty OR, or one with a branch every row meets, as no condition.
        const branches = list(condition).map((w) => settleWhere(model, w));
        if (!branches.length || branches.includes(ALL)) return [key, ALL];
        const left = branches.filter((b) => b !== NONE);
        return [key, left.length ? left : NONE];
      }
      if (key === 'NOT') {
        // NOT {} excludes nothing, but NOT of a condition every row meets excludes every row.
        const branches = list(condition)
          .filter((w) => !isObject(w) || defined(w).length > 0)
          .map((w) => not(settleWhere(model, w)));
        if (branches.includes(NONE)) return [key, NONE];
        const left = branches.filter((b) => b !== ALL).map(not);
        return [key, left.length ? left : ALL];
      }
      const field = fields.get(key);
      if (field?.kind === 'object') return [key, settleRelation(field.type, field.isList, condition)];
      if (field) return [key, settleScalar(condition)];
      return [key, condition]; // a compound unique key: depends on the row
    }),
  );
}

function settleScalar(condition: unknown): Settled {
  if (!isObject(condition)) return condition; // equality (or null)
  const { mode, ...operators } = condition;
  const parts = defined(operators).map((op): [string, Settled] => {
    const operand = operators[op];
    if ((op === 'in' || op === 'notIn') && Array.isArray(operand) && operand.length === 0)
      return [op, op === 'in' ? NONE : ALL];
    if (op === 'not' && isObject(operand)) {
      const inner = settleScalar(operand);
      return [op, inner === ALL || inner === NONE ? not(inner) : inner];
    }
    return [op, operand];
  });
  const settled = allOf(parts);
  return settled === ALL || settled === NONE || mode === undefined ? settled : { ...(settled as object), mode };
}

function settleRelation(model: string, isList: boolean, condition: unknown): Settled {
  if (!isObject(condition)) return condition; // null: "has none"
  const keys = defined(condition);
  // Every related row meeting what none can meet: there is none (and so none that is "some").
  if (isList && keys.includes('every') && settleWhere(model, condition.every) === NONE)
    return keys.includes('some') ? NONE : { none: {} };
  if (isList || keys.some((k) => k === 'is' || k === 'isNot')) {
    return allOf(
      keys.map((k): [string, Settled] => {
        if (condition[k] === null) return [k, null];
        const inner = settleWhere(model, condition[k]);
        if (k === 'some' || k === 'is') return [k, inner === NONE ? NONE : asWhere(inner)];
        if (k === 'none') return [k, inner === NONE ? ALL : asWhere(inner)];
        if (k === 'every') return [k, inner];
        // isNot: a related row that cannot meet the filter is "not" it; otherwise Prisma decides.
        return [k, inner === NONE ? ALL : condition[k]];
      }),
    );
  }
  // A to-one relation's filter written without `is`: the related row exists and meets it.
  const inner = settleWhere(model, condition);
  return inner === NONE ? NONE : inner === ALL ? condition : inner;
}

/** What to put into the rows a query returns, for relation loads answered here. */
interface Fill {
  /** Values set on each row (an empty list, a count of 0). */
  set: Record<string, unknown>;
  /** Fills of the relations loaded with each row. */
  nested: Record<string, Fill>;
}

const emptyFill = (): Fill => ({ set: {}, nested: {} });
const isEmptyFill = (f: Fill): boolean =>
  !Object.keys(f.set).length && Object.values(f.nested).every((n) => isEmptyFill(n));

/**
 * A cursor names its row by (companyId, id). One from another company names no row of this one:
 * pinned to the company, it still finds none, and the statement stays on the company's shard.
 */
function pinCursor(cursor: unknown, companyId: string): unknown {
  if (!isObject(cursor)) return cursor;
  return Object.fromEntries(
    Object.entries(cursor).map(([key, v]) => [
      key,
      key === 'companyId' ? companyId : isObject(v) && 'companyId' in v ? { ...v, companyId } : v,
    ]),
  );
}

/**
 * A relation load's filter, naming the company as well: Prisma loads the related rows of several
 * parents with `"companyId" IN (…, …)`, which with a cursor's subqueries Citus does not route to
 * the company's shard; a constant equality it does. (Row-level security holds it to the company
 * anyway: the result is the same.)
 */
function inCompany(model: string, where: Settled, companyId: string): Settled {
  if (modelNamed(model).fields.get('companyId')?.kind !== 'scalar') return where;
  return where === ALL ? { companyId } : { AND: [where, { companyId }] };
}

/** The relations selected or included with rows of `model`, settled; what was dropped goes into `fill`. */
function settleSelection(model: string, selection: unknown, companyId: string, fill: Fill, isSelect: boolean): unknown {
  if (!isObject(selection)) return selection;
  const fields = modelNamed(model).fields;
  const out: Args = {};
  for (const [key, value] of Object.entries(selection)) {
    if (key === '_count' && isObject(value) && isObject(value.select)) {
      const counted: Args = {};
      for (const [relation, load] of Object.entries(value.select)) {
        const field = fields.get(relation);
        if (!isObject(load) || field?.kind !== 'object') {
          counted[relation] = load;
          continue;
        }
        const where = settleWhere(field.type, load.where);
        if (where === NONE) fill.set._count = { ...(fill.set._count as object), [relation]: 0 };
        else counted[relation] = withWhere(load, inCompany(field.type, where, companyId));
      }
      if (Object.keys(counted).length) out._count = { ...value, select: counted };
      continue;
    }
    const field = fields.get(key);
    if (field?.kind !== 'object' || !isObject(value)) {
      out[key] = value;
      continue;
    }
    const where = field.isList ? settleWhere(field.type, value.where) : ALL;
    if (where === NONE) {
      fill.set[key] = [];
      continue;
    }
    const nested = emptyFill();
    const load: Args = field.isList ? withWhere(value, inCompany(field.type, where, companyId)) : { ...value };
    if (load.cursor) load.cursor = pinCursor(load.cursor, companyId);
    if (load.select) load.select = settleSelection(field.type, load.select, companyId, nested, true);
    if (load.include) load.include = settleSelection(field.type, load.include, companyId, nested, false);
    if (!isEmptyFill(nested)) fill.nested[key] = nested;
    out[key] = load;
  }
  // A `select` left with nothing in it would select every column: keep the row's key.
  if (isSelect && !Object.values(out).some(Boolean))
    for (const column of modelNamed(model).primaryKey) out[column] = true;
  return out;
}

function withWhere(args: Args, where: Settled): Args {
  const { where: _, ...rest } = args;
  return where === ALL ? rest : { ...rest, where };
}

function applyFill(rows: unknown, fill: Fill): void {
  if (Array.isArray(rows)) {
    for (const row of rows) applyFill(row, fill);
    return;
  }
  if (!isObject(rows)) return;
  for (const [key, value] of Object.entries(fill.set))
    rows[key] = Array.isArray(value) ? [] : isObject(value) ? { ...(rows[key] as object), ...value } : value;
  for (const [key, nested] of Object.entries(fill.nested)) applyFill(rows[key], nested);
}

/** What an operation answers when its filter matches no row, as Prisma would answer it. */
const ANSWERS: Record<string, (args: Args) => unknown> = {
  findMany: () => [],
  groupBy: () => [],
  updateManyAndReturn: () => [],
  findFirst: () => null,
  findUnique: () => null,
  updateMany: () => ({ count: 0 }),
  deleteMany: () => ({ count: 0 }),
  count: (args) => (isObject(args.select) ? zeros(args.select) : 0),
  aggregate: (args) =>
    Object.fromEntries(
      Object.entries(args)
        .filter(([key, v]) => key.startsWith('_') && v)
        .map(([key, v]) => [key, key === '_count' ? (isObject(v) ? zeros(v) : 0) : nulls(v)]),
    ),
};
const NOT_FOUND = new Set(['findUniqueOrThrow', 'findFirstOrThrow', 'update', 'delete']);
const zeros = (picked: object) => Object.fromEntries(Object.keys(picked).map((k) => [k, 0]));
const nulls = (picked: unknown) => Object.fromEntries(Object.keys(picked as object).map((k) => [k, null]));

function notFound(): Prisma.PrismaClientKnownRequestError {
  return new Prisma.PrismaClientKnownRequestError(
    'An operation failed because it depends on one or more records that were required but not found. No record was found for a query.',
    { code: 'P2025', clientVersion: Prisma.prismaVersion.client },
  );
}

/** The fill of a query that left every relation load to the database. */
export const unchanged = <T>(result: T): T => result;

export type Settlement = { answer: () => unknown } | { args: Args; fill: (result: unknown) => unknown };

/**
 * One top-level operation of `model` with its filters settled, for the company `companyId`:
 * either the answer itself (its filter matches no row) or the arguments to send and what to fill
 * into the rows they return.
 */
export function settleOperation(model: string, operation: string, args: Args, companyId: string): Settlement {
  const where = settleWhere(model, args.where);
  if (where === NONE && (ANSWERS[operation] || NOT_FOUND.has(operation)))
    return {
      answer: () => {
        if (NOT_FOUND.has(operation)) throw notFound();
        return ANSWERS[operation](args);
      },
    };
  const out: Args = where === NONE || !('where' in args) ? { ...args } : withWhere(args, where);
  if (out.cursor) out.cursor = pinCursor(out.cursor, companyId);
  const fill = emptyFill();
  if (out.select) out.select = settleSelection(model, out.select, companyId, fill, true);
  if (out.include) out.include = settleSelection(model, out.include, companyId, fill, false);
  if (isEmptyFill(fill)) return { args: out, fill: unchanged };
  return {
    args: out,
    fill: (result) => {
      applyFill(result, fill);
      return result;
    },
  };
}
