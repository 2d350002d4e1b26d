// Orderings and ranges of lists, as Prisma arguments (no GraphQL here: services build them).

export type Direction = 'ASC' | 'DESC';

export interface OrderAsked<F extends string> {
  field: F;
  direction: Direction;
}

/**
 * Prisma orderBy for the orderings asked in turn (or `fallback`, today's order, when none), then
 * the id: a unique last key, so a cursor names one place in the order and pages neither repeat
 * nor skip a row.
 */
export function listOrder<F extends string, O extends object>(
  asked: readonly OrderAsked<F>[] | null | undefined,
  columns: Record<F, (direction: 'asc' | 'desc') => O>,
  fallback: readonly O[],
): (O | { id: 'asc' })[] {
  const given = asked?.length ? asked.map((o) => columns[o.field](o.direction === 'DESC' ? 'desc' : 'asc')) : fallback;
  return [...given, { id: 'asc' }];
}

/** A Prisma range filter from optional bounds (both included); undefined when there is neither. */
export function between<T>(from: T | null | undefined, to: T | null | undefined): { gte?: T; lte?: T } | undefined {
  if (from == null && to == null) return undefined;
  return { ...(from != null ? { gte: from } : {}), ...(to != null ? { lte: to } : {}) };
}
