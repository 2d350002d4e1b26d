// The root fields of a query, each planned as one statement (or left to the resolvers): lists and
// lookups that declare the rows they read, connections of them, and Relay's node and nodes.
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { modelNamed } from '../db/datamodel.ts';
import { UnsupportedFilter, whereSql } from '../db/where-sql.ts';
import { Prisma } from '../generated/prisma/client.ts';
import type { Session } from '../runtime/session.ts';
import { decodeGlobalID } from '../schema/builder.ts';
import { PLAN, type Plan, ROW_RULE, type RowRule } from '../schema/planning.ts';
import { NotReadYet, UserError } from '../shared/errors.ts';
import { list, Unplannable } from './json.ts';
import {
  allowedSql,
  connectionJson,
  connectionPage,
  newPlanning,
  objectJson,
  type Planning,
  tenantSql,
} from './plan.ts';
import { collectFields } from './selection.ts';

type Sql = Prisma.Sql;
const { sql, raw } = Prisma;

export interface RootPlan {
  /** The response key. */
  key: string;
  nodes: FieldNode[];
  /** The statement whose one row's `data` is the field's JSON, or null: the resolvers answer it. */
  statement: Sql | null;
  /** Why it is not planned (for the tests and the log of what is not planned). */
  reason?: string;
}

const table = (model: string) => raw(`"${model}"`);

/** Node types found by id alone (not one company's rows). */
const SHARED = new Set(['Company', 'User']);

/** A node of any type by its global id, as src/schema/node.ts finds it: null when missing, hidden or not an id. */
function nodeJson(p: Planning, id: unknown, nodes: FieldNode[]): Sql {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(String(id));
  } catch {
    return sql`NULL::text`;
  }
  const type = p.schema.getType(decoded.typename);
  const model = type && isObjectType(type) ? (type.extensions?.pothosPrismaModel as string | undefined) : undefined;
  if (!type || !isObjectType(type) || !model || !type.getInterfaces().some((i) => i.name === 'Node')) {
    return sql`NULL::text`;
  }
  const row = p.aliases.next();
  const rule = type.extensions?.[ROW_RULE] as RowRule | undefined;
  // node answers null for a row the viewer may not see (never an error that would tell it exists).
  const visible = rule
    ? whereSql(rule.model, rule.rule(p.session.viewer) as Record<string, unknown>, row, p.aliases)
    : sql`TRUE`;
  const scope = SHARED.has(model)
    ? tenantSql(p, model, row)
    : sql`${raw(`${row}."companyId"`)} = ${p.session.viewer.companyId}`;
  return sql`(SELECT ${objectJson(p, type, row, nodes)} FROM ${table(model)} ${raw(row)} WHERE ${raw(`${row}."id"`)} = ${decoded.id} AND ${scope} AND ${visible})`;
}

function rootJson(p: Planning, query: GraphQLObjectType, nodes: FieldNode[]): Sql {
  const name = nodes[0].name.value;
  // Answered without the database by the resolvers.
  if (name === '__typename') throw new Unplannable('nothing to read');
  const field = query.getFields()[name];
  if (!field) throw new Unplannable(`${name}: the schema's own field`);
  // A root field refused to this viewer is the resolvers' to refuse, with their error.
  if (allowedSql(p, field, '').sql !== 'TRUE') throw new Unplannable(`Query.${name} is refused by its scopes`);
  const args = (() => {
    try {
      return getArgumentValues(field, nodes[0], p.variables);
    } catch {
      throw new Unplannable('arguments');
    }
  })();
  if (name === 'node') return nodeJson(p, args.id, nodes);
  if (name === 'nodes') {
    const ids = args.ids as unknown[];
    return list(ids.map((id) => nodeJson(p, id, nodes)));
  }
  const plan = field.extensions?.[PLAN] as Plan | undefined;
  if (plan?.kind !== 'rows') throw new Unplannable(`Query.${name} declares no rows`);
  const type = getNamedType(field.type) as GraphQLObjectType;
  const rows = plan.query(args, p.session);
  if (!rows) throw new Unplannable(`Query.${name}: its arguments need a statement first`);
  const scope = (row: string) => tenantSql(p, plan.model, row);
  if (!type.extensions?.pothosPrismaModel) {
    if (!type.getFields().edges) throw new Unplannable(`Query.${name}: not a connection`);
    const page = { ...rows, ...connectionPage(args, modelNamed(plan.model).primaryKey) };
    return connectionJson(p, type, plan.model, page, args, nodes, scope);
  }
  const row = p.aliases.next();
  const where = whereSql(plan.model, rows.where, row, p.aliases);
  return sql`(SELECT ${objectJson(p, type, row, nodes)} FROM ${table(plan.model)} ${raw(row)} WHERE ${scope(row)} AND ${where} LIMIT 1)`;
}

/**
 * The plans of each root field of `operation` (a query) for the session's viewer: a statement per
 * planned field, null for the others.
 */
export function planRoots(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  session: Session,
): RootPlan[] {
  const fragments = Object.fromEntries(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d]] : [])),
  ) as Record<string, FragmentDefinitionNode>;
  const op = { schema, fragments, variables };
  const query = schema.getQueryType()!;
  return [...collectFields(newPlanning(op, session), query, [operation.selectionSet])].map(([key, nodes]) => {
    // Fresh aliases per statement: each is a statement of its own.
    const p = newPlanning(op, session);
    try {
      return { key, nodes, statement: sql`SELECT (${rootJson(p, query, nodes)})::text AS data` };
    } catch (error) {
      // A refusal of the arguments (a UserError) is the resolvers' to give.
      if (
        error instanceof Unplannable ||
        error instanceof UnsupportedFilter ||
        error instanceof UserError ||
        error instanceof NotReadYet
      ) {
        return { key, nodes, statement: null, reason: error.message };
      }
      throw error;
    }
  });
}
