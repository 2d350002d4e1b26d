// A Prisma `orderBy` as a SQL ORDER BY list on a row alias, with the same order: exports stream a
// list in the order the API pages it, from the very orderings the services hand to Prisma. It knows
// what the lists use: scalar fields (with `sort` and `nulls`), a to-one relation's fields, and a
// list relation's `_count`; anything else throws UnsupportedOrder.
import { Prisma } from '../generated/prisma/client.ts';
import { type Field, modelNamed, type RelationField } from './datamodel.ts';
import { type Aliases, column } from './where-sql.ts';

export class UnsupportedOrder extends Error {}

type Sql = Prisma.Sql;
type Order = Record<string, unknown>;
const { sql, raw, join } = Prisma;

const direction = (value: unknown): { dir: 'ASC' | 'DESC'; nulls: string } => {
  if (value === 'asc' || value === 'desc') return { dir: value === 'asc' ? 'ASC' : 'DESC', nulls: '' };
  const { sort, nulls } = (value ?? {}) as { sort?: unknown; nulls?: unknown };
  if (sort !== 'asc' && sort !== 'desc') throw new UnsupportedOrder(`sort ${String(sort)}`);
  if (nulls !== undefined && nulls !== 'first' && nulls !== 'last')
    throw new UnsupportedOrder(`nulls ${String(nulls)}`);
  return { dir: sort === 'asc' ? 'ASC' : 'DESC', nulls: nulls ? ` NULLS ${String(nulls).toUpperCase()}` : '' };
};

/** The related row(s) of `alias` through `field`: a FROM and a join condition. */
function related(field: RelationField, alias: string, aliases: Aliases) {
  const child = aliases.next();
  const on = join(
    field.joins.map(([ours, theirs]) => sql`${column(child, theirs)} = ${column(alias, ours)}`),
    ' AND ',
  );
  return { child, from: sql`"${raw(field.type)}" ${raw(child)}`, on };
}

/** The expression one orderBy entry sorts `alias` by, and its direction. */
function key(model: string, entry: Order, alias: string, aliases: Aliases): { expr: Sql; dir: string; nulls: string } {
  const names = Object.keys(entry).filter((k) => entry[k] !== undefined);
  if (names.length !== 1) throw new UnsupportedOrder('one field per orderBy entry');
  const field: Field | undefined = modelNamed(model).fields.get(names[0]);
  if (!field) throw new UnsupportedOrder(`${model}.${names[0]} is not a field`);
  const value = entry[names[0]];
  if (field.kind !== 'object') return { expr: column(alias, field.name), ...direction(value) };
  const { child, from, on } = related(field, alias, aliases);
  if (field.isList) {
    const count = (value as { _count?: unknown })._count;
    if (count === undefined) throw new UnsupportedOrder(`${field.name}: only _count of a list`);
    return { expr: sql`(SELECT count(*) FROM ${from} WHERE ${on})`, ...direction(count) };
  }
  const inner = key(field.type, value as Order, child, aliases);
  return { ...inner, expr: sql`(SELECT ${inner.expr} FROM ${from} WHERE ${on})` };
}

/** `orderBy` (an entry or a list of them) on rows of `model` named `alias`, as ORDER BY items. */
export function orderSql(model: string, orderBy: Order | readonly Order[], alias: string, aliases: Aliases): Sql[] {
  return (Array.isArray(orderBy) ? orderBy : [orderBy]).map((entry) => {
    const { expr, dir, nulls } = key(model, entry, alias, aliases);
    return sql`${expr} ${raw(dir + nulls)}`;
  });
}
