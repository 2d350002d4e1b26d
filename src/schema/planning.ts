// What the read planner (src/planner/) needs to answer a field that the Pothos and Prisma metadata
// do not describe on their own, declared on the field next to its resolver. Plain columns,
// relations and connections need nothing; a root list declares the Prisma query it reads, a
// computed field its SQL twin, and an authorization by row its rule. A field with none of these
// is not planned: its root field goes to the resolvers.
import type { FindMany } from '../db/query-sql.ts';
import type { Aliases } from '../db/where-sql.ts';
import { matchesRow } from '../db/where-match.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Viewer } from '../policy/roles.ts';
import { VISIBLE, type VisibleModel } from '../policy/visibility.ts';
import type { Session } from '../runtime/session.ts';
import { type Context, seenBy } from './context.ts';

/** The extension key every declaration is stored under. */
export const PLAN = 'plan';

/**
 * SQL a twin may use: the row's alias (a SQL name the planner chose), the signed-in session, and
 * the statement's aliases, whose `company` every tenant row the twin reads is compared with
 * (inCompany), so the statement stays on the company's shard.
 */
export interface TwinInput {
  row: string;
  session: Session;
  aliases: Aliases;
}

export type Plan =
  /**
   * Rows of `model` that a root field reads with `query` (its list, or the first for a single
   * object); null when these arguments need a statement first (the resolvers answer them).
   */
  | { kind: 'rows'; model: string; query: (args: Record<string, unknown>, session: Session) => FindMany | null }
  /** A column of a row reached through to-one relations from this one (`['user', 'email']`). */
  | { kind: 'column'; path: readonly string[] }
  /**
   * A value computed from the row, whose JSON (to_json's: a text is a string, a bigint cast to
   * text a string, a boolean a boolean) is what the field's resolver serializes.
   */
  | { kind: 'sql'; json: (input: TwinInput) => Prisma.Sql }
  /**
   * An object (or a list of them) computed from the row, as rows: a SELECT with a column per field
   * in `fields` (named as the field, holding a value whose JSON is what the resolvers serialize) and, for a
   * list, "$o", their order. The planner builds each object once, of the columns asked for.
   */
  | { kind: 'computed-rows'; fields: readonly string[]; rows: (input: TwinInput) => Prisma.Sql }
  /** A to-one relation shown only when the viewer may see its row (null otherwise, never an error). */
  | { kind: 'visible-relation'; relation: string; model: VisibleModel };

/** The field or type extension declaring `plan`. */
export const planned = (plan: Plan) => ({ [PLAN]: plan });

/** A row rule authorizing a type (on its rows) or a field (on its parent's row). */
export interface RowRule {
  model: string;
  rule: (viewer: Viewer) => object;
}

export const ROW_RULE = 'rowRule';

/**
 * A Prisma object type seen only by those src/policy/visibility.ts lets see its row: its
 * authScopes (checked per row by the resolvers) and the rule the planner compiles.
 */
export function visibleRows(model: VisibleModel) {
  return {
    authScopes: (row: { id: string }, ctx: Context) => seenBy(ctx, model, row),
    // Read from VISIBLE when used, so the rule stated there is the one applied, whoever applies it.
    extensions: { [ROW_RULE]: { model, rule: (viewer: Viewer) => VISIBLE[model](viewer) } satisfies RowRule },
  };
}

/**
 * A field (of a Prisma type) shown only when the viewer may see its parent row by `rule`: its
 * authScopes, decided on the parent row as loaded, and the rule the planner compiles.
 */
export function seenOnParent(model: string, rule: (viewer: Viewer) => object) {
  return {
    authScopes: (parent: object, _args: unknown, ctx: Context) =>
      !!ctx.viewer &&
      matchesRow(model, rule(ctx.viewer) as Record<string, unknown>, parent as Record<string, unknown>) === true,
    extensions: { [ROW_RULE]: { model, rule } satisfies RowRule },
  };
}
