// The result shown in the active GraphiQL tab, parsed, with the operation that produced it.
import { pick, useGraphiQL } from '@graphiql/react';
import { useMemo } from 'react';

export interface ActiveResult {
  /** The answer's `data` (undefined when there is no answer yet or it is not JSON). */
  data: unknown;
  errors: { message: string }[];
  query: string;
  variables: string;
  operationName: string | null;
}

export function useActiveResult(): ActiveResult {
  const { tabs, activeTabIndex, operationName } = useGraphiQL(pick('tabs', 'activeTabIndex', 'operationName'));
  const tab = tabs[activeTabIndex];
  const response = tab?.response ?? '';
  const parsed = useMemo(() => {
    try {
      return JSON.parse(response) as { data?: unknown; errors?: { message: string }[] };
    } catch {
      return {};
    }
  }, [response]);
  return {
    data: parsed.data ?? undefined,
    errors: Array.isArray(parsed.errors) ? parsed.errors : [],
    query: tab?.query ?? '',
    variables: tab?.variables ?? '',
    operationName: operationName ?? tab?.operationName ?? null,
  };
}
