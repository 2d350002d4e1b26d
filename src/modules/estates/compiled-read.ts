// The estates browse tree (estates → plots → size, holder, the holder's marketer) in one SQL
// statement that builds the GraphQL response itself. Through the resolvers, each of those
// thousands of objects costs Node more than PostgreSQL spends on the whole statement, so
// operations that ask only for what this file knows are answered here; anything else (another
// root field, an argument, a field this file does not map) returns null and runs as usual.
// The statement runs in the operation's transaction: row-level security holds underneath, and
// the holder's visibility is compiled from src/policy/visibility.ts's Client rule;
// test/compiled-read.test.ts runs both paths for every role.
import {
  getArgumentValues,
  getDirectiveValues,
  getNamedType,
  getOperationAST,
  getVariableValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  isAbstractType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { Prisma } from '../../generated/prisma/client.ts';
import { PAGE } from '../../shared/limits.ts';
import { aliasCounter, whereSql } from '../../db/where-sql.ts';
import type { Viewer } from '../../policy/roles.ts';
import { VISIBLE } from '../../policy/visibility.ts';

type Sql = Prisma.Sql;
const { sql, raw, join } = { sql: Prisma.sql, raw: Prisma.raw, join: Prisma.join };

/** One row's value for a field, as JSON-ready SQL, given the row's alias. */
type Column = (row: string) => string;
const stored =
  (name: string): Column =>
  (row) =>
    `${row}."${name}"`;
const enumText =
  (name: string): Column =>
  (row) =>
    `${row}."${name}"::text`;
// As the DateTime scalar serializes: Date.toISOString().
const instant =
  (name: string): Column =>
  (row) =>
    `to_char(${row}."${name}" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
// As the BigInt scalar serializes: digits in a string.
const bigint =
  (name: string): Column =>
  (row) =>
    `${row}."${name}"::text`;
const base64 = (value: string) => `translate(encode(convert_to(${value}, 'UTF8'), 'base64'), E'\\n', '')`;
// Relay's global id (src/schema/builder.ts) and the Prisma plugin's cursor on (companyId, id).
const globalId =
  (type: string): Column =>
  (row) =>
    base64(`'${type}:' || ${row}.id`);
const cursor: Column = (row) => base64(`'GPC:T:["S:' || ${row}."companyId" || '","S:' || ${row}.id || '"]'`);

interface Relation {
  kind: 'one' | 'list' | 'connection';
  target: string;
  /** How a row of the target (alias `child`) belongs to the parent row. */
  on: (parent: string, child: string, viewer: Viewer) => Sql;
  /** Who may see the related row; the row reads as null to everyone else. */
  visible?: (viewer: Viewer, child: string) => Sql;
  /** The list's order: columns of the target, ending in a unique one. */
  order?: string[];
  /** Connections: the arguments understood (besides first), as a condition on the child. */
  filter?: (args: Record<string, unknown>, child: string) => Sql | null;
}

interface Node {
  columns: Record<string, Column>;
  relations: Record<string, Relation>;
}

/** The target row the parent's `key` names (keys are (companyId, id)). */
const named = (key: string) => (parent: string, child: string) =>
  raw(`${child}."companyId" = ${parent}."companyId" AND ${child}.id = ${parent}."${key}"`);
/** The target rows whose `key` names the parent. */
const naming = (key: string) => (parent: string, child: string) =>
  raw(`${child}."companyId" = ${parent}."companyId" AND ${child}."${key}" = ${parent}.id`);
const profile = {
  uid: stored('uid'),
  seq: stored('seq'),
  fullName: stored('fullName'),
  phone: stored('phone'),
  status: enumText('status'),
  archivedAt: instant('archivedAt'),
  createdAt: instant('createdAt'),
};

/** Rows whose status is one of `statuses` (an empty list matches nothing). */
const statusIn = (child: string, statuses: string[]) =>
  statuses.length ? sql`${raw(child)}."status"::text IN (${join(statuses)})` : sql`FALSE`;

/** Plots of an estate with the `status` argument, and nothing else asked of them. */
const plotStatus = (args: Record<string, unknown>, child: string): Sql | null => {
  const { status, filter, orderBy, ...rest } = args;
  if (filter != null || orderBy != null || Object.keys(rest).length) return null;
  return status == null ? sql`TRUE` : statusIn(child, status as string[]);
};

/** The fields each type answers here. Types, fields and arguments not listed fall back. */
const NODES: Record<string, Node> = {
  Estate: {
    columns: {
      id: globalId('Estate'),
      name: stored('name'),
      location: stored('location'),
      description: stored('description'),
      status: enumText('status'),
      createdAt: instant('createdAt'),
    },
    relations: {
      plotSizes: { kind: 'list', target: 'PlotSize', on: naming('estateId'), order: ['areaSqm', 'id'] },
      plots: {
        kind: 'connection',
        target: 'Plot',
        on: naming('estateId'),
        order: ['number', 'id'],
        filter: plotStatus,
      },
    },
  },
  PlotSize: {
    columns: {
      id: globalId('PlotSize'),
      label: stored('label'),
      areaSqm: stored('areaSqm'),
      priceMinor: bigint('priceMinor'),
      currency: stored('currency'),
    },
    relations: { estate: { kind: 'one', target: 'Estate', on: named('estateId') } },
  },
  Plot: {
    columns: { id: globalId('Plot'), number: stored('number'), status: enumText('status'), heldAt: instant('heldAt') },
    relations: {
      estate: { kind: 'one', target: 'Estate', on: named('estateId') },
      plotSize: { kind: 'one', target: 'PlotSize', on: named('plotSizeId') },
      // canSeeClient: staff, the client's marketer, the client.
      client: {
        kind: 'one',
        target: 'Client',
        on: named('clientId'),
        visible: visibleBy('Client'),
      },
    },
  },
  Client: {
    columns: { id: globalId('Client'), ...profile },
    relations: {
      marketer: { kind: 'one', target: 'Marketer', on: named('marketerId'), visible: visibleBy('Marketer') },
    },
  },
  Marketer: { columns: { id: globalId('Marketer'), ...profile }, relations: {} },
};

/** Row visibility, compiled from the rule the resolvers apply (src/policy/visibility.ts). */
function visibleBy(model: 'Client' | 'Marketer') {
  return (viewer: Viewer, row: string): Sql => whereSql(model, VISIBLE[model](viewer), row, aliasCounter(`${row}v`));
}

/** The root field this file answers: the company's estates, active ones unless `status` says otherwise. */
const ESTATES: Relation = {
  kind: 'connection',
  target: 'Estate',
  on: (_parent, child, viewer) => sql`${raw(child)}."companyId" = ${viewer.companyId}::uuid`,
  order: ['name', 'id'],
  filter: (args, child) => {
    const { status, search, filter, orderBy, ...rest } = args;
    if (search != null || filter != null || orderBy != null || Object.keys(rest).length) return null;
    return statusIn(child, status as string[]);
  },
};

/** Thrown when the operation asks for something this file does not map: the resolvers answer it. */
class Fallback extends Error {}

interface Operation {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  viewer: Viewer;
  aliases: number;
}

/** The fields of `selections` on `type` by response name, through fragments and @skip/@include. */
function collect(
  op: Operation,
  type: GraphQLObjectType,
  selections: readonly SelectionSetNode[],
  into = new Map<string, FieldNode[]>(),
) {
  for (const set of selections) {
    for (const selection of set.selections) {
      if (getDirectiveValues(GraphQLSkipDirective, selection, op.variables)?.if === true) continue;
      if (getDirectiveValues(GraphQLIncludeDirective, selection, op.variables)?.if === false) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
        continue;
      }
      const fragment = selection.kind === Kind.INLINE_FRAGMENT ? selection : op.fragments[selection.name.value];
      if (!fragment) throw new Fallback();
      const condition = fragment.typeCondition ? op.schema.getType(fragment.typeCondition.name.value) : type;
      const applies =
        condition === type || (!!condition && isAbstractType(condition) && op.schema.isSubType(condition, type));
      if (applies) collect(op, type, [fragment.selectionSet], into);
    }
  }
  return into;
}

const subSelections = (nodes: FieldNode[]) =>
  nodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => !!set);
const key = (name: string) => raw(`'${name}'`); // a GraphQL name: letters, digits and _
const object = (pairs: Sql[]) => {
  if (pairs.length > 50) throw new Fallback(); // json_build_object takes at most 100 arguments
  return pairs.length ? sql`json_build_object(${join(pairs)})` : sql`json_build_object()`;
};

function objectType(parent: GraphQLObjectType, field: string): GraphQLObjectType {
  const type = getNamedType(parent.getFields()[field]?.type);
  if (!isObjectType(type)) throw new Fallback();
  return type;
}

/** A row of `type` (alias `row`) as the JSON object the selection asks for. */
function nodeJson(op: Operation, type: GraphQLObjectType, row: string, nodes: FieldNode[]): Sql {
  const spec = NODES[type.name];
  if (!spec) throw new Fallback();
  const pairs: Sql[] = [];
  for (const [responseName, fieldNodes] of collect(op, type, subSelections(nodes))) {
    const name = fieldNodes[0].name.value;
    const column = spec.columns[name];
    const relation = spec.relations[name];
    if (name === '__typename') pairs.push(sql`${key(responseName)}, ${type.name}::text`);
    else if (column) pairs.push(sql`${key(responseName)}, ${raw(column(row))}`);
    else if (relation)
      pairs.push(sql`${key(responseName)}, ${relationJson(op, type, row, name, relation, fieldNodes)}`);
    else throw new Fallback();
  }
  return object(pairs);
}

function relationJson(
  op: Operation,
  parentType: GraphQLObjectType,
  parent: string,
  name: string,
  relation: Relation,
  nodes: FieldNode[],
): Sql {
  const fieldDef = parentType.getFields()[name];
  const args = getArgumentValues(fieldDef, nodes[0], op.variables);
  if (relation.kind === 'connection')
    return connectionJson(op, objectType(parentType, name), relation, parent, args, nodes);
  const child = `c${op.aliases++}`;
  const table = raw(`"${relation.target}"`);
  const on = relation.on(parent, child, op.viewer);
  const visible = relation.visible?.(op.viewer, child) ?? sql`TRUE`;
  if (Object.keys(args).length) throw new Fallback();
  const target = op.schema.getType(relation.target) as GraphQLObjectType;
  const row = nodeJson(op, target, child, nodes);
  if (relation.kind === 'one') return sql`(SELECT ${row} FROM ${table} ${raw(child)} WHERE ${on} AND ${visible})`;
  const order = raw(relation.order!.map((column) => `${child}."${column}" ASC`).join(', '));
  return sql`(SELECT coalesce(json_agg(${row} ORDER BY ${order}), '[]'::json) FROM ${table} ${raw(child)} WHERE ${on} AND ${visible})`;
}

/** One page of a connection, as Pothos' Prisma connections answer a first page: edges, pageInfo, totalCount. */
function connectionJson(
  op: Operation,
  type: GraphQLObjectType,
  relation: Relation,
  parent: string,
  args: Record<string, unknown>,
  nodes: FieldNode[],
): Sql {
  const {
    first = PAGE.default,
    after,
    before,
    last,
    ...rest
  } = args as { first?: number | null } & Record<string, unknown>;
  if (after != null || before != null || last != null || first == null || first < 0) throw new Fallback();
  const child = `c${op.aliases++}`;
  const on = relation.on(parent, child, op.viewer);
  const condition = (alias: string) =>
    relation.filter ? relation.filter(rest, alias) : Object.keys(rest).length ? null : sql`TRUE`;
  const filter = condition(child);
  if (!filter) throw new Fallback();
  const c = raw(child);
  const table = raw(`"${relation.target}"`);
  const order = raw(relation.order!.map((column) => `${child}."${column}" ASC`).join(', '));
  const onPage = sql`FILTER (WHERE ${c}.n <= ${first})`;
  const target = op.schema.getType(relation.target) as GraphQLObjectType;
  const pairs: Sql[] = [];
  for (const [responseName, fieldNodes] of collect(op, type, subSelections(nodes))) {
    const name = fieldNodes[0].name.value;
    if (name === '__typename') pairs.push(sql`${key(responseName)}, ${type.name}::text`);
    else if (name === 'totalCount') {
      const counted = `c${op.aliases++}`;
      pairs.push(
        sql`${key(responseName)}, (SELECT count(*)::int FROM ${table} ${raw(counted)} WHERE ${relation.on(parent, counted, op.viewer)} AND ${condition(counted)!})`,
      );
    } else if (name === 'edges') {
      const edgeType = objectType(type, 'edges');
      const edge: Sql[] = [];
      for (const [edgeName, edgeNodes] of collect(op, edgeType, subSelections(fieldNodes))) {
        const field = edgeNodes[0].name.value;
        if (field === '__typename') edge.push(sql`${key(edgeName)}, ${edgeType.name}::text`);
        else if (field === 'cursor') edge.push(sql`${key(edgeName)}, ${raw(cursor(child))}`);
        else if (field === 'node') edge.push(sql`${key(edgeName)}, ${nodeJson(op, target, child, edgeNodes)}`);
        else throw new Fallback();
      }
      pairs.push(sql`${key(responseName)}, coalesce(json_agg(${object(edge)} ORDER BY ${c}.n) ${onPage}, '[]'::json)`);
    } else if (name === 'pageInfo') {
      const infoType = objectType(type, 'pageInfo');
      const info: Sql[] = [];
      for (const [infoName, infoNodes] of collect(op, infoType, subSelections(fieldNodes))) {
        const field = infoNodes[0].name.value;
        if (field === '__typename') info.push(sql`${key(infoName)}, ${infoType.name}::text`);
        else if (field === 'hasNextPage') info.push(sql`${key(infoName)}, count(*) > ${first}`);
        else if (field === 'hasPreviousPage') info.push(sql`${key(infoName)}, false`);
        else if (field === 'startCursor')
          info.push(sql`${key(infoName)}, (array_agg(${raw(cursor(child))} ORDER BY ${c}.n) ${onPage})[1]`);
        else if (field === 'endCursor')
          info.push(sql`${key(infoName)}, (array_agg(${raw(cursor(child))} ORDER BY ${c}.n DESC) ${onPage})[1]`);
        else throw new Fallback();
      }
      pairs.push(sql`${key(responseName)}, ${object(info)}`);
    } else throw new Fallback();
  }
  // One row more than the page says whether another page follows.
  return sql`(SELECT ${object(pairs)} FROM (
    SELECT ${c}.*, row_number() OVER (ORDER BY ${order}) AS n FROM ${table} ${c} WHERE ${on} AND ${filter} ORDER BY ${order} LIMIT ${first + 1}
  ) ${c})`;
}

/**
 * The statement answering `document` for `viewer`, or null when the operation asks for anything
 * beyond the estates browse tree (then the resolvers answer it).
 */
export function compileEstatesRead(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: Record<string, unknown> | undefined,
  viewer: Viewer,
): Sql | null {
  const operation = getOperationAST(document, operationName);
  if (operation?.operation !== 'query') return null;
  // Most operations name some other root field outright: leave them at once, before any work.
  if (
    operation.selectionSet.selections.some(
      (s) => s.kind === Kind.FIELD && s.name.value !== 'estates' && s.name.value !== '__typename',
    )
  )
    return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  if (coerced.errors) return null;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const op: Operation = { schema, fragments, variables: coerced.coerced, viewer, aliases: 0 };
  const query = schema.getQueryType()!;
  try {
    const pairs: Sql[] = [];
    let estates = false;
    for (const [responseName, nodes] of collect(op, query, [operation.selectionSet])) {
      const name = nodes[0].name.value;
      if (name === '__typename') pairs.push(sql`${key(responseName)}, 'Query'::text`);
      else if (name === 'estates') {
        estates = true;
        const args = getArgumentValues(query.getFields().estates, nodes[0], op.variables);
        pairs.push(
          sql`${key(responseName)}, ${connectionJson(op, objectType(query, 'estates'), ESTATES, '', args, nodes)}`,
        );
      } else return null;
    }
    // As text: the server sends it on as it is (src/http/compiled-reads.ts).
    return estates ? sql`SELECT ${object(pairs)}::text AS data` : null;
  } catch (error) {
    if (error instanceof Fallback) return null;
    throw error;
  }
}
