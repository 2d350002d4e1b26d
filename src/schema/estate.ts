// Estates, plot sizes and plots: admins manage them; everyone in the company browses them.
// Allocating a plot is one conditional UPDATE, so of two racing allocations exactly one wins.
import type { Context } from '../context.ts';
import { badInput, conflict, notFound } from '../domain/errors.ts';
import * as valid from '../domain/validation.ts';
import { canSeeClient } from './access.ts';
import { ClientType } from './client.ts';
import { builder } from './builder.ts';
import { localId, searchText } from './people.ts';

export const EstateStatusEnum = builder.enumType('EstateStatus', { values: ['ACTIVE', 'ARCHIVED'] as const });
export const PlotStatusEnum = builder.enumType('PlotStatus', { values: ['AVAILABLE', 'RESERVED', 'ALLOCATED'] as const });

const Availability = builder.objectRef<{ available: number; reserved: number; allocated: number }>('PlotAvailability').implement({
  fields: (t) => ({
    available: t.exposeInt('available'),
    reserved: t.exposeInt('reserved'),
    allocated: t.exposeInt('allocated'),
    total: t.int({ resolve: (a) => a.available + a.reserved + a.allocated }),
  }),
});

builder.prismaNode('Estate', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    location: t.exposeString('location'),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: EstateStatusEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    plotSizes: t.relation('plotSizes', { query: { orderBy: { areaSqm: 'asc' } } }),
    plots: t.relatedConnection('plots', {
      cursor: 'id',
      totalCount: true,
      args: { status: t.arg({ type: [PlotStatusEnum], required: false }) },
      query: (args) => ({ where: args.status ? { status: { in: [...args.status] } } : {}, orderBy: { number: 'asc' } }),
    }),
    availability: t.field({
      type: Availability,
      description: 'How many plots are available, reserved and allocated.',
      resolve: (estate, _args, ctx) => ctx.loaders.plotAvailability.load(estate.id),
    }),
  }),
});

builder.prismaNode('PlotSize', {
  id: { field: 'id' },
  authScopes: { authenticated: true },
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Such as "500 sqm".' }),
    areaSqm: t.exposeInt('areaSqm'),
    priceMinor: t.expose('priceMinor', { type: 'BigInt', description: 'Price in minor units of `currency` (kobo, cents).' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, such as NGN.' }),
    estate: t.relation('estate'),
  }),
});

builder.prismaNode('PlotNumber', {
  id: { field: 'id' },
  name: 'Plot',
  authScopes: { authenticated: true },
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Unique within its estate.' }),
    status: t.expose('status', { type: PlotStatusEnum }),
    heldAt: t.expose('heldAt', { type: 'DateTime', nullable: true, description: 'When it was reserved or allocated.' }),
    estate: t.relation('estate'),
    plotSize: t.relation('plotSize'),
    client: t.field({
      type: ClientType,
      nullable: true,
      description: "Who holds it: shown to staff, to that client and to their marketer; null otherwise.",
      select: (_args, _ctx, nestedSelection) => ({ client: nestedSelection(true) }),
      resolve: (plot, _args, ctx) => (plot.client && canSeeClient(ctx, plot.client) ? plot.client : null),
    }),
  }),
});

async function findEstate(ctx: Context, id: string | number) {
  const estate = await ctx.db.estate.findUnique({ where: { id: localId(id, 'Estate') } });
  if (!estate) throw notFound('Estate');
  return estate;
}

async function findPlot(ctx: Context, id: string | number) {
  const plot = await ctx.db.plotNumber.findUnique({ where: { id: localId(id, 'Plot') } });
  if (!plot) throw notFound('Plot');
  return plot;
}

const CURRENCY = /^[A-Z]{3}$/;
function checkPlotSize(input: { label?: string | null; areaSqm?: number | null; priceMinor?: bigint | null; currency?: string | null }) {
  const out: { label?: string; areaSqm?: number; priceMinor?: bigint; currency?: string } = {};
  if (input.label != null) out.label = valid.text('label', input.label, 40);
  if (input.areaSqm != null) {
    if (input.areaSqm < 1 || input.areaSqm > 10_000_000) throw badInput('areaSqm', 'The area is 1 to 10,000,000 square metres.');
    out.areaSqm = input.areaSqm;
  }
  if (input.priceMinor != null) {
    if (input.priceMinor < 0n || input.priceMinor > 10n ** 15n) throw badInput('priceMinor', 'The price is 0 to 10^15 minor units.');
    out.priceMinor = input.priceMinor;
  }
  if (input.currency != null) {
    const currency = input.currency.trim().toUpperCase();
    if (!CURRENCY.test(currency)) throw badInput('currency', 'Use a 3-letter ISO 4217 code such as NGN.');
    out.currency = currency;
  }
  return out;
}

const EstateInput = builder.inputType('EstateInput', {
  fields: (t) => ({
    name: t.string({ required: false }),
    location: t.string({ required: false }),
    description: t.string({ required: false }),
  }),
});

const PlotSizeInput = builder.inputType('PlotSizeInput', {
  fields: (t) => ({
    label: t.string({ required: false }),
    areaSqm: t.int({ required: false }),
    priceMinor: t.field({ type: 'BigInt', required: false }),
    currency: t.string({ required: false }),
  }),
});

builder.queryFields((t) => ({
  estates: t.prismaConnection({
    type: 'Estate',
    cursor: 'id',
    description: 'Estates of the company, by name (active only unless asked). Everyone in the company may browse them.',
    authScopes: { authenticated: true },
    args: {
      search: t.arg.string({ required: false }),
      status: t.arg({ type: [EstateStatusEnum], defaultValue: ['ACTIVE'] }),
    },
    totalCount: (_root, args, ctx) => ctx.db.estate.count({ where: estateFilter(args) }),
    resolve: (query, _root, args, ctx) => ctx.db.estate.findMany({ ...query, where: estateFilter(args), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
}));

function estateFilter(args: { search?: string | null; status: readonly ('ACTIVE' | 'ARCHIVED')[] }) {
  const search = searchText('search', args.search);
  return {
    status: { in: [...args.status] },
    ...(search ? { OR: [{ name: { contains: search, mode: 'insensitive' as const } }, { location: { contains: search, mode: 'insensitive' as const } }] } : {}),
  };
}

/** Moves a plot between states only from the states given, in one statement: racing calls cannot both win. */
async function movePlot(ctx: Context, plotId: string | number, from: ('AVAILABLE' | 'RESERVED' | 'ALLOCATED')[], data: { status: 'AVAILABLE' | 'RESERVED' | 'ALLOCATED'; clientId: string | null }, sameClientMay?: string) {
  const plot = await findPlot(ctx, plotId);
  const { count } = await ctx.db.plotNumber.updateMany({
    where: { id: plot.id, OR: [{ status: { in: from } }, ...(sameClientMay ? [{ status: 'RESERVED' as const, clientId: sameClientMay }] : [])] },
    data: { ...data, heldAt: data.clientId ? new Date() : null },
  });
  if (count === 0) {
    const now = await ctx.db.plotNumber.findUniqueOrThrow({ where: { id: plot.id }, select: { status: true } });
    throw conflict(`Plot ${plot.number} is ${now.status.toLowerCase()}.`, { field: 'plotId', status: now.status });
  }
  return plot.id;
}

async function activeClientId(ctx: Context, id: string | number): Promise<string> {
  const client = await ctx.db.client.findUnique({ where: { id: localId(id, 'Client') }, select: { id: true, status: true } });
  if (!client) throw notFound('Client');
  if (client.status !== 'ACTIVE') throw badInput('clientId', 'This client is archived.');
  return client.id;
}

const PlotHoldInput = builder.inputType('PlotHoldInput', { fields: (t) => ({ plotId: t.id(), clientId: t.id() }) });

builder.mutationFields((t) => ({
  createEstate: t.prismaField({
    type: 'Estate',
    authScopes: { admin: true },
    args: { input: t.arg({ type: EstateInput }) },
    resolve: (query, _root, { input }, ctx) =>
      ctx.db.estate.create({
        ...query,
        data: {
          companyId: ctx.viewer!.companyId,
          name: valid.text('name', input.name ?? '', 120),
          location: valid.text('location', input.location ?? '', 200),
          description: valid.optionalText('description', input.description, 2000),
        },
      }),
  }),
  updateEstate: t.prismaField({
    type: 'Estate',
    authScopes: { admin: true },
    args: { id: t.arg.id(), input: t.arg({ type: EstateInput }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const estate = await findEstate(ctx, id);
      return ctx.db.estate.update({
        ...query,
        where: { id: estate.id },
        data: {
          ...(input.name != null ? { name: valid.text('name', input.name, 120) } : {}),
          ...(input.location != null ? { location: valid.text('location', input.location, 200) } : {}),
          ...(input.description !== undefined ? { description: valid.optionalText('description', input.description, 2000) } : {}),
        },
      });
    },
  }),
  setEstateStatus: t.prismaField({
    type: 'Estate',
    description: 'Archive (hide from browsing) or restore an estate.',
    authScopes: { admin: true },
    args: { id: t.arg.id(), status: t.arg({ type: EstateStatusEnum }) },
    resolve: async (query, _root, { id, status }, ctx) => {
      const estate = await findEstate(ctx, id);
      return ctx.db.estate.update({ ...query, where: { id: estate.id }, data: { status } });
    },
  }),
  addPlotSize: t.prismaField({
    type: 'PlotSize',
    authScopes: { admin: true },
    args: { estateId: t.arg.id(), input: t.arg({ type: PlotSizeInput }) },
    resolve: async (query, _root, { estateId, input }, ctx) => {
      const estate = await findEstate(ctx, estateId);
      const size = checkPlotSize(input);
      if (!size.label || size.areaSqm == null || size.priceMinor == null || !size.currency) {
        const missing = (['label', 'areaSqm', 'priceMinor', 'currency'] as const).find((f) => size[f] == null)!;
        throw badInput(missing, 'This is required for a new plot size.');
      }
      return ctx.db.plotSize.create({ ...query, data: { companyId: estate.companyId, estateId: estate.id, label: size.label, areaSqm: size.areaSqm, priceMinor: size.priceMinor, currency: size.currency } });
    },
  }),
  updatePlotSize: t.prismaField({
    type: 'PlotSize',
    authScopes: { admin: true },
    args: { id: t.arg.id(), input: t.arg({ type: PlotSizeInput }) },
    resolve: async (query, _root, { id, input }, ctx) => {
      const size = await ctx.db.plotSize.findUnique({ where: { id: localId(id, 'PlotSize') } });
      if (!size) throw notFound('PlotSize');
      return ctx.db.plotSize.update({ ...query, where: { id: size.id }, data: checkPlotSize(input) });
    },
  }),
  addPlots: t.prismaField({
    type: ['PlotNumber'],
    description: 'Adds plots with these numbers (unique within the estate) of one size.',
    authScopes: { admin: true },
    args: { plotSizeId: t.arg.id(), numbers: t.arg.stringList() },
    resolve: async (query, _root, { plotSizeId, numbers }, ctx) => {
      const size = await ctx.db.plotSize.findUnique({ where: { id: localId(plotSizeId, 'PlotSize') } });
      if (!size) throw notFound('PlotSize');
      const clean = numbers.map((n) => valid.text('numbers', n, 20));
      if (clean.length === 0 || clean.length > 1000) throw badInput('numbers', 'Give 1 to 1000 plot numbers.');
      if (new Set(clean).size !== clean.length) throw badInput('numbers', 'A plot number is given twice.');
      const existing = await ctx.db.plotNumber.findMany({ where: { estateId: size.estateId, number: { in: clean } }, select: { number: true } });
      if (existing.length) throw conflict(`Plot ${existing[0].number} already exists in this estate.`, { field: 'numbers' });
      await ctx.db.plotNumber.createMany({ data: clean.map((number) => ({ companyId: size.companyId, estateId: size.estateId, plotSizeId: size.id, number })) });
      return ctx.db.plotNumber.findMany({ ...query, where: { estateId: size.estateId, number: { in: clean } }, orderBy: { number: 'asc' } });
    },
  }),
  reservePlot: t.prismaField({
    type: 'PlotNumber',
    description: 'Holds an available plot for a client.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: PlotHoldInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const clientId = await activeClientId(ctx, input.clientId);
      const id = await movePlot(ctx, input.plotId, ['AVAILABLE'], { status: 'RESERVED', clientId });
      return ctx.db.plotNumber.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  allocatePlot: t.prismaField({
    type: 'PlotNumber',
    description: 'Allocates an available plot (or one reserved for the same client) to a client. Of two racing allocations, one gets CONFLICT.',
    authScopes: { admin: true },
    args: { input: t.arg({ type: PlotHoldInput }) },
    resolve: async (query, _root, { input }, ctx) => {
      const clientId = await activeClientId(ctx, input.clientId);
      const id = await movePlot(ctx, input.plotId, ['AVAILABLE'], { status: 'ALLOCATED', clientId }, clientId);
      return ctx.db.plotNumber.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
  releasePlot: t.prismaField({
    type: 'PlotNumber',
    description: 'Makes a reserved or allocated plot available again.',
    authScopes: { admin: true },
    args: { plotId: t.arg.id() },
    resolve: async (query, _root, { plotId }, ctx) => {
      const id = await movePlot(ctx, plotId, ['RESERVED', 'ALLOCATED'], { status: 'AVAILABLE', clientId: null });
      return ctx.db.plotNumber.findUniqueOrThrow({ ...query, where: { id } });
    },
  }),
}));
