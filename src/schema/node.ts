// Relay's `node(id:)` and `nodes(ids:)`, following the Relay convention: anything missing, hidden
// from the viewer or not an id at all is null (in its position, for `nodes`), so an answer never
// tells "exists but not yours" from "does not exist". Each type's own authScopes decide what the
// viewer may see, exactly as they do wherever else the type is reached.
import { brandWithType } from '@pothos/core';
import { queryFromInfo } from '@pothos/plugin-prisma';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { signedIn, type Context } from './context.ts';
import { byId } from '../runtime/session.ts';
import { can, type Permission } from '../policy/permissions.ts';
import { UserError } from '../shared/errors.ts';
import { builder, decodeGlobalID } from './builder.ts';

/** Node types that are not one company's rows: found by id alone. */
const SHARED = new Set(['Company']);

type Scopes = { public?: boolean; authenticated?: boolean; can?: Permission };
type TypeScopes = Scopes | boolean | ((row: unknown, ctx: Context) => Scopes | boolean | Promise<Scopes | boolean>);

/** Whether the type's authScopes let the viewer see `row` (any one scope suffices, as in scope-auth). */
async function visible(ctx: Context, info: GraphQLResolveInfo, typename: string, row: unknown): Promise<boolean> {
  const scopes = (info.schema.getType(typename)?.extensions?.pothosOptions as { authScopes?: TypeScopes } | undefined)
    ?.authScopes;
  const granted = typeof scopes === 'function' ? await scopes(row, ctx) : scopes;
  if (typeof granted === 'boolean' || !granted) return granted === true;
  return (
    !!granted.public || (!!granted.authenticated && !!ctx.viewer) || (!!granted.can && can(ctx.viewer, granted.can))
  );
}

async function load(ctx: Context, info: GraphQLResolveInfo, globalId: string): Promise<unknown> {
  let decoded: { typename: string; id: string };
  try {
    decoded = decodeGlobalID(globalId);
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
  const { typename, id } = decoded;
  const type = info.schema.getType(typename);
  // Not a node type of ours (some Prisma-backed types, such as CommissionRate, are not nodes).
  if (
    !isObjectType(type) ||
    !type.extensions?.pothosPrismaModel ||
    !type.getInterfaces().some((i) => i.name === 'Node')
  )
    return null;
  const delegate = (ctx.db as unknown as Record<string, { findUnique(args: object): Promise<object | null> }>)[
    typename[0].toLowerCase() + typename.slice(1)
  ];
  const where = SHARED.has(typename) ? { id } : byId(signedIn(ctx), id);
  const row = await delegate.findUnique({ ...queryFromInfo({ context: ctx, info, typeName: typename }), where });
  if (!row || !(await visible(ctx, info, typename, row))) return null;
  brandWithType(row, typename as never); // lets the Node interface tell the type
  return row;
}

const NodeRef = builder.nodeInterfaceRef();

builder.queryFields((t) => ({
  node: t.withAuth({ authenticated: true }).field({
    type: NodeRef,
    nullable: true,
    description: 'Refetches any object by its id; null when there is none you may see.',
    args: { id: t.arg.id({ description: 'A Relay global id, as any object of this API gives in its `id` field.' }) },
    resolve: (_root, { id }, ctx, info) => load(ctx, info, String(id)) as never,
  }),
  nodes: t.withAuth({ authenticated: true }).field({
    type: [NodeRef],
    nullable: { list: false, items: true },
    description:
      'Refetches objects by their ids, in order; null in the place of each one there is none of you may see.',
    args: { ids: t.arg.idList({ description: 'Relay global ids (at most 100).' }) },
    // One object per id asked for, however many repeat.
    complexity: (args) => ({ field: 1, multiplier: args.ids.length }),
    resolve: (_root, { ids }, ctx, info) => Promise.all(ids.map((id) => load(ctx, info, String(id)))) as never,
  }),
}));
