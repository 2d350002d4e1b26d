// Estates, plot sizes and plots: admins manage them; everyone in the company browses them.
import { signedIn } from '../../http/context.ts';
import { canSeeClient } from '../../policy/visibility.ts';
import { builder } from '../../schema/builder.ts';
import { findInViewerCompany, localId } from '../../schema/ids.ts';
import { ClientType } from '../clients/schema.ts';
import { byId } from '../session.ts';
import {
  addPlots, addPlotSize, allocatePlot, createEstate, estateFilter, plotAvailability, releasePlot, reservePlot,
  setEstateStatus, updateEstate, updatePlotSize, type PlotAvailability,
} from './service.ts';

export const EstateStatusEnum = builder.enumType('EstateStatus', { values: ['ACTIVE', 'ARCHIVED'] as const });
export const PlotStatusEnum = builder.enumType('PlotStatus', { values: ['AVAILABLE', 'RESERVED', 'ALLOCATED'] as const });

const Availability = builder.objectRef<PlotAvailability>('PlotAvailability').implement({
  fields: (t) => ({
    available: t.exposeInt('available'),
    reserved: t.exposeInt('reserved'),
    allocated: t.exposeInt('allocated'),
    total: t.int({ resolve: (a) => a.available + a.reserved + a.allocated }),
  }),
});

builder.prismaNode('Estate', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name'),
    location: t.exposeString('location'),
    description: t.exposeString('description', { nullable: true }),
    status: t.expose('status', { type: EstateStatusEnum }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    plotSizes: t.relation('plotSizes', { query: { orderBy: { areaSqm: 'asc' } } }),
    plots: t.relatedConnection('plots', {
      cursor: 'companyId_id',
      totalCount: true,
      args: { status: t.arg({ type: [PlotStatusEnum], required: false }) },
      query: (args) => ({ where: args.status ? { status: { in: [...args.status] } } : {}, orderBy: { number: 'asc' } }),
    }),
    availability: t.field({
      type: Availability,
      description: 'How many plots are available, reserved and allocated.',
      resolve: (estate, _args, ctx) => plotAvailability(signedIn(ctx)).load(estate.id),
    }),
  }),
});

builder.prismaNode('PlotSize', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  authScopes: { authenticated: true },
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Such as "500 sqm".' }),
    areaSqm: t.exposeInt('areaSqm'),
    priceMinor: t.expose('priceMinor', { type: 'BigInt', description: 'Price in minor units of `currency` (kobo, cents).' }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, such as NGN.' }),
    estate: t.relation('estate'),
  }),
});

builder.prismaNode('Plot', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
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
      description: 'Who holds it: shown to staff, to that client and to their marketer; null otherwise.',
      select: (_args, _ctx, nestedSelection) => ({ client: nestedSelection(true) }),
      resolve: (plot, _args, ctx) => (plot.client && canSeeClient(ctx.viewer, plot.client) ? plot.client : null),
    }),
  }),
});

builder.prismaObjectField('Client', 'plots', (t) =>
  t.relatedConnection('plots', {
    cursor: 'companyId_id',
    description: 'Plots reserved for or allocated to this client.',
    query: { orderBy: { heldAt: 'desc' } },
  }),
);

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

const PlotHoldInput = builder.inputType('PlotHoldInput', {
  fields: (t) => ({ plotId: t.id(), clientId: t.id() }),
});

const plotHold = (input: { plotId: string | number; clientId: string | number }) =>
  [localId(input.plotId, 'Plot', 'plotId'), localId(input.clientId, 'Client', 'clientId')] as const;

builder.queryFields((t) => ({
  estates: t.withAuth({ authenticated: true }).prismaConnection({
    type: 'Estate',
    cursor: 'companyId_id',
    description: 'Estates of the company, by name (active only unless asked). Everyone in the company may browse them.',
    args: {
      search: t.arg.string({ required: false }),
      status: t.arg({ type: [EstateStatusEnum], defaultValue: ['ACTIVE'] }),
    },
    totalCount: (_root, args, ctx) => ctx.db.estate.count({ where: estateFilter(args) }),
    resolve: (query, _root, args, ctx) => ctx.db.estate.findMany({ ...query, where: estateFilter(args), orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  }),
}));

builder.mutationFields((t) => {
  const manage = t.withAuth({ can: 'MANAGE_ESTATES' });
  return {
    createEstate: manage.prismaField({
      type: 'Estate',
      args: { input: t.arg({ type: EstateInput }) },
      resolve: async (query, _root, { input }, ctx) => ctx.db.estate.findUniqueOrThrow({ ...query, where: byId(ctx, await createEstate(ctx, input)) }),
    }),
    updateEstate: manage.prismaField({
      type: 'Estate',
      args: { id: t.arg.id(), input: t.arg({ type: EstateInput }) },
      resolve: async (query, _root, { id, input }, ctx) => ctx.db.estate.findUniqueOrThrow({ ...query, where: byId(ctx, await updateEstate(ctx, localId(id, 'Estate'), input)) }),
    }),
    setEstateStatus: manage.prismaField({
      type: 'Estate',
      description: 'Archive (hide from browsing) or restore an estate.',
      args: { id: t.arg.id(), status: t.arg({ type: EstateStatusEnum }) },
      resolve: async (query, _root, { id, status }, ctx) => ctx.db.estate.findUniqueOrThrow({ ...query, where: byId(ctx, await setEstateStatus(ctx, localId(id, 'Estate'), status)) }),
    }),
    addPlotSize: manage.prismaField({
      type: 'PlotSize',
      args: { estateId: t.arg.id(), input: t.arg({ type: PlotSizeInput }) },
      resolve: async (query, _root, { estateId, input }, ctx) =>
        ctx.db.plotSize.findUniqueOrThrow({ ...query, where: byId(ctx, await addPlotSize(ctx, localId(estateId, 'Estate', 'estateId'), input)) }),
    }),
    updatePlotSize: manage.prismaField({
      type: 'PlotSize',
      args: { id: t.arg.id(), input: t.arg({ type: PlotSizeInput }) },
      resolve: async (query, _root, { id, input }, ctx) => ctx.db.plotSize.findUniqueOrThrow({ ...query, where: byId(ctx, await updatePlotSize(ctx, localId(id, 'PlotSize'), input)) }),
    }),
    addPlots: manage.prismaField({
      type: ['Plot'],
      description: 'Adds plots with these numbers (unique within the estate) of one size.',
      args: { plotSizeId: t.arg.id(), numbers: t.arg.stringList() },
      resolve: async (query, _root, { plotSizeId, numbers }, ctx) => {
        const added = await addPlots(ctx, localId(plotSizeId, 'PlotSize', 'plotSizeId'), numbers);
        return ctx.db.plot.findMany({ ...query, where: { estateId: added.estateId, number: { in: added.numbers } }, orderBy: { number: 'asc' } });
      },
    }),
    reservePlot: manage.prismaField({
      type: 'Plot',
      description: 'Holds an available plot for a client.',
      args: { input: t.arg({ type: PlotHoldInput }) },
      resolve: async (query, _root, { input }, ctx) =>
        ctx.db.plot.findUniqueOrThrow({ ...query, where: byId(ctx, await reservePlot(ctx, ...plotHold(input))) }),
    }),
    allocatePlot: manage.prismaField({
      type: 'Plot',
      description: 'Allocates an available plot (or one reserved for the same client) to a client. Of two racing allocations, one gets CONFLICT.',
      args: { input: t.arg({ type: PlotHoldInput }) },
      resolve: async (query, _root, { input }, ctx) =>
        ctx.db.plot.findUniqueOrThrow({ ...query, where: byId(ctx, await allocatePlot(ctx, ...plotHold(input))) }),
    }),
    releasePlot: manage.prismaField({
      type: 'Plot',
      description: 'Makes a reserved or allocated plot available again.',
      args: { plotId: t.arg.id() },
      resolve: async (query, _root, { plotId }, ctx) => ctx.db.plot.findUniqueOrThrow({ ...query, where: byId(ctx, await releasePlot(ctx, localId(plotId, 'Plot', 'plotId'))) }),
    }),
  };
});
