// Documents in the graph: signed, short-lived PDF links on the records they show (a payment's
// receipt, a client's statement, a plot's allocation letter), given only to a viewer who may see
// the record, and a receipt's permanent verification link.
import { can } from '../../policy/permissions.ts';
import type { DocumentRef } from '../../runtime/document-links.ts';
import { builder } from '../../schema/builder.ts';
import { type Context, seenBy, signedIn } from '../../schema/context.ts';
import { isoDate } from '../../shared/dates.ts';
import { companyToday } from '../companies/service.ts';
import { unauthenticated } from '../../shared/errors.ts';
import { ClientStatementType } from '../sales/schema.ts';

/** A download link for the signed-in viewer, naming the token their request was checked with. */
function link(ctx: Context, ref: DocumentRef): Promise<string> {
  signedIn(ctx);
  if (!ctx.claims) throw unauthenticated();
  return ctx.runtime.documents.download(ref, ctx.claims);
}

const LINK_NOTE =
  'Open it without an Authorization header; it works for a few minutes (DOCUMENT_LINK_TTL_SECONDS), and only while its viewer may still see the record.';

builder.prismaObjectField('Payment', 'receiptUrl', (t) =>
  t.string({
    description: `A link to this receipt (or reversal) as a PDF, the same bytes every time. ${LINK_NOTE}`,
    resolve: (payment, _args, ctx) => link(ctx, { kind: 'receipt', id: payment.id }),
  }),
);

builder.prismaObjectField('Payment', 'verificationUrl', (t) =>
  t.string({
    description:
      "The link printed on the receipt: it never expires and shows anyone who holds it the receipt's essentials (issuer, number, date, amount, sale, payer, and whether it was reversed).",
    resolve: (payment, _args, ctx) => ctx.runtime.documents.verificationUrl(signedIn(ctx).viewer.companyId, payment.id),
  }),
);

builder.objectField(ClientStatementType, 'pdfUrl', (t) =>
  t.string({
    description: `A link to this statement as a PDF, with the same lines and totals, reckoned for the same day (asOf). ${LINK_NOTE}`,
    resolve: async (statement, _args, ctx) =>
      link(ctx, { kind: 'statement', id: statement.clientId, asOf: isoDate(await companyToday(signedIn(ctx))) }),
  }),
);

builder.prismaObjectField('Plot', 'allocationLetterUrl', (t) =>
  t.string({
    nullable: true,
    description: `A link to the letter of allocation as a PDF while the plot is ALLOCATED, for whoever may see its holder (staff, the client, their marketer); null otherwise. ${LINK_NOTE}`,
    select: { status: true, clientId: true },
    resolve: async (plot, _args, ctx) =>
      plot.status === 'ALLOCATED' &&
      plot.clientId &&
      can(ctx.viewer, 'READ_SALES') &&
      (await seenBy(ctx, 'Client', { id: plot.clientId }))
        ? link(ctx, { kind: 'allocation-letter', id: plot.id })
        : null,
  }),
);
