// A Prisma findMany (where, orderBy, cursor, take, skip) as SQL with the same rows in the same
// order, for the read planner: it answers lists with the very query arguments the resolvers hand
// to Prisma (built by the services and by Pothos' connection arguments). The cursor follows
// Prisma's own condition (prisma-engines, cursor_condition.rs): the rows from the cursor row on
// in the list's order, compared with that row's values read by its unique key alone (over keys
// that cannot be NULL: a cursor over a nullable order is left to Prisma). Anything outside this grammar throws UnsupportedFilter. Its
// orderBy alone, as ORDER BY items, also orders the exports (orderBySql).
import { Prisma } from '../generated/prisma/client.ts';
import { modelNamed, type RelationField } from './datamodel.ts';
import { type Aliases, column, inCompany, UnsupportedFilter, whereSql } from './where-sql.ts';

type Sql = Prisma.Sql;
type Where = Record<string, unknown>;
const { sql, raw, join, empty } = Prisma;

export interface FindMany {
  where?: Where;
  orderBy?: Record<string, unknown> | Record<string, unknown>[];
  cursor?: Record<string, unknown>;
  take?: number;
  skip?: number;
}

/** One key of the order: its value for a row, the direction, whether it can be NULL, and where NULLs go if asked. */
interface OrderKey {
  value: (row: string) => Sql;
  descending: boolean;
  nullable: boolean;
  nulls?: 'first' | 'last';
}

const table = (model: string) => raw(`"${model}"`);

/** The columns joining `child` to the row `parent` through `field`. */
export const joinOn = (field: RelationField, parent: string, child: string) =>
  join(
    field.joins.map(([ours, theirs]) => sql`${column(child, theirs)} = ${column(parent, ours)}`),
    ' AND ',
  );

function direction(value: unknown): { descending: boolean; nulls?: 'first' | 'last' } {
  const sort = typeof value === 'object' && value !== null ? (value as { sort?: unknown; nulls?: unknown }) : null;
  const nulls = sort?.nulls;
  if (nulls !== undefined && nulls !== 'first' && nulls !== 'last')
    throw new UnsupportedFilter(`orderBy nulls ${String(nulls)}`);
  const d = sort ? sort.sort : value;
  if (d !== 'asc' && d !== 'desc') throw new UnsupportedFilter(`orderBy ${String(d)}`);
  return { descending: d === 'desc', ...(nulls ? { nulls } : {}) };
}

/** The order keys of one orderBy entry of `model` (through to-one relations and _count of lists). */
function orderKeys(
  model: string,
  entry: Record<string, unknown>,
  aliases: Aliases,
  path: RelationField[] = [],
): OrderKey[] {
  const keys = Object.entries(entry).filter(([, v]) => v !== undefined);
  if (keys.length !== 1) throw new UnsupportedFilter('orderBy entries name one field each');
  const [[name, value]] = keys;
  const field = modelNamed(model).fields.get(name);
  if (!field) throw new UnsupportedFilter(`orderBy ${model}.${name}`);
  // The value on the row at the end of `path` (a chain of to-one relations), NULL when a link is missing.
  const through = (row: string, last: (alias: string) => Sql): Sql => {
    if (!path.length) return last(row);
    let from = row;
    const hops = path.map((hop) => {
      const to = aliases.next();
      const on = sql`${joinOn(hop, from, to)} AND ${inCompany(hop.type, to, aliases)}`;
      from = to;
      return { hop, to, on };
    });
    const [first, ...rest] = hops;
    const joins = rest.map(({ hop, to, on }) => sql` JOIN ${table(hop.type)} ${raw(to)} ON ${on}`);
    return sql`(SELECT ${last(from)} FROM ${table(first.hop.type)} ${raw(first.to)}${joins.length ? join(joins, '') : empty} WHERE ${first.on})`;
  };
  if (field.kind !== 'object') {
    const nullable = !field.isRequired || path.some((hop) => !hop.isRequired);
    return [{ value: (row) => through(row, (at) => column(at, name)), ...direction(value), nullable }];
  }
  if (field.isList) {
    const counted = value as { _count?: unknown };
    if (Object.keys(counted).length !== 1 || counted._count === undefined)
      throw new UnsupportedFilter(`orderBy ${name}`);
    const { descending } = direction(counted._count);
    const count = (at: string) => {
      const c = aliases.next();
      return sql`(SELECT count(*) FROM ${table(field.type)} ${raw(c)} WHERE ${joinOn(field, at, c)} AND ${inCompany(field.type, c, aliases)})`;
    };
    // Prisma compares counts as coalesce(count, 0), never NULL.
    return [{ value: (row) => sql`coalesce(${through(row, count)}, 0)`, descending, nullable: false }];
  }
  return orderKeys(field.type, value as Record<string, unknown>, aliases, [...path, field]);
}

function orderOf(model: string, orderBy: FindMany['orderBy'], aliases: Aliases): OrderKey[] {
  const entries = orderBy === undefined ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
  if (entries.length) return entries.flatMap((entry) => orderKeys(model, entry, aliases));
  // Without orderBy, Prisma pages by the primary key.
  const { fields, primaryKey } = modelNamed(model);
  return primaryKey.map((name) => ({
    value: (row: string) => column(row, name),
    descending: false,
    nullable: !(fields.get(name) as { isRequired: boolean }).isRequired,
  }));
}

/** The unique key a cursor names, as conditions on `row`. */
function cursorRow(model: string, cursor: Record<string, unknown>, row: string): Sql {
  const [[name, value]] = Object.entries(cursor);
  const { fields } = modelNamed(model);
  if (fields.get(name)?.kind === 'scalar') return sql`${column(row, name)} = ${value}`;
  // A compound unique key: { companyId_id: { companyId, id } }.
  const parts = Object.entries(value as Record<string, unknown>);
  if (!parts.length || parts.some(([part]) => fields.get(part)?.kind !== 'scalar')) {
    throw new UnsupportedFilter(`cursor ${name}`);
  }
  return join(
    parts.map(([part, v]) => sql`${column(row, part)} = ${v}`),
    ' AND ',
  );
}

/** Prisma's cursor condition on `row`: at or after the cursor row in the order of `keys` (before it when reversed). */
function cursorSql(
  model: string,
  cursor: Record<string, unknown>,
  keys: OrderKey[],
  row: string,
  reverse: boolean,
  aliases: Aliases,
): Sql {
  const at = aliases.next();
  const cursorValue = (key: OrderKey) =>
    sql`(SELECT ${key.value(at)} FROM ${table(model)} ${raw(at)} WHERE ${cursorRow(model, cursor, at)} AND ${inCompany(model, at, aliases)})`;
  const compare = (key: OrderKey, orEqual: boolean) => {
    const after = key.descending !== reverse ? '<' : '>';
    const cmp = cursorValue(key);
    return sql`(${key.value(row)} ${raw(after + (orEqual ? '=' : ''))} ${cmp})`;
  };
  const equal = (key: OrderKey) => sql`(${key.value(row)} = ${cursorValue(key)})`;
  if (keys.length === 1) return compare(keys[0], true);
  // (k1 = c1 AND … AND kn >= cn) OR (k1 = c1 AND … AND kn-1 > cn-1) OR … OR (k1 > c1)
  const branches = keys.map((_, n) => {
    const head = keys.slice(0, keys.length - n - 1);
    const last = keys[keys.length - n - 1];
    return sql`(${join([...head.map(equal), compare(last, n === 0)], ' AND ')})`;
  });
  return sql`(${join(branches, ' OR ')})`;
}

export interface Page {
  /** A derived table of the rows, with `"$k"`: 1, 2, … in the order they were fetched. */
  rows: Sql;
  /** Whether that fetch order is the list's order (it is reversed when taking from the end). */
  forward: boolean;
  /** How many rows were asked for (|take|), or null for all. */
  limit: number | null;
}

/**
 * The rows findMany(args) returns from `model` where `condition` holds on a row (the join to a
 * parent row, say), under the alias `alias`.
 */
export function pageSql(
  model: string,
  args: FindMany,
  alias: string,
  condition: (row: string) => Sql | null,
  aliases: Aliases,
): Page {
  const keys = orderOf(model, args.orderBy, aliases);
  // Where Prisma puts NULLs when it pages backwards or from a cursor is not followed here.
  if (keys.some((key) => key.nulls)) throw new UnsupportedFilter('orderBy nulls');
  // Prisma's cursor over a key that can be NULL (its cursor row's or another's) is not matched here
  // in every case the differential test found: such a page is left to Prisma.
  if (args.cursor && keys.some((key) => key.nullable)) throw new UnsupportedFilter('a cursor over a nullable order');
  const reverse = (args.take ?? 0) < 0;
  // The rows of the list, on a row named `row`: its parent's, its company's, its filter's.
  const listed = (row: string) => {
    const parent = condition(row);
    return join(
      [...(parent ? [parent] : []), inCompany(model, row, aliases), whereSql(model, args.where, row, aliases)],
      ' AND ',
    );
  };
  const conditions = [listed(alias)];
  if (args.cursor) {
    // Prisma answers an empty page for a cursor its filter or its parent leaves out.
    const at = aliases.next();
    conditions.push(
      sql`EXISTS (SELECT 1 FROM ${table(model)} ${raw(at)} WHERE ${cursorRow(model, args.cursor, at)} AND ${listed(at)})`,
      cursorSql(model, args.cursor, keys, alias, reverse, aliases),
    );
  }
  const order = (row: string) =>
    join(
      keys.map((key) => sql`${key.value(row)} ${raw(key.descending !== reverse ? 'DESC' : 'ASC')}`),
      ', ',
    );
  const limit = args.take === undefined ? null : Math.abs(args.take);
  const skip = args.skip ? sql` OFFSET ${args.skip}` : empty;
  const take = limit === null ? empty : sql` LIMIT ${limit}`;
  // The fetch (filter, order, offset, limit) can use an index; "$k" is numbered over its rows only.
  const fetched = sql`SELECT ${raw(alias)}.* FROM ${table(model)} ${raw(alias)} WHERE ${join(conditions, ' AND ')} ORDER BY ${order(alias)}${skip}${take}`;
  const rows = sql`(SELECT ${raw(alias)}.*, row_number() OVER (ORDER BY ${order(alias)}) AS "$k" FROM (${fetched}) ${raw(alias)})`;
  return { rows, forward: !reverse, limit };
}

/** `orderBy` on rows of `model` named `alias`, as ORDER BY items (an export's order: the list's, whole). */
export const orderBySql = (model: string, orderBy: FindMany['orderBy'], alias: string, aliases: Aliases): Sql[] =>
  orderOf(model, orderBy, aliases).map(
    (key) =>
      sql`${key.value(alias)} ${raw(key.descending ? 'DESC' : 'ASC')}${key.nulls ? raw(` NULLS ${key.nulls.toUpperCase()}`) : empty}`,
  );
