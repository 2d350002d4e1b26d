// Documents over plain HTTP (links a browser opens, so no Authorization header is needed):
//
// GET /documents/<token>  the PDF a signed link names. The link must carry this server's signature
//   and be unexpired; the viewer it was issued to must still be signed in (the same check as every
//   operation); the record is read in that viewer's company, under row-level security, with what
//   that viewer may see now. A request that also sends a bearer token of another person or company
//   gets nothing. Nothing is cached by anyone: the answer is private to the link's viewer.
// GET /verify/<token>     the essentials of the receipt a verification token names, to anyone:
//   HTML for a browser, JSON otherwise; 404 for a token this server did not sign.
//
// Refusals are JSON errors shaped like GraphQL's, with a code: FORBIDDEN (403: not a link this
// server signed), LINK_EXPIRED (410), NOT_FOUND (404: nothing its viewer may see now),
// SERVICE_UNAVAILABLE (503, Retry-After). Rendering takes CPU, so at most two documents are
// rendered at once per process (with 32 waiting; past that, 503), never while holding a
// database connection. With LOG_REQUESTS, one JSON line per request: request id, which document,
// the link's company, duration and status (never the link itself: it is a key).
import type { Plugin } from 'graphql-yoga';
import { type ReceiptEssentials, receiptEssentials, renderDocument } from '../modules/documents/service.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { withPublicSession, withSession } from '../runtime/session.ts';
import type { Context } from '../schema/context.ts';
import { unavailable } from '../shared/errors.ts';
import { errorFields } from '../shared/logger.ts';
import { Gate } from '../shared/gate.ts';
import { knownError } from './errors.ts';
import { requestId } from './request-id.ts';

const PATH = /^\/(documents|verify)\/([A-Za-z0-9._-]{1,4096})$/;
const RENDERING_AT_ONCE = 2;
const RENDERING_QUEUE = 32;

/** Neither a shared cache nor the browser keeps any of these answers; the link in the URL is not passed on. */
const PRIVATE = {
  'cache-control': 'private, no-store, max-age=0',
  pragma: 'no-cache',
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

function problem(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ errors: [{ message, extensions: { code } }] }), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...PRIVATE, ...headers },
  });
}

const notFound = () => problem(404, 'NOT_FOUND', 'Nothing here for this link.');

/** Whether the request also carries a valid bearer token of someone other than `userId` of `companyId`. */
async function someoneElse(runtime: Runtime, request: Request, companyId: string, userId: string) {
  const bearer = /^Bearer (\S+)$/.exec(request.headers.get('authorization')?.trim() ?? '')?.[1];
  if (!bearer) return false;
  const claims = await runtime.tokens.verify(bearer);
  return typeof claims !== 'string' && (claims.companyId !== companyId || claims.userId !== userId);
}

const safeFilename = (name: string) => name.replace(/[^A-Za-z0-9._-]/g, '_');

/** What the log line says of a request, filled in as it is answered. */
interface Served {
  document: string;
  companyId: string | null;
}

async function serveDocument(
  runtime: Runtime,
  gate: Gate,
  request: Request,
  token: string,
  served: Served,
): Promise<Response> {
  const link = await runtime.documents.openDownload(token);
  if (link === 'invalid') return problem(403, 'FORBIDDEN', 'This is not a valid document link.');
  if (link === 'expired') return problem(410, 'LINK_EXPIRED', 'This document link has expired: ask for a new one.');
  served.document = link.kind;
  served.companyId = link.viewer.companyId;
  if (await someoneElse(runtime, request, link.viewer.companyId, link.viewer.userId)) return notFound();
  const viewer = await runtime.viewers.check(link.viewer);
  if (!viewer) return notFound();
  const rendered = await gate.run(() => renderDocument(link, (load) => withSession(runtime, viewer, load)));
  if (!rendered) return notFound();
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(rendered.bytes), {
    headers: {
      'content-type': 'application/pdf',
      'content-length': String(rendered.bytes.length),
      'content-disposition': `inline; filename="${safeFilename(rendered.filename)}"`,
      ...PRIVATE,
    },
  });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, lines: string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5}</style>
</head><body><h1>${escapeHtml(title)}</h1>
${lines
  .filter(Boolean)
  .map((line) => `<p>${escapeHtml(line)}</p>`)
  .join('\n')}
</body></html>
`;
}

function essentialsPage(r: ReceiptEssentials): string {
  const what = r.kind === 'REVERSAL' ? `Reversal receipt ${r.receiptNumber}` : `Receipt ${r.receiptNumber}`;
  return page(`${what} is genuine`, [
    `Issued by ${r.issuer} on ${r.date} for sale ${r.saleNumber}.`,
    `${r.kind === 'REVERSAL' ? 'Reversed' : 'Received'}: ${r.amount} (${r.amountInWords}), ${r.kind === 'REVERSAL' ? 'client' : 'from'} ${r.receivedFrom}.`,
    ...(r.reverses ? [`It undoes receipt ${r.reverses}.`] : []),
    r.reversedBy
      ? `This payment was reversed on ${r.reversedBy.date} by receipt ${r.reversedBy.receiptNumber}.`
      : r.kind === 'PAYMENT'
        ? 'It has not been reversed.'
        : '',
  ]);
}

async function serveVerification(runtime: Runtime, request: Request, token: string, served: Served): Promise<Response> {
  const html = /\btext\/html\b/.test(request.headers.get('accept') ?? '');
  const named = runtime.documents.openVerification(token);
  served.companyId = named?.companyId ?? null;
  const receipt =
    named && (await withPublicSession(runtime, (s) => receiptEssentials(s, named.companyId, named.paymentId)));
  const headers = html
    ? {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        ...PRIVATE,
      }
    : { 'content-type': 'application/json; charset=utf-8', ...PRIVATE };
  if (!receipt) {
    if (!html) return problem(404, 'NOT_FOUND', 'This is not a receipt this server issued.');
    return new Response(page('Not a receipt we issued', ['This verification link is not valid.']), {
      status: 404,
      headers,
    });
  }
  const body = html ? essentialsPage(receipt) : JSON.stringify({ receipt });
  return new Response(request.method === 'HEAD' ? null : body, { headers });
}

export function useDocuments(runtime: Runtime): Plugin<Context> {
  const gate = new Gate(RENDERING_AT_ONCE, RENDERING_QUEUE, () =>
    unavailable('Too many documents are being made at once: try again in a moment.'),
  );
  return {
    onRequest({ url, request, endResponse }) {
      const match = PATH.exec(url.pathname);
      if (!match) return;
      if (request.method !== 'GET' && request.method !== 'HEAD')
        return endResponse(problem(405, 'BAD_REQUEST', 'Use GET.', { allow: 'GET, HEAD' }));
      const [, kind, token] = match;
      const started = performance.now();
      const served: Served = { document: kind === 'documents' ? 'unknown' : 'verification', companyId: null };
      const answer =
        kind === 'documents'
          ? serveDocument(runtime, gate, request, token, served)
          : serveVerification(runtime, request, token, served);
      return answer
        .catch((error: unknown) => {
          const known = knownError(error);
          if (known?.code === 'SERVICE_UNAVAILABLE') {
            const retry = String(known.extensions.retryAfterSeconds ?? 1);
            return problem(503, known.code, known.message, { 'retry-after': retry });
          }
          runtime.logger.error(`${kind} failed`, errorFields(error));
          return problem(500, 'INTERNAL_SERVER_ERROR', 'Unexpected error.');
        })
        .then((response) => {
          if (runtime.config.logRequests)
            runtime.logger.info('document', {
              requestId: requestId(request),
              ...served,
              durationMs: Math.round((performance.now() - started) * 10) / 10,
              status: response.status,
            });
          endResponse(response);
        });
    },
  };
}
