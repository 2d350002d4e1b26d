// Subscribers for tests: server-sent events over fetch, and graphql-ws over WebSocket. Each keeps
// every result's data, in order.
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

export function sseSubscriber(url: string, token: string, query: string, fetcher: typeof fetch = fetch) {
  const controller = new AbortController();
  const results: any[] = [];
  const ready = fetcher(url, {
    method: 'POST',
    signal: controller.signal,
    headers: { 'content-type': 'application/json', accept: 'text/event-stream', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query }),
  }).then(async (response) => {
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    void (async () => {
      try {
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          buffer += decoder.decode(chunk.value, { stream: true });
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const data = buffer
              .slice(0, end)
              .split('\n')
              .find((line) => line.startsWith('data:'));
            buffer = buffer.slice(end + 2);
            if (data) results.push(JSON.parse(data.slice(5)));
          }
        }
      } catch {
        /* closed */
      }
    })();
    return response.status;
  });
  return { results, ready, close: () => controller.abort() };
}

export function wsSubscriber(url: string, token: string, query: string) {
  const client = createClient({
    url: url.replace('http', 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { Authorization: `Bearer ${token}` },
  });
  const results: any[] = [];
  const stop = client.subscribe(
    { query },
    { next: (result) => results.push(result), error: (error) => results.push({ error }), complete: () => {} },
  );
  return {
    results,
    close: async () => {
      stop();
      await client.dispose();
    },
  };
}
