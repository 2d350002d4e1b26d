// A subscription holds no transaction open: its viewer, checked when it starts (viewer-check.ts),
// is checked again before each event, and the stream ends when the token expires or the
// membership or profile is archived or removed.
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { Context } from '../schema/context.ts';

const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Passes events on while the token is unexpired and the sign-in, re-checked before each event
 * (at most every `recheckMs`), still valid. It stops its source at expiry even when idle, and
 * when the client goes away.
 */
export function whileSignedIn<T>(
  events: AsyncIterable<T>,
  expiresAt: number,
  stillValid: () => Promise<boolean>,
  recheckMs = 0,
): AsyncIterableIterator<T> {
  const source = events[Symbol.asyncIterator]();
  const done: IteratorResult<T> = { done: true, value: undefined };
  let checkedAt = Date.now();
  let stopped = false;
  /** Answers the reader waiting now, if any (a fresh promise per wait, so none piles up). */
  let wakeReader: ((result: IteratorResult<T>) => void) | null = null;
  let expiry: NodeJS.Timeout | undefined;
  const stop = async (): Promise<IteratorResult<T>> => {
    if (!stopped) {
      stopped = true;
      clearTimeout(expiry);
      // A reader waiting for an event that may never come is answered now; the source is told
      // to end without waiting for it (a source busy in its own next() ends when that settles).
      wakeReader?.(done);
      Promise.resolve(source.return?.()).catch(() => {});
    }
    return done;
  };
  // setTimeout fires at once for delays past 2^31-1 ms (24.8 days): wait in steps below that.
  const armExpiry = () => {
    const left = expiresAt - Date.now();
    expiry = setTimeout(
      () => void (left > MAX_TIMER_MS ? armExpiry() : stop()),
      Math.max(0, Math.min(left, MAX_TIMER_MS)),
    );
    expiry.unref();
  };
  armExpiry();
  const nextEvent = async (): Promise<IteratorResult<T>> => {
    if (stopped) return done;
    const result = await Promise.race([
      source.next(),
      new Promise<IteratorResult<T>>((resolve) => (wakeReader = resolve)),
    ]);
    wakeReader = null;
    if (stopped || result.done || Date.now() >= expiresAt) return stop();
    if (Date.now() - checkedAt >= recheckMs) {
      if (!(await stillValid())) return stop();
      checkedAt = Date.now();
    }
    return result;
  };
  return {
    [Symbol.asyncIterator]() {
      return this;
    },
    async next() {
      try {
        return await nextEvent();
      } catch (error) {
        // A failed read or re-check ends the stream and its source, then reports the failure.
        await stop();
        throw error;
      }
    },
    return: stop,
  };
}

export function useSubscriptionGuard(): Plugin<Context> {
  return {
    onSubscribe({ subscribeFn, setSubscribeFn }) {
      setSubscribeFn(async (args) => {
        const ctx = args.contextValue as Context;
        // Checked when it starts by useViewerCheck; a signed-out subscription is refused by its field.
        const claims = ctx.viewer && ctx.claims;
        const stream = await subscribeFn(args);
        if (!claims || !isAsyncIterable(stream)) return stream;
        return whileSignedIn(stream, claims.expiresAt, async () => (await ctx.runtime.viewers.check(claims)) !== null);
      });
    },
  };
}
