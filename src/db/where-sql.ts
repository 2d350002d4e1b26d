// A Prisma `where` filter as a SQL condition on a row alias, with the same meaning: the read planner
// and the insights apply the very filters (visibility rules, list arguments) that the resolvers
// hand to Prisma. It knows the part of Prisma's filter grammar the API uses; anything else throws
// UnsupportedFilter, so a caller can leave the work to Prisma rather than guess. Values travel as
// parameters; PostgreSQL types each from the column it is compared with.
import { Prisma } from '../generated/prisma/client.ts';
import { type Field, modelNamed, type RelationField, type ScalarField } from './datamodel.ts';

export class UnsupportedFilter extends Error {}

type Sql = Prisma.Sql;
type Where = Record<string, unknown>;
const { sql, raw, join, empty } = Prisma;

const TRUE = sql`TRUE`;
const FALSE = sql`FALSE`;

/**
 * Names for the aliases of subqueries, unique within one statement, and the company the statement
 * reads, when it names one: every tenant row it reaches is then also compared with that constant,
 * so that Citus routes the whole statement to the company's shard (a correlated subquery's join
 * to its outer row alone does not let it prune shards).
 */
export interface Aliases {
  next(): string;
  company?: Sql;
}

export const aliasCounter = (prefix = 'w', company?: Sql): Aliases => {
  let n = 0;
  return { next: () => `${prefix}${n++}`, ...(company ? { company } : {}) };
};

/** `alias`."companyId" = the statement's company, for a tenant model when the statement names one. */
export const inCompany = (model: string, alias: string, aliases: Aliases): Sql =>
  aliases.company && modelNamed(model).fields.get('companyId')?.kind === 'scalar'
    ? sql`${column(alias, 'companyId')} = ${aliases.company}`
    : TRUE;

export const column = (alias: string, name: string) => raw(`${alias}."${name}"`);

/** As a parameter: instants in ISO 8601 with their zone (never read in the session's time zone). */
const value = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

const isTrue = (part: Sql) => part.sql === 'TRUE';
const and = (parts: Sql[]) => {
  const real = parts.filter((part) => !isTrue(part));
  return real.length === 0 ? TRUE : real.length === 1 ? real[0] : sql`(${join(real, ' AND ')})`;
};
const list = (v: unknown): Where[] => (Array.isArray(v) ? v : [v]) as Where[];

/** `where` on rows of `model` named `alias`, as SQL. */
export function whereSql(model: string, where: Where | null | undefined, alias: string, aliases: Aliases): Sql {
  if (!where) return TRUE;
  const fields = modelNamed(model).fields;
  const parts: Sql[] = [];
  const each = (condition: unknown) => list(condition).map((w) => whereSql(model, w, alias, aliases));
  for (const [key, condition] of Object.entries(where)) {
    if (condition === undefined) continue;
    // As Prisma reads them: a filter with no condition is no condition, also inside OR (an empty
    // OR, or one with an empty branch, matches everything) and NOT (NOT {} excludes nothing).
    if (key === 'AND') parts.push(and(each(condition)));
    else if (key === 'OR') {
      const branches = each(condition);
      parts.push(
        !branches.length || branches.some(isTrue)
          ? TRUE
          : branches.length === 1
            ? branches[0]
            : sql`(${join(branches, ' OR ')})`,
      );
    } else if (key === 'NOT')
      parts.push(
        ...each(condition)
          .filter((p) => !isTrue(p))
          .map((p) => sql`NOT ${p}`),
      );
    else {
      const field = fields.get(key);
      if (!field) throw new UnsupportedFilter(`${model}.${key} is not a field`);
      parts.push(fieldSql(model, field, condition, alias, aliases));
    }
  }
  return and(parts);
}

function fieldSql(model: string, field: Field, condition: unknown, alias: string, aliases: Aliases): Sql {
  if (field.kind === 'object') return relationSql(field, condition, alias, aliases);
  if (field.isList) throw new UnsupportedFilter(`${model}.${field.name} is a list`);
  return scalarSql(field, condition, column(alias, field.name));
}

const isOperators = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !(v instanceof Date) && !Array.isArray(v);

const PATTERNS: Record<string, (text: string) => string> = {
  contains: (t) => `%${t}%`,
  startsWith: (t) => `${t}%`,
  endsWith: (t) => `%${t}`,
};

function scalarSql(field: ScalarField, condition: unknown, col: Sql): Sql {
  if (condition === null) return sql`${col} IS NULL`;
  if (!isOperators(condition)) return sql`${col} = ${value(condition)}`;
  const { mode, ...operators } = condition;
  if (mode !== undefined && mode !== 'default' && mode !== 'insensitive') throw new UnsupportedFilter(`mode ${mode}`);
  const parts: Sql[] = [];
  for (const [operator, operand] of Object.entries(operators)) {
    if (operand === undefined) continue;
    switch (operator) {
      case 'equals':
        if (mode === 'insensitive') throw new UnsupportedFilter('insensitive equals');
        parts.push(scalarSql(field, operand, col));
        break;
      case 'not':
        parts.push(operand === null ? sql`${col} IS NOT NULL` : sql`NOT ${scalarSql(field, operand, col)}`);
        break;
      case 'in':
      case 'notIn': {
        const items = operand as unknown[];
        const inList = items.length ? sql`${col} IN (${join(items.map(value))})` : FALSE;
        parts.push(operator === 'in' ? inList : items.length ? sql`NOT ${inList}` : TRUE);
        break;
      }
      case 'lt':
      case 'lte':
      case 'gt':
      case 'gte': {
        const op = { lt: '<', lte: '<=', gt: '>', gte: '>=' }[operator];
        parts.push(sql`${col} ${raw(op)} ${value(operand)}`);
        break;
      }
      case 'contains':
      case 'startsWith':
      case 'endsWith':
        parts.push(
          sql`${col} ${raw(mode === 'insensitive' ? 'ILIKE' : 'LIKE')} ${PATTERNS[operator](String(operand))}`,
        );
        break;
      default:
        throw new UnsupportedFilter(`${field.name}: ${operator}`);
    }
  }
  return and(parts);
}

/** The related rows of the row `alias` through `field`, as a FROM and a join condition. */
function related(field: RelationField, alias: string, aliases: Aliases) {
  const child = aliases.next();
  const on = and([
    ...field.joins.map(([ours, theirs]) => sql`${column(child, theirs)} = ${column(alias, ours)}`),
    inCompany(field.type, child, aliases),
  ]);
  return { child, from: sql`"${raw(field.type)}" ${raw(child)}`, on };
}

function exists(field: RelationField, where: Where | null, alias: string, aliases: Aliases, negate = false): Sql {
  const { child, from, on } = related(field, alias, aliases);
  const filter = where ? sql` AND ${whereSql(field.type, where, child, aliases)}` : empty;
  return sql`${raw(negate ? 'NOT ' : '')}EXISTS (SELECT 1 FROM ${from} WHERE ${on}${filter})`;
}

function relationSql(field: RelationField, condition: unknown, alias: string, aliases: Aliases): Sql {
  if (condition === null) {
    if (field.isList) throw new UnsupportedFilter(`${field.name}: null`);
    return exists(field, null, alias, aliases, true);
  }
  if (!isOperators(condition)) throw new UnsupportedFilter(`${field.name}: not a filter`);
  const keys = Object.keys(condition).filter((k) => condition[k] !== undefined);
  if (field.isList) {
    const parts = keys.map((k) => {
      const where = condition[k] as Where;
      if (k === 'some') return exists(field, where, alias, aliases);
      if (k === 'none') return exists(field, where, alias, aliases, true);
      if (k === 'every') return exists(field, { NOT: where }, alias, aliases, true);
      throw new UnsupportedFilter(`${field.name}: ${k}`);
    });
    return and(parts);
  }
  if (keys.length && keys.every((k) => k === 'is' || k === 'isNot')) {
    return and(
      keys.map((k) => {
        const where = condition[k] as Where | null;
        if (k === 'is')
          return where === null ? exists(field, null, alias, aliases, true) : exists(field, where, alias, aliases);
        // Whether a missing related row "is not" a filter is Prisma's to say: only null is taken.
        if (where !== null) throw new UnsupportedFilter(`${field.name}: isNot a filter`);
        return exists(field, null, alias, aliases);
      }),
    );
  }
  return exists(field, condition, alias, aliases);
}
