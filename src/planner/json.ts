// SQL that writes JSON, as text, exactly as the API's resolvers serialize it: scalars as the
// schema's scalars do (src/schema/scalars.ts), Relay global ids (src/schema/builder.ts) and the
// Prisma plugin's cursors, objects with their keys in the order the operation asked for them.
// Every value is JSON text (SQL NULL standing for null), joined by concatenation: json_build_object
// and json_agg look up how to write each argument's type on every call, which made them two thirds
// of a nested read's time.
import { Prisma } from '../generated/prisma/client.ts';
import { column } from '../db/where-sql.ts';

type Sql = Prisma.Sql;
const { sql, raw, join, empty } = Prisma;

/** Thrown when something asked for has no plan: its root field goes to the resolvers. */
export class Unplannable extends Error {}

/** A JSON value the resolvers would not give as it is (a row they would refuse): answer through them. */
export const FALLBACK_JSON = sql`'"\\u0000fallback"'`;
export const FALLBACK_TEXT = '"\\u0000fallback"';

/** A JSON string of text made only of characters JSON writes as they are (names, digits, base64, dates). */
const plain = (text: Sql) => sql`('"' || ${text} || '"')`;

/** `__typename`: a GraphQL name (letters, digits and _), written as a literal. */
export const typename = (name: string) => raw(`'"${name}"'`);

/** `{ key: value, … }` in the order given; keys are GraphQL names, so they are written as literals. */
export function object(pairs: readonly (readonly [string, Sql])[]): Sql {
  if (!pairs.length) return sql`'{}'`;
  const members = pairs.map(
    ([name, value], i) => sql`${raw(`'${i ? ',' : '{'}"${name}":'`)} || coalesce(${value}, 'null')`,
  );
  return sql`(${join(members, ' || ')} || '}')`;
}

/** `[value, …]` of values known now. */
export const list = (values: readonly Sql[]): Sql =>
  values.length
    ? sql`('[' || ${join(
        values.map((value) => sql`coalesce(${value}, 'null')`),
        " || ',' || ",
      )} || ']')`
    : sql`'[]'`;

/** The JSON array of `element` over the rows aggregated, in `order`, of those `kept` ([] with none). */
export const array = (element: Sql, order: Sql, kept?: Sql): Sql =>
  sql`coalesce('[' || string_agg(coalesce(${element}, 'null'), ',' ORDER BY ${order})${kept ? sql` FILTER (WHERE ${kept})` : empty} || ']', '[]')`;

/** A SQL value of any type, written as json_build_object would write it (a computed field's twin). */
export const anyValue = (value: Sql) => sql`to_json(${value})::text`;

const base64 = (text: Sql) => sql`translate(encode(convert_to(${text}, 'UTF8'), 'base64'), E'\\n', '')`;

/** The Relay global id of row `row` of `typename`: base64 of "Typename:id". */
export const globalId = (type: string, row: string) => plain(base64(sql`${raw(`'${type}:'`)} || ${column(row, 'id')}`));

/** The Prisma plugin's cursor of the row on `fields` (a unique key of text columns): "GPC:" and its tagged value. */
export function cursor(fields: readonly string[], row: string): Sql {
  const tagged = (name: string) => sql`to_json('S:' || ${column(row, name)})::text`;
  if (fields.length === 1) return plain(base64(sql`'GPC:S:' || ${column(row, fields[0])}`));
  return plain(base64(sql`'GPC:T:[' || ${join(fields.map(tagged), " || ',' || ")} || ']'`));
}

/** A column as the GraphQL scalar or enum `type` serializes its value. */
export function scalar(type: string, isEnum: boolean, value: Sql): Sql {
  if (isEnum) return plain(sql`${value}::text`);
  switch (type) {
    case 'String':
    case 'ID':
      return sql`to_json(${value})::text`;
    case 'Int':
    case 'Boolean':
      return sql`${value}::text`;
    case 'BigInt':
      return plain(sql`${value}::text`);
    // DateTime: toISOString() of an instant; Date: the calendar date.
    case 'DateTime':
      return plain(sql`to_char(${value} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`);
    case 'Date':
      return plain(sql`to_char(${value}, 'YYYY-MM-DD')`);
    default:
      throw new Unplannable(`scalar ${type}`);
  }
}
