// Every state and relative period is reckoned for the company's today (its time zone), which takes
// the database to know. A list nested in a record (Client.sales, Sale.payments) builds its page
// before anything can wait, and so does the read planner, so an operation that filters sales or
// payments asks for today first: one statement, which every list of the operation then reuses.
import { type DocumentNode, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { companyToday } from '../modules/companies/service.ts';
import type { Context, SignedInContext } from '../schema/context.ts';

/** Lists whose filter (or, for sales, status) reckons with today. */
const LISTS = new Set(['sales', 'payments']);
const RECKONING = new Set(['filter', 'status']);

const filtersALIst = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    [Kind.FIELD]: (node) => {
      if (LISTS.has(node.name.value) && node.arguments?.some((a) => RECKONING.has(a.name.value))) found = true;
    },
  });
  return found;
};

export function useCompanyToday(): Plugin<Context> {
  return {
    async onExecute({ args }) {
      const ctx = args.contextValue as Context;
      if (ctx.viewer && filtersALIst(args.document)) await companyToday(ctx as SignedInContext).catch(() => {});
    },
  };
}
