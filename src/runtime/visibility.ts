// Whether the viewer may see one row, by the rule src/policy/visibility.ts states for its model:
// decided in memory when the row holds what the rule reads, else by the database, in one query
// per model per request for all the rows asked about together.
import { matchesRow } from '../db/where-match.ts';
import { VISIBLE, type VisibleModel } from '../policy/visibility.ts';
import { type Session, sessionLoader } from './session.ts';

type Delegate = { findMany(args: object): Promise<{ id: string }[]> };

/** The ids among those asked that the viewer may see, one query per model and batch. */
const visibleIds = sessionLoader<`${VisibleModel}:${string}`, boolean>(async (session, keys) => {
  const byModel = new Map<VisibleModel, string[]>();
  for (const key of keys) {
    const [model, id] = key.split(':') as [VisibleModel, string];
    byModel.set(model, [...(byModel.get(model) ?? []), id]);
  }
  const seen = new Set<string>();
  for (const [model, ids] of byModel) {
    const delegate = (session.db as unknown as Record<string, Delegate>)[model[0].toLowerCase() + model.slice(1)];
    const rows = await delegate.findMany({
      where: { AND: [{ id: { in: ids } }, VISIBLE[model](session.viewer)] },
      select: { id: true },
    });
    for (const row of rows) seen.add(`${model}:${row.id}`);
  }
  return keys.map((key) => seen.has(key));
});

/** Whether the session's viewer may see `row` of `model` (a row with at least its id). */
export async function isVisible(session: Session, model: VisibleModel, row: { id: string }): Promise<boolean> {
  const inMemory = matchesRow(model, VISIBLE[model](session.viewer) as Record<string, unknown>, row);
  return inMemory ?? visibleIds(session).load(`${model}:${row.id}`);
}
