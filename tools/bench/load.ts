// A bounded load loop: exactly `total` calls, at most `concurrency` in flight, each timed.

export interface LoadResult {
  ok: number;
  errors: number;
  firstError: string | null;
  seconds: number;
  /** Milliseconds of each successful call, sorted. */
  latencies: number[];
}

export async function runLoad(total: number, concurrency: number, call: (i: number) => Promise<void>): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const latencies: number[] = [];
  // Each worker takes the next index until none is left, so no more than `total` calls start.
  const worker = async () => {
    while (next < total) {
      const i = next++;
      const started = performance.now();
      try {
        await call(i);
        latencies.push(performance.now() - started);
      } catch (error) {
        errors++;
        firstError ??= error instanceof Error ? error.message : String(error);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  const seconds = (performance.now() - started) / 1000;
  return { ok: latencies.length, errors, firstError, seconds, latencies: latencies.sort((a, b) => a - b) };
}

/** Nearest-rank percentile of sorted values (NaN when there are none). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
