// Every state and relative period is reckoned for the company's today (its time zone), which takes
// the database to know. A list nested in a record (Client.sales, Sale.payments) builds its page
// before anything can wait, so an operation that gives any list a `filter` or an `orderBy` asks
// for today first: one statement, which every list of the operation then reuses.
import { type DocumentNode, Kind, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { companyToday } from '../modules/companies/service.ts';
import type { Context, SignedInContext } from '../schema/context.ts';

const ARGUMENTS = new Set(['filter', 'orderBy']);

const filtersALIst = (document: DocumentNode): boolean => {
  let found = false;
  visit(document, {
    [Kind.ARGUMENT]: (node) => {
      if (ARGUMENTS.has(node.name.value)) found = true;
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
