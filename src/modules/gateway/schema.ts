// Online payments: starting one through the company's gateway, and the gateway payments held for
// review. The gateway's webhook itself is an HTTP endpoint (src/http/gateway-webhook.ts).
import { builder } from '../../schema/builder.ts';
import { signedIn } from '../../schema/context.ts';
import { findInViewerCompany, localId } from '../../schema/ids.ts';
import { byId } from '../../runtime/session.ts';
import { checkout, saveCheckoutUrl, startOnlinePayment, unmatchedFilter } from './service.ts';

const GatewayEnum = builder.enumType('PaymentGateway', {
  description: 'A payment gateway.',
  values: { PAYSTACK: { description: 'Paystack.' }, FLUTTERWAVE: { description: 'Flutterwave (to come).' } } as const,
});

builder.prismaNode('GatewayEvent', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'A charge the gateway reported; held ones wait for review and were never recorded.',
  authScopes: { can: 'MANAGE_COLLECTIONS' },
  fields: (t) => ({
    gateway: t.expose('gateway', { type: GatewayEnum, description: 'Which gateway reported it.' }),
    externalId: t.exposeString('externalId', { description: "The gateway's id of the transaction." }),
    reference: t.exposeString('reference', { description: 'The reference it was paid under.' }),
    amountMinor: t.expose('amountMinor', { type: 'BigInt', description: 'The amount the gateway reported.' }),
    currency: t.exposeString('currency', { description: 'The currency the gateway reported.' }),
    reason: t.exposeString('reason', { nullable: true, description: 'Why it was held.' }),
    deliveries: t.exposeInt('deliveries', { description: 'How many times the gateway delivered it.' }),
    receivedAt: t.expose('receivedAt', { type: 'DateTime', description: 'When it first arrived.' }),
    payment: t.relation('payment', { nullable: true, description: 'The payment it was recorded as.' }),
  }),
});

builder.queryFields((t) => ({
  unmatchedGatewayPayments: t.withAuth({ can: 'MANAGE_COLLECTIONS' }).prismaConnection({
    type: 'GatewayEvent',
    cursor: 'companyId_id',
    description: 'Charges held for review (wrong amount or currency, unknown reference), newest first.',
    totalCount: (_root, _args, ctx) => ctx.db.gatewayEvent.count({ where: unmatchedFilter }),
    resolve: (query, _root, _args, ctx) =>
      ctx.db.gatewayEvent.findMany({
        ...query,
        where: unmatchedFilter,
        orderBy: [{ receivedAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

const StartInput = builder.inputType('StartOnlinePaymentInput', {
  description: 'What to pay online.',
  fields: (t) => ({
    saleId: t.id({ description: 'Global id of the Sale.' }),
    instalment: t.int({
      required: false,
      description: 'Which instalment (1, 2, …); the first not paid in full when omitted.',
    }),
    amountMinor: t.field({
      type: 'BigInt',
      required: false,
      description: 'Defaults to what is outstanding on the instalment.',
    }),
  }),
});

interface Started {
  id: string;
  reference: string;
  checkoutUrl: string;
  amountMinor: bigint;
  currency: string;
}

const StartPayload = builder.objectRef<Started>('StartOnlinePaymentPayload').implement({
  description: "Where to send the payer: the gateway's checkout. The payment is recorded when the gateway reports it.",
  fields: (t) => ({
    checkoutUrl: t.exposeString('checkoutUrl', { description: "The gateway's checkout page." }),
    reference: t.exposeString('reference', { description: 'The reference the payment goes under.' }),
    amountMinor: t.expose('amountMinor', { type: 'BigInt', description: 'The amount asked for.' }),
    currency: t.exposeString('currency', { description: 'Its currency.' }),
    sale: t.prismaField({
      type: 'Sale',
      description: 'The sale paid into.',
      resolve: async (query, p, _a, ctx) => {
        const row = await ctx.db.gatewayPayment.findUniqueOrThrow({ where: byId(signedIn(ctx), p.id) });
        return ctx.db.sale.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), row.saleId) });
      },
    }),
  }),
});

builder.mutationFields((t) => ({
  startOnlinePayment: t.withAuth({ can: 'PAY_ONLINE' }).field({
    type: StartPayload,
    description:
      "Starts an online payment of an instalment through the company's gateway and answers its checkout URL (a client: their own sales). Must be the only field of its operation.",
    extensions: { soleRootField: true },
    args: { input: t.arg({ type: StartInput, description: 'The sale, instalment and amount.' }) },
    resolve: async (_root, { input }, ctx) => {
      const started = await startOnlinePayment(ctx, { ...input, saleId: localId(input.saleId, 'Sale', 'saleId') });
      // Stored first, so a charge the gateway reports always finds its reference; then the gateway
      // is asked with no transaction (and no connection) open.
      await ctx.commit();
      const checkoutUrl = await checkout(ctx.runtime, started);
      await saveCheckoutUrl(ctx, started.id, checkoutUrl);
      const { id, reference, amountMinor, currency } = started; // never the key
      return { id, reference, amountMinor, currency, checkoutUrl };
    },
  }),
}));
