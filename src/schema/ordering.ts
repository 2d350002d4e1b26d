// Ordering arguments of lists: `orderBy: [{ field, direction }]`, one enum of sortable fields per
// list, applied in turn (src/shared/ordering.ts adds the id last, so cursors stay stable).
import type { ArgBuilder, InputObjectRef } from '@pothos/core';
import { builder, type Types } from './builder.ts';

export const SortDirectionEnum = builder.enumType('SortDirection', {
  description: 'Which way to sort.',
  values: {
    ASC: { description: 'Smallest, earliest or A first.' },
    DESC: { description: 'Largest, latest or Z first.' },
  } as const,
});

/** At most this many orderings in one orderBy. */
export const MAX_ORDERINGS = 5;

/**
 * The `orderBy` argument type of a list: an input `name` of a field (an enum `${name}Field` of
 * `fields`, each with its description) and a direction.
 */
export function orderInput<F extends string>(name: string, what: string, fields: Record<F, string>) {
  const FieldEnum = builder.enumType(`${name}Field`, {
    description: `What ${what} can be sorted by.`,
    values: Object.fromEntries(
      Object.entries(fields).map(([field, description]) => [field, { description }]),
    ) as Record<F, { description: string }>,
  });
  return builder.inputType(name, {
    description: `One sort key of ${what}: orderBy takes up to ${MAX_ORDERINGS}, applied in turn, and the id breaks any tie that remains.`,
    fields: (t) => ({
      field: t.field({ type: FieldEnum, description: 'What to sort by.' }),
      direction: t.field({ type: SortDirectionEnum, defaultValue: 'ASC', description: 'Ascending unless DESC.' }),
    }),
  });
}

/** The `orderBy` argument of a list sorted by `input`'s keys, `unless` saying its order without one. */
export const orderByArg = <T extends InputObjectRef<Types, object>>(arg: ArgBuilder<Types>, input: T, unless: string) =>
  arg({
    type: [input],
    required: false,
    description: `Sort keys applied in turn (up to ${MAX_ORDERINGS}); ${unless} when omitted.`,
    extensions: { maxItems: MAX_ORDERINGS },
  });
