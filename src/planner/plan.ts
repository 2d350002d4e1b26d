// The read planner: each root field of a query, as one SQL statement that returns the field's JSON
// exactly as the resolvers would answer it, under the operation's transaction and row-level
// security. It is generated from the schema: object types name their Prisma model, plain fields
// their column, relations and connections their Prisma query (computed by Pothos from the
// arguments, as the resolvers compute it); what the metadata cannot say is declared on the field
// (src/schema/planning.ts). Who may see what comes from the same authScopes and src/policy rules
// the resolvers apply. A root field asking for anything without a plan is left to the resolvers;
// so is one whose answer would hold a row the resolvers refuse (FALLBACK_JSON marks it).
import { PothosValidationError } from '@pothos/core';
import { parsePrismaCursor } from '@pothos/plugin-prisma';
import {
  type FieldNode,
  type GraphQLField,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getArgumentValues,
  getNamedType,
  isEnumType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { modelNamed, type RelationField } from '../db/datamodel.ts';
import { type FindMany, joinOn, pageSql } from '../db/query-sql.ts';
import { scopedFilter } from '../db/tenant.ts';
import { type Aliases, aliasCounter, inCompany, whereSql } from '../db/where-sql.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { can, type Permission } from '../policy/permissions.ts';
import type { Session } from '../runtime/session.ts';
import { PLAN, type Plan, ROW_RULE, type RowRule } from '../schema/planning.ts';
import { PAGE } from '../shared/limits.ts';
import { anyValue, array, cursor, FALLBACK_JSON, globalId, object, scalar, typename, Unplannable } from './json.ts';
import { collectFields, type Operation, subSelections } from './selection.ts';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

export interface Planning extends Operation {
  session: Session;
  aliases: Aliases;
}

const table = (model: string) => raw(`"${model}"`);
const options = (thing: { extensions?: unknown }) =>
  ((thing.extensions as { pothosOptions?: Record<string, unknown> } | undefined)?.pothosOptions ?? {}) as Record<
    string,
    unknown
  >;
const planOf = (thing: { extensions?: Record<string, unknown> | null }) => thing.extensions?.[PLAN] as Plan | undefined;
const modelOf = (type: GraphQLObjectType) => type.extensions?.pothosPrismaModel as string | undefined;

type Scopes =
  | boolean
  | { public?: boolean; authenticated?: boolean; can?: Permission }
  | ((...args: never[]) => unknown);

/**
 * Whether authScopes that do not depend on the row let the viewer in; undefined when they depend
 * on it (a function: planned only when it is a row rule).
 */
function staticScopes(p: Planning, scopes: Scopes | undefined): boolean | undefined {
  if (scopes === undefined || scopes === true) return true;
  if (scopes === false) return false;
  if (typeof scopes === 'function') return undefined;
  const unknown = Object.keys(scopes).filter((k) => k !== 'public' && k !== 'authenticated' && k !== 'can');
  if (unknown.length) throw new Unplannable(`scopes ${unknown.join(', ')}`);
  const viewer = p.session.viewer;
  return !!scopes.public || (!!scopes.authenticated && !!viewer) || (!!scopes.can && can(viewer, scopes.can));
}

/**
 * The condition, on row `row`, of the authScopes of a type (or field) that declares them: SQL
 * when they are a row rule, TRUE when static and granted. Refused statically: Unplannable (the
 * resolvers then answer with their error).
 */
export function allowedSql(p: Planning, thing: { extensions?: Record<string, unknown> | null }, row: string): Sql {
  const granted = staticScopes(p, options(thing).authScopes as Scopes | undefined);
  if (granted === true) return sql`TRUE`;
  if (granted === false) throw new Unplannable('refused by its scopes');
  const rule = thing.extensions?.[ROW_RULE] as RowRule | undefined;
  if (!rule) throw new Unplannable('authScopes without a row rule');
  return whereSql(rule.model, rule.rule(p.session.viewer) as Record<string, unknown>, row, p.aliases);
}

/** `value` where `allowed` holds, FALLBACK_JSON where it does not (the resolvers answer with their error). */
const guarded = (allowed: Sql, value: Sql) =>
  allowed.sql === 'TRUE' ? value : sql`CASE WHEN ${allowed} THEN ${value} ELSE ${FALLBACK_JSON} END`;

const argumentsOf = (p: Planning, field: GraphQLField<unknown, unknown>, node: FieldNode) => {
  try {
    return getArgumentValues(field, node, p.variables);
  } catch {
    throw new Unplannable('arguments');
  }
};

/** A row of `type` (a Prisma object type) aliased `row`, as the JSON object `nodes` select. */
export function objectJson(p: Planning, type: GraphQLObjectType, row: string, nodes: readonly FieldNode[]): Sql {
  const model = modelOf(type);
  if (!model) throw new Unplannable(`${type.name} is not a Prisma type`);
  const pairs: [string, Sql][] = [];
  for (const [key, fieldNodes] of collectFields(p, type, subSelections(nodes))) {
    pairs.push([key, fieldJson(p, type, model, row, fieldNodes)]);
  }
  return guarded(allowedSql(p, type, row), object(pairs));
}

function fieldJson(p: Planning, parent: GraphQLObjectType, model: string, row: string, nodes: FieldNode[]): Sql {
  const name = nodes[0].name.value;
  if (name === '__typename') return typename(parent.name);
  const field = parent.getFields()[name];
  if (!field) throw new Unplannable(`${parent.name}.${name}`);
  const ext = field.extensions ?? {};
  const allowed = allowedSql(p, field, row);
  const plan = planOf(field);
  const named = getNamedType(field.type);
  let value: Sql;
  if (plan?.kind === 'sql') {
    const json = plan.json({ row, session: p.session, aliases: p.aliases });
    value = isObjectType(named) ? projected(p, field.type, sql`(${json})::jsonb`, nodes) : anyValue(json);
  } else if (plan?.kind === 'computed-rows') {
    value = computedRowsJson(p, field.type, plan, plan.rows({ row, session: p.session, aliases: p.aliases }), nodes);
  } else if (plan?.kind === 'visible-relation') value = visibleRelationJson(p, model, row, plan, field, nodes);
  else if (plan?.kind === 'column') {
    if (!isScalarType(named) && !isEnumType(named))
      throw new Unplannable(`${parent.name}.${name}: a column of another type`);
    value = scalar(named.name, isEnumType(named), columnThrough(p, model, row, plan.path));
  } else if (name === 'id' && isObjectType(parent) && parent.getInterfaces().some((i) => i.name === 'Node')) {
    value = globalId(parent.name, row);
  } else if (typeof ext.pothosExposedField === 'string' && (isScalarType(named) || isEnumType(named))) {
    if (isList(field.type)) throw new Unplannable(`${parent.name}.${name} is a list of scalars`);
    value = scalar(named.name, isEnumType(named), sql`${raw(`${row}."${ext.pothosExposedField}"`)}`);
  } else if (ext.pothosPrismaRelationField) {
    value = relationJson(p, model, row, field, nodes);
  } else {
    throw new Unplannable(`${parent.name}.${name} has no plan`);
  }
  return guarded(allowed, value);
}

/**
 * What `nodes` select of `value` (jsonb: a twin's whole object, or list of them, keyed by field
 * name and serialized as the resolvers serialize), in the order asked.
 */
function projected(p: Planning, type: GraphQLOutputType, value: Sql, nodes: readonly FieldNode[]): Sql {
  const named = getNamedType(type);
  if (!isObjectType(named)) return sql`(${value})::text`;
  if (isList(type)) {
    // Each element is a column of the function scan: its fields are read from it directly.
    const item = p.aliases.next();
    const each = objectOf(p, named, sql`${raw(item)}.v`, nodes);
    return sql`(SELECT ${array(each, raw(`${item}.o`))} FROM jsonb_array_elements(${value}) WITH ORDINALITY AS ${raw(item)}(v, o))`;
  }
  // The twin's value computed once and each field read from it (OFFSET 0 keeps PostgreSQL from
  // folding the subquery back in, which would compute the twin once per field asked).
  const once = p.aliases.next();
  return sql`(SELECT ${objectOf(p, named, sql`${raw(once)}.v`, nodes)} FROM (SELECT ${value} AS v OFFSET 0) ${raw(once)})`;
}

/** The objects `nodes` select of a computed-rows twin's rows: built once, of the columns asked for. */
function computedRowsJson(
  p: Planning,
  type: GraphQLOutputType,
  plan: Extract<Plan, { kind: 'computed-rows' }>,
  rows: Sql,
  nodes: readonly FieldNode[],
): Sql {
  const named = getNamedType(type);
  if (!isObjectType(named)) throw new Unplannable(`${named.name}: computed rows of a scalar`);
  const t = p.aliases.next();
  const pairs: [string, Sql][] = [];
  for (const [key, fieldNodes] of collectFields(p, named, subSelections(nodes))) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') pairs.push([key, typename(named.name)]);
    else if (plan.fields.includes(name)) pairs.push([key, anyValue(raw(`${t}."${name}"`))]);
    else throw new Unplannable(`${named.name}.${name} is not among its computed columns`);
  }
  if (isList(type)) {
    return sql`(SELECT ${array(object(pairs), raw(`${t}."$o"`))} FROM (${rows}) ${raw(t)})`;
  }
  return sql`(SELECT ${object(pairs)} FROM (${rows}) ${raw(t)})`;
}

/** The object `nodes` select of `v` (jsonb, read more than once: a column, never an expression); null when not an object. */
function objectOf(p: Planning, named: GraphQLObjectType, v: Sql, nodes: readonly FieldNode[]): Sql {
  const pairs: [string, Sql][] = [];
  for (const [key, fieldNodes] of collectFields(p, named, subSelections(nodes))) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') pairs.push([key, typename(named.name)]);
    else {
      const field = named.getFields()[name];
      if (!field || field.args.length) throw new Unplannable(`${named.name}.${name} in a twin`);
      pairs.push([key, projected(p, field.type, sql`(${v} -> ${raw(`'${name}'`)})`, fieldNodes)]);
    }
  }
  return sql`CASE WHEN jsonb_typeof(${v}) = 'object' THEN ${object(pairs)} END`;
}

const isList = (type: GraphQLOutputType): boolean =>
  type instanceof GraphQLNonNull ? isList(type.ofType) : type instanceof GraphQLList;

/** The column at the end of `path` (to-one relations, then a column) from row `row` of `model`; NULL when a link is missing. */
function columnThrough(p: Planning, model: string, row: string, path: readonly string[]): Sql {
  const [name, ...rest] = path;
  if (!rest.length) return sql`${raw(`${row}."${name}"`)}`;
  const relation = modelNamed(model).fields.get(name);
  if (relation?.kind !== 'object' || relation.isList)
    throw new Unplannable(`${model}.${name} is not a to-one relation`);
  const child = p.aliases.next();
  return sql`(SELECT ${columnThrough(p, relation.type, child, rest)} FROM ${table(relation.type)} ${raw(child)} WHERE ${joinOn(relation, row, child)} AND ${inCompany(relation.type, child, p.aliases)})`;
}

/** Calls Pothos' own selection of a relation field: the Prisma query it reads for `args`. */
function relationQuery(
  p: Planning,
  field: GraphQLField<unknown, unknown>,
  args: Record<string, unknown>,
  selected: Set<string>,
) {
  const select = field.extensions?.pothosPrismaSelect;
  let query: unknown = true;
  if (typeof select === 'function') {
    try {
      select(
        args,
        p.session,
        (q: unknown) => {
          query = q;
          return {};
        },
        () => selected,
      );
    } catch (error) {
      if (error instanceof PothosValidationError) throw new Unplannable('connection arguments');
      throw error;
    }
  }
  if (query && typeof query === 'object' && 'then' in query) throw new Unplannable('an asynchronous query');
  return (query === true ? {} : query) as FindMany & { select?: unknown; include?: unknown };
}

function relationJson(
  p: Planning,
  model: string,
  row: string,
  field: GraphQLField<unknown, unknown>,
  nodes: FieldNode[],
): Sql {
  const relation = modelNamed(model).fields.get(
    (field.extensions!.pothosPrismaRelationField as { name: string }).name,
  ) as RelationField;
  const type = getNamedType(field.type) as GraphQLObjectType;
  const args = argumentsOf(p, field, nodes[0]);
  if (modelOf(type)) {
    const { where, orderBy, take, skip, cursor: at } = relationQuery(p, field, args, new Set());
    const child = p.aliases.next();
    if (!relation.isList) {
      if (where || take !== undefined || at) throw new Unplannable('a filtered to-one relation');
      return sql`(SELECT ${objectJson(p, type, child, nodes)} FROM ${table(relation.type)} ${raw(child)} WHERE ${joinOn(relation, row, child)} AND ${inCompany(relation.type, child, p.aliases)} LIMIT 1)`;
    }
    const page = pageSql(
      relation.type,
      { where, orderBy, take, skip, cursor: at },
      child,
      (rows) => joinOn(relation, row, rows),
      p.aliases,
    );
    const order = raw(`${child}."$k" ${page.forward ? 'ASC' : 'DESC'}`);
    return sql`(SELECT ${array(objectJson(p, type, child, nodes), order)} FROM ${page.rows} ${raw(child)})`;
  }
  // A connection: Pothos' query carries its page (take, skip, cursor) along with where and orderBy.
  const selected = new Set([...collectFields(p, type, subSelections(nodes)).values()].map((n) => n[0].name.value));
  const query = relationQuery(p, field, args, selected);
  return connectionJson(p, type, relation.type, query, args, nodes, (child) => joinOn(relation, row, child));
}

/** A relation the field's resolver nulls when the viewer may not see its row. */
function visibleRelationJson(
  p: Planning,
  model: string,
  row: string,
  plan: Extract<Plan, { kind: 'visible-relation' }>,
  field: GraphQLField<unknown, unknown>,
  nodes: FieldNode[],
): Sql {
  const relation = modelNamed(model).fields.get(plan.relation) as RelationField;
  const type = getNamedType(field.type) as GraphQLObjectType;
  const child = p.aliases.next();
  const visible = whereSql(plan.model, ruleOf(p, plan.model), child, p.aliases);
  return sql`(SELECT ${objectJson(p, type, child, nodes)} FROM ${table(relation.type)} ${raw(child)} WHERE ${joinOn(relation, row, child)} AND ${inCompany(relation.type, child, p.aliases)} AND ${visible} LIMIT 1)`;
}

const ruleOf = (p: Planning, model: string) => {
  const type = p.schema.getType(model);
  const rule = type?.extensions?.[ROW_RULE] as RowRule | undefined;
  if (!rule) throw new Unplannable(`${model} has no row rule`);
  return rule.rule(p.session.viewer) as Record<string, unknown>;
};

/** Pothos' page of a root connection: its arguments as Prisma's take, skip and cursor. */
export function connectionPage(args: Record<string, unknown>, cursorFields: readonly string[]) {
  const { before, after, first, last } = args as Record<string, string | number | null | undefined>;
  if ((first != null && Number(first) < 0) || (last != null && Number(last) < 0)) throw new Unplannable('page size');
  if ((before && after) || (before != null && first != null) || (after != null && last != null)) {
    throw new Unplannable('cursor arguments');
  }
  const size = Math.min(Number(first ?? last ?? PAGE.default), PAGE.max) + 1;
  const take = before != null || last != null ? -size : size;
  const at = (before ?? after) as string | null | undefined;
  if (at == null) return { take, skip: 0 };
  let parsed: unknown;
  try {
    parsed = parsePrismaCursor(at);
  } catch {
    throw new Unplannable('cursor');
  }
  const values = cursorFields.length === 1 ? [parsed] : parsed;
  if (!Array.isArray(values) || values.length !== cursorFields.length) throw new Unplannable('cursor');
  const key = Object.fromEntries(cursorFields.map((f, i) => [f, values[i]]));
  return { take, skip: 1, cursor: cursorFields.length === 1 ? key : { [cursorFields.join('_')]: key } };
}

/**
 * A page of a connection of `model` rows (`query`: Prisma's where, orderBy, take, skip and cursor)
 * with `condition` tying them to their parent, as Pothos' connection answers it: edges (the page
 * without its look-ahead row), pageInfo and totalCount.
 */
export function connectionJson(
  p: Planning,
  type: GraphQLObjectType,
  model: string,
  query: FindMany,
  args: Record<string, unknown>,
  nodes: FieldNode[],
  condition: (child: string) => Sql | null,
): Sql {
  const child = p.aliases.next();
  const take = query.take ?? 0;
  const limit = Math.abs(take);
  const page = pageSql(model, query, child, condition, p.aliases);
  const order = raw(`${child}."$k" ${page.forward ? 'ASC' : 'DESC'}`);
  const kept = raw(`${child}."$k" < ${limit}`);
  const full = raw(`(count(*) = ${limit})::text`);
  const edgeType = getNamedType(type.getFields().edges.type) as GraphQLObjectType;
  const nodeType = getNamedType(edgeType.getFields().node.type) as GraphQLObjectType;
  // Every connection pages on its model's primary key ((companyId, id)), as its cursor option says.
  const rowCursor = () => cursor(modelNamed(model).primaryKey, child);
  const pairs: [string, Sql][] = [];
  for (const [key, fieldNodes] of collectFields(p, type, subSelections(nodes))) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') pairs.push([key, typename(type.name)]);
    else if (name === 'totalCount') {
      const counted = p.aliases.next();
      const where = whereSql(model, query.where, counted, p.aliases);
      const tie = condition(counted);
      pairs.push([
        key,
        sql`(SELECT count(*)::text FROM ${table(model)} ${raw(counted)} WHERE ${tie ?? sql`TRUE`} AND ${inCompany(model, counted, p.aliases)} AND ${where})`,
      ]);
    } else if (name === 'edges') {
      const edge: [string, Sql][] = [];
      for (const [edgeKey, edgeNodes] of collectFields(p, edgeType, subSelections(fieldNodes))) {
        const field = edgeNodes[0].name.value;
        if (field === '__typename') edge.push([edgeKey, typename(edgeType.name)]);
        else if (field === 'cursor') edge.push([edgeKey, rowCursor()]);
        else if (field === 'node') edge.push([edgeKey, objectJson(p, nodeType, child, edgeNodes)]);
        else throw new Unplannable(`${edgeType.name}.${field}`);
      }
      pairs.push([key, array(object(edge), order, kept)]);
    } else if (name === 'pageInfo') {
      const infoType = getNamedType(type.getFields().pageInfo.type) as GraphQLObjectType;
      const backward = args.before != null || args.last != null;
      const info: [string, Sql][] = [];
      for (const [infoKey, infoNodes] of collectFields(p, infoType, subSelections(fieldNodes))) {
        const field = infoNodes[0].name.value;
        if (field === '__typename') info.push([infoKey, typename(infoType.name)]);
        else if (field === 'hasNextPage') {
          info.push([infoKey, args.before != null ? sql`'true'` : args.last != null ? sql`'false'` : sql`${full}`]);
        } else if (field === 'hasPreviousPage') {
          info.push([infoKey, args.after != null ? sql`'true'` : backward ? sql`${full}` : sql`'false'`]);
        } else if (field === 'startCursor' || field === 'endCursor') {
          const first = field === 'startCursor';
          const direction = raw(`${child}."$k" ${page.forward === first ? 'ASC' : 'DESC'}`);
          info.push([infoKey, sql`(array_agg(${rowCursor()} ORDER BY ${direction}) FILTER (WHERE ${kept}))[1]`]);
        } else throw new Unplannable(`${infoType.name}.${field}`);
      }
      pairs.push([key, object(info)]);
    } else throw new Unplannable(`${type.name}.${name}`);
  }
  // One row, whatever the page holds (everything per row is inside an aggregate).
  return sql`(SELECT ${object(pairs)} FROM ${page.rows} ${raw(child)} GROUP BY ())`;
}

/** The Prisma filter that keeps a read in the session's company (db/tenant.ts's, as SQL). */
export const tenantSql = (p: Planning, model: string, row: string) =>
  whereSql(model, scopedFilter(model, p.session.viewer.companyId), row, p.aliases);

export function newPlanning(op: Operation, session: Session): Planning {
  return { ...op, session, aliases: aliasCounter('r', sql`${session.viewer.companyId}::uuid`) };
}
