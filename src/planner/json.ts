// SQL that yields JSON exactly as the API's resolvers serialize it: scalars as the schema's scalars
// do (src/schema/scalars.ts), Relay global ids (src/schema/builder.ts) and the Prisma plugin's
// cursors, objects with their keys in the order the operation asked for them.
import { Prisma } from '../generated/prisma/client.ts';
import { column } from '../db/where-sql.ts';

type Sql = Prisma.Sql;
const { sql, raw, join } = Prisma;

/** Thrown when something asked for has no plan: its root field goes to the resolvers. */
export class Unplannable extends Error {}

/** A JSON value the resolvers would not give as it is (a row they would refuse): answer through them. */
export const FALLBACK_JSON = sql`'"\\u0000fallback"'::json`;
export const FALLBACK_TEXT = '"\\u0000fallback"';

/** A response key: a GraphQL name (letters, digits and _), so it can be written as a literal. */
const key = (name: string) => raw(`'${name}'`);

/** `{ key: value, … }` in the order given. */
export function object(pairs: readonly (readonly [string, Sql])[]): Sql {
  // json_build_object takes at most 100 arguments.
  if (pairs.length > 50) throw new Unplannable('more than 50 fields on one object');
  if (!pairs.length) return sql`json_build_object()`;
  return sql`json_build_object(${join(
    pairs.map(([name, value]) => sql`${key(name)}, ${value}`),
    ', ',
  )})`;
}

const base64 = (text: Sql) => sql`translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'\\n', '')`;

/** The Relay global id of row `row` of `typename`: base64 of "Typename:id". */
export const globalId = (typename: string, row: string) => base64(sql`${key(`${typename}:`)} || ${column(row, 'id')}`);

/** The Prisma plugin's cursor of the row on `fields` (a unique key of text columns): "GPC:" and its tagged value. */
export function cursor(fields: readonly string[], row: string): Sql {
  const tagged = (name: string) => sql`to_json('S:' || ${column(row, name)})::text`;
  if (fields.length === 1) return base64(sql`'GPC:S:' || ${column(row, fields[0])}`);
  return base64(sql`'GPC:T:[' || ${join(fields.map(tagged), " || ',' || ")} || ']'`);
}

/** A column as the GraphQL scalar or enum `type` serializes its value. */
export function scalar(type: string, isEnum: boolean, value: Sql): Sql {
  if (isEnum) return sql`${value}::text`;
  switch (type) {
    case 'String':
    case 'ID':
    case 'Int':
    case 'Boolean':
      return value;
    case 'BigInt':
      return sql`${value}::text`;
    // DateTime: toISOString() of an instant; Date: the calendar date.
    case 'DateTime':
      return sql`to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    case 'Date':
      return sql`to_char(${value}, 'YYYY-MM-DD')`;
    default:
      throw new Unplannable(`scalar ${type}`);
  }
}
