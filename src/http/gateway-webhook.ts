// POST /gateways/paystack/<company slug>: the payment gateway's webhook. Answered 401 unless
// signed with that company's secret key, 200 once the charge is stored (a job records it), so the
// gateway stops resending; nothing else happens in the request.
import type { Plugin } from 'graphql-yoga';
import { companyIdForSlug } from '../db/cross-company.ts';
import { receiveWebhook } from '../modules/gateway/service.ts';
import type { Runtime } from '../runtime/runtime.ts';
import { withPublicSession } from '../runtime/session.ts';
import type { Context } from '../schema/context.ts';
import { LIMITS } from '../shared/limits.ts';
import { errorFields } from '../shared/logger.ts';

const PATH = /^\/gateways\/paystack\/([a-z0-9-]{1,100})$/;

export function useGatewayWebhook(runtime: Runtime): Plugin<Context> {
  return {
    async onRequest({ request, url, endResponse }) {
      const match = PATH.exec(url.pathname);
      if (!match) return;
      const answer = (status: number) => endResponse(new Response(null, { status }));
      if (request.method !== 'POST') return answer(405);
      const length = Number(request.headers.get('content-length') ?? Number.NaN);
      if (!(length >= 0 && length <= LIMITS.bodyBytes)) return answer(length > LIMITS.bodyBytes ? 413 : 411);
      const body = await request.text();
      if (body.length > LIMITS.bodyBytes) return answer(413);
      try {
        const companyId = await withPublicSession(runtime, (s) => companyIdForSlug(s.db, match[1]));
        if (!companyId) return answer(401);
        return answer(await receiveWebhook(runtime, companyId, body, request.headers));
      } catch (error) {
        runtime.logger.error('gateway webhook failed', errorFields(error));
        return answer(503); // the gateway resends later
      }
    },
  };
}
