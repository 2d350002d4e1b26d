// GET /exports/<list>.csv and .xlsx: any list the API serves, whole, as a spreadsheet. Not GraphQL,
// but the same rules: the bearer token checked as for an operation, the list field's permission,
// its arguments (`filter`, `orderBy`, …, each a JSON value in the query string) coerced and bounded
// by the schema's own input types, and its rows from the same services (src/modules/exports.ts).
// One transaction with one snapshot counts the rows (X-Total-Count) and streams them through a
// server-side cursor, a batch at a time as the client reads: memory stays flat whatever the size.
import {
  coerceInputValue,
  GraphQLError,
  type GraphQLArgument,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { OperationTransaction } from '../db/transaction.ts';
import { EXPORTS, type ExportColumn, type ExportDefinition } from '../modules/exports.ts';
import { schema } from '../modules/index.ts';
import { can } from '../policy/permissions.ts';
import type { Viewer } from '../policy/roles.ts';
import type { Runtime } from '../runtime/runtime.ts';
import type { Session } from '../runtime/session.ts';
import { type Context, readToken } from '../schema/context.ts';
import { isoDate } from '../shared/dates.ts';
import { LIMITS } from '../shared/limits.ts';
import { checkValue, type Problem } from './argument-bounds.ts';
import { csvWriter, type TableWriter, xlsxWriter } from './spreadsheets.ts';

const PATH = /^\/exports\/([a-z-]+)\.(csv|xlsx)$/;
/** Rows fetched from the cursor per read of the client. */
const BATCH = 2000;
/** How long one export may take, the client's reading included. */
const EXPORT_TIMEOUT_MS = 10 * 60_000;
const PAGING = new Set(['first', 'last', 'after', 'before']);

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

/** The arguments of the fields an export follows (paging aside), by name. */
export function exportArguments(definition: ExportDefinition, of: GraphQLSchema = schema): GraphQLArgument[] {
  return definition.fields.flatMap((coordinate) => {
    const [type, field] = coordinate.split('.');
    const found = (of.getType(type) as GraphQLObjectType | undefined)?.getFields()[field];
    if (!found) throw new Error(`no field ${coordinate}`);
    return found.args.filter((a) => !PAGING.has(a.name));
  });
}

/** A query-string value: JSON, or else the text itself. */
const parameter = (text: string): unknown => {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

/** The arguments in `params`, coerced as GraphQL would coerce them, or a BAD_USER_INPUT refusal naming each at fault. */
function coerceArguments(definition: ExportDefinition, params: URLSearchParams): Record<string, unknown> {
  const args = exportArguments(definition);
  const problems: Problem[] = [];
  for (const name of params.keys())
    if (!args.some((a) => a.name === name)) problems.push({ field: name, message: `Unknown parameter ${name}.` });
  const values: Record<string, unknown> = {};
  for (const arg of args) {
    const given = params.get(arg.name);
    if (given != null && given.length > LIMITS.text) {
      problems.push({ field: arg.name, message: `Use at most ${LIMITS.text} characters.` });
      continue;
    }
    if (given == null) {
      if (arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
      continue;
    }
    const value = coerceInputValue(parameter(given), arg.type, (path, _invalid, error) => {
      const field = [arg.name, ...path].filter((p) => typeof p === 'string').join('.');
      const own = (error as GraphQLError).originalError?.message ?? error.message;
      problems.push({ field, message: own.length > 300 ? `${own.slice(0, 300)}…` : own });
    });
    const maxItems = (arg.extensions?.maxItems as number | undefined) ?? LIMITS.listItems;
    checkValue(value, arg.type, arg.name, maxItems, problems);
    values[arg.name] = value;
  }
  if (problems.length)
    throw new Refusal(400, 'BAD_USER_INPUT', problems[0].message, { field: problems[0].field, fields: problems });
  return values;
}

/** The checked viewer of the request's bearer token, or UNAUTHENTICATED. */
async function viewerOf(runtime: Runtime, request: Request): Promise<Viewer> {
  const { claims, problem } = await readToken(runtime, request.headers.get('authorization'));
  const viewer = claims ? await runtime.viewers.check(claims) : null;
  if (!viewer)
    throw new Refusal(
      401,
      'UNAUTHENTICATED',
      claims ? 'This sign-in is no longer valid: sign in again.' : (problem ?? 'Sign in to continue.'),
    );
  return viewer;
}

const cells = (columns: readonly ExportColumn[], row: Record<string, unknown>) => columns.map((c) => c.value(row));

async function startExport(
  runtime: Runtime,
  request: Request,
  name: string,
  format: keyof typeof CONTENT_TYPES,
  params: URLSearchParams,
): Promise<Response> {
  const definition = EXPORTS[name];
  if (!definition) throw new Refusal(404, 'NOT_FOUND', `There is no export named ${name}.`);
  const viewer = await viewerOf(runtime, request);
  if (definition.permission && !can(viewer, definition.permission))
    throw new Refusal(403, 'FORBIDDEN', 'Your role may not read this list.');
  const args = coerceArguments(definition, params);
  // One snapshot for the count and every batch, kept open while the client reads.
  const transaction = new OperationTransaction(
    runtime.base,
    { companyId: viewer.companyId, userId: viewer.userId },
    { isolationLevel: 'RepeatableRead', timeout: EXPORT_TIMEOUT_MS },
  );
  const session: Session = { viewer, db: transaction.db, runtime, afterCommit: () => {} };
  try {
    const [{ zone }] = await session.db.$queryRaw<{ zone: string }[]>`
      SELECT "timeZone" AS zone FROM "Company" WHERE "id" = ${viewer.companyId}::uuid`;
    const query = await definition.query(session, args, zone);
    const [{ n }] = await session.db.$queryRaw<{ n: number }[]>`${query.count}`;
    await session.db.$executeRaw`DECLARE export_rows NO SCROLL CURSOR FOR ${query.rows}`;
    const headers = query.columns.map((c) => c.header);
    const kinds = query.columns.map((c) => c.kind);
    let writer: TableWriter;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const out = (chunk: Uint8Array) => controller.enqueue(chunk);
        writer = format === 'csv' ? csvWriter(headers, kinds, out) : xlsxWriter(definition.title, headers, kinds, out);
      },
      async pull(controller) {
        try {
          const rows = await session.db.$queryRawUnsafe<Record<string, unknown>[]>(`FETCH ${BATCH} FROM export_rows`);
          writer.rows(rows.map((row) => cells(query.columns, row)));
          if (rows.length < BATCH) {
            writer.end();
            await transaction.commit();
            controller.close();
          }
        } catch (error) {
          await transaction.rollback();
          console.error(JSON.stringify({ export: name, error: String(error) }));
          controller.error(error);
        }
      },
      async cancel() {
        await transaction.rollback();
      },
    });
    const filename = `${name}-${isoDate(new Date())}.${format}`;
    return new Response(stream, {
      headers: {
        'content-type': CONTENT_TYPES[format],
        'content-disposition': `attachment; filename="${filename}"`,
        'cache-control': 'no-store',
        'x-total-count': String(n),
      },
    });
  } catch (error) {
    await transaction.rollback();
    throw error;
  }
}

const refusal = (error: Refusal) =>
  new Response(
    JSON.stringify({ errors: [{ message: error.message, extensions: { code: error.code, ...error.extra } }] }),
    {
      status: error.status,
      headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    },
  );

/** A typed refusal for what the services refuse (BAD_USER_INPUT, NOT_FOUND, …), else a masked 500. */
function answerError(error: unknown): Response {
  if (error instanceof Refusal) return refusal(error);
  const code = error instanceof GraphQLError ? (error.extensions?.code as string | undefined) : undefined;
  if (error instanceof GraphQLError && code && code !== 'INTERNAL_SERVER_ERROR') {
    const status =
      code === 'BAD_USER_INPUT'
        ? 400
        : code === 'NOT_FOUND'
          ? 404
          : code === 'FORBIDDEN'
            ? 403
            : code === 'SERVICE_UNAVAILABLE'
              ? 503
              : 400;
    const { http: _http, ...extensions } = error.extensions as Record<string, unknown>;
    return refusal(new Refusal(status, code, error.message, extensions));
  }
  console.error(JSON.stringify({ export: 'failed', error: String(error) }));
  return refusal(new Refusal(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.'));
}

export function useExports(runtime: Runtime): Plugin<Context> {
  return {
    onRequest({ url, request, endResponse }) {
      const match = PATH.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'GET')
        return endResponse(refusal(new Refusal(405, 'BAD_REQUEST', 'Exports are read with GET.')));
      return startExport(runtime, request, match[1], match[2] as keyof typeof CONTENT_TYPES, url.searchParams).then(
        endResponse,
        (error) => endResponse(answerError(error)),
      );
    },
  };
}
