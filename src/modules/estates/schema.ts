// Estates, plot sizes and plots: admins manage them; everyone in the company browses them.
import { seenBy, signedIn } from '../../schema/context.ts';
import type { ArgBuilder } from '@pothos/core';
import { builder, type Types } from '../../schema/builder.ts';
import { planned } from '../../schema/planning.ts';
import { decodeIds, findInViewerCompany, localId } from '../../schema/ids.ts';
import { ClientType } from '../clients/schema.ts';
import { byId } from '../../runtime/session.ts';
import { orderByArg, orderInput } from '../../schema/ordering.ts';
import { RelativePeriodEnum } from '../../schema/scalars.ts';
import { createdInPending, resolveCreatedIn } from '../people/service.ts';
import {
  addPlots,
  addPlotSize,
  allocatePlot,
  createEstate,
  type ESTATE_ORDER_FIELDS,
  estateListFilter,
  estateOrder,
  plotAvailability,
  plotFilter,
  AVAILABILITY_FIELDS,
  plotAvailabilityRowsSql,
  plotOrder,
  type PLOT_ORDER_FIELDS,
  releasePlot,
  reservePlot,
  setEstateStatus,
  updateEstate,
  updatePlotSize,
  type AddedPlots,
  type PlotAvailability,
} from './service.ts';

export const EstateStatusEnum = builder.enumType('EstateStatus', {
  description: 'Whether an estate is on offer.',
  values: {
    ACTIVE: { description: 'Browsed by everyone in the company.' },
    ARCHIVED: { description: 'Hidden from browsing unless asked for; its plots and sales stay.' },
  } as const,
});
export const PlotStatusEnum = builder.enumType('PlotStatus', {
  description:
    "A plot's state; a sold plot is ALLOCATED to its buyer (Plot.sale says whether it is sold; counts such as Estate.availability and insights.plotStock give sold plots apart).",
  values: {
    AVAILABLE: { description: 'Free to reserve, allocate or sell.' },
    RESERVED: { description: 'Held for a client.' },
    ALLOCATED: { description: 'Allocated to a client: sold to them, or held for them unsold.' },
  } as const,
});

const Availability = builder.objectRef<PlotAvailability>('PlotAvailability').implement({
  description:
    "An estate's plots by state, in the words of insights.plotStock: each plot counts once, so available + reserved + allocated + sold = total.",
  fields: (t) => ({
    available: t.exposeInt('available', { description: 'Plots free to reserve or sell.' }),
    reserved: t.exposeInt('reserved', { description: 'Plots held for a client.' }),
    allocated: t.exposeInt('allocated', { description: 'Plots allocated to a client and not sold.' }),
    sold: t.exposeInt('sold', { description: 'Plots with a sale.' }),
    total: t.int({
      description: 'Every plot of the estate.',
      resolve: (a) => a.available + a.reserved + a.allocated + a.sold,
    }),
  }),
});

const PlotFilterInput = builder.inputType('PlotFilter', {
  description: 'Which plots to list: every field given must match.',
  fields: (t) => ({
    estateId: t.id({ required: false, description: 'Plots of this estate (global id of the Estate).' }),
    plotSizeId: t.id({ required: false, description: 'Plots of this size (global id of the PlotSize).' }),
    status: t.field({ type: [PlotStatusEnum], required: false, description: 'Plots in any of these states.' }),
    sold: t.boolean({ required: false, description: 'true: plots with a sale; false: plots without one.' }),
    search: t.string({ required: false, description: 'Text in the plot number (up to 200 characters).' }),
  }),
});

const PlotOrderInput = orderInput('PlotOrder', 'plots', {
  NUMBER: 'The plot number (as text: P-10 before P-2).',
  STATUS: 'The state: AVAILABLE, RESERVED, then ALLOCATED.',
  ESTATE: "The estate's name.",
  AREA: "The plot size's area.",
  PRICE: "The plot size's price, in minor units (currencies are not converted).",
} satisfies Record<(typeof PLOT_ORDER_FIELDS)[number], string>);

/** The global ids a PlotFilter may hold, by their type. */
export const PLOT_FILTER_IDS = { estateId: 'Estate', plotSizeId: 'PlotSize' } as const;

/** The filter and orderBy arguments of a list of plots. */
const plotListArgs = (arg: ArgBuilder<Types>, unless: string) => ({
  filter: arg({ type: PlotFilterInput, required: false, description: 'Only the plots that match every field given.' }),
  orderBy: orderByArg(arg, PlotOrderInput, unless),
});

builder.prismaNode('Estate', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'An estate the company sells plots in. Everyone in the company may browse it.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Such as "Palm Grove Estate".' }),
    location: t.exposeString('location', { description: 'Such as "Lekki, Lagos".' }),
    description: t.exposeString('description', { nullable: true, description: 'Anything else a buyer should know.' }),
    status: t.expose('status', { type: EstateStatusEnum, description: 'Active, or archived (hidden from browsing).' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
    plotSizes: t.relation('plotSizes', {
      description: 'Its plot sizes, smallest first.',
      query: { orderBy: [{ areaSqm: 'asc' }, { id: 'asc' }] },
    }),
    plots: t.relatedConnection('plots', {
      cursor: 'companyId_id',
      totalCount: true,
      description: 'Its plots, by number unless orderBy says otherwise.',
      args: {
        status: t.arg({ type: [PlotStatusEnum], required: false, description: 'Plots in any of these states.' }),
        ...plotListArgs(t.arg, 'by number'),
      },
      query: (args) => ({
        where: {
          AND: [
            args.status ? { status: { in: [...args.status] } } : {},
            plotFilter(decodeIds(args.filter, PLOT_FILTER_IDS)),
          ],
        },
        orderBy: plotOrder(args.orderBy),
      }),
    }),
    availability: t.field({
      type: Availability,
      description: 'How many plots are available, reserved and allocated.',
      resolve: (estate, _args, ctx) => plotAvailability(signedIn(ctx)).load(estate.id),
      extensions: planned({
        kind: 'computed-rows',
        fields: AVAILABILITY_FIELDS,
        rows: ({ row, aliases }) => plotAvailabilityRowsSql(row, aliases.company),
      }),
    }),
  }),
});

builder.prismaNode('PlotSize', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description: 'A size of plot in an estate, with its price. Everyone in the company may see it.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    label: t.exposeString('label', { description: 'Such as "500 sqm".' }),
    areaSqm: t.exposeInt('areaSqm', { description: 'Area in square metres.' }),
    priceMinor: t.expose('priceMinor', {
      type: 'BigInt',
      description: 'Price in minor units of `currency` (kobo, cents).',
    }),
    currency: t.exposeString('currency', { description: 'ISO 4217 code, such as NGN.' }),
    estate: t.relation('estate', { description: 'The estate it belongs to.' }),
  }),
});

builder.prismaNode('Plot', {
  id: { resolve: (row) => row.id },
  findUnique: findInViewerCompany,
  description:
    'A plot of an estate. Everyone in the company may see it; who holds it only those who may see that client.',
  authScopes: { authenticated: true },
  fields: (t) => ({
    number: t.exposeString('number', { description: 'Unique within its estate.' }),
    status: t.expose('status', { type: PlotStatusEnum, description: 'Available, reserved or allocated.' }),
    heldAt: t.expose('heldAt', { type: 'DateTime', nullable: true, description: 'When it was reserved or allocated.' }),
    estate: t.relation('estate', { description: 'The estate it is in.' }),
    plotSize: t.relation('plotSize', { description: 'Its size and price.' }),
    client: t.field({
      type: ClientType,
      nullable: true,
      description: 'Who holds it: shown to staff, to that client and to their marketer; null otherwise.',
      select: (_args, _ctx, nestedSelection) => ({ client: nestedSelection(true) }),
      resolve: async (plot, _args, ctx) =>
        plot.client && (await seenBy(ctx, 'Client', plot.client)) ? plot.client : null,
      extensions: planned({ kind: 'visible-relation', relation: 'client', model: 'Client' }),
    }),
  }),
});

builder.prismaObjectField('Client', 'plots', (t) =>
  t.relatedConnection('plots', {
    cursor: 'companyId_id',
    totalCount: true,
    description: 'Plots reserved for or allocated to this client, latest held first unless orderBy says otherwise.',
    args: plotListArgs(t.arg, 'latest held first'),
    query: (args) => ({
      where: plotFilter(decodeIds(args.filter, PLOT_FILTER_IDS)),
      orderBy: plotOrder(args.orderBy, { heldAt: 'desc' }),
    }),
  }),
);

type InputFields = PothosSchemaTypes.InputFieldBuilder<Types, 'InputObject'>;

/** An estate's fields: required to create one, optional (left as they are when omitted) to update one. */
const estateInputFields = <R extends boolean>(t: InputFields, required: R) => ({
  name: t.string({ required, description: 'Such as "Palm Grove Estate".' }),
  location: t.string({ required, description: 'Such as "Lekki, Lagos".' }),
  description: t.string({
    required: false,
    description: 'Anything else a buyer should know (on update, null clears it).',
  }),
});

/** A plot size's fields: required to add one, optional (left as they are when omitted) to update one. */
const plotSizeInputFields = <R extends boolean>(t: InputFields, required: R) => ({
  label: t.string({ required, description: 'Such as "500 sqm".' }),
  areaSqm: t.int({ required, description: 'Area in square metres, 1 to 10,000,000.' }),
  priceMinor: t.field({ type: 'BigInt', required, description: 'Price in minor units of `currency` (kobo, cents).' }),
  currency: t.string({ required, description: 'ISO 4217 code, such as NGN.' }),
});

const CreateEstateInput = builder.inputType('CreateEstateInput', {
  description: 'A new estate.',
  fields: (t) => estateInputFields(t, true),
});
const UpdateEstateInput = builder.inputType('UpdateEstateInput', {
  description: 'Changes to an estate; omitted fields stay as they are.',
  fields: (t) => ({ id: t.id({ description: 'Global id of the Estate.' }), ...estateInputFields(t, false) }),
});
const SetEstateStatusInput = builder.inputType('SetEstateStatusInput', {
  description: 'An estate and its new status.',
  fields: (t) => ({
    id: t.id({ description: 'Global id of the Estate.' }),
    status: t.field({ type: EstateStatusEnum, description: 'ARCHIVED hides it from browsing.' }),
  }),
});
const AddPlotSizeInput = builder.inputType('AddPlotSizeInput', {
  description: 'A new plot size of an estate.',
  fields: (t) => ({ estateId: t.id({ description: 'Global id of the Estate.' }), ...plotSizeInputFields(t, true) }),
});
const UpdatePlotSizeInput = builder.inputType('UpdatePlotSizeInput', {
  description: 'Changes to a plot size; omitted fields stay as they are.',
  fields: (t) => ({ id: t.id({ description: 'Global id of the PlotSize.' }), ...plotSizeInputFields(t, false) }),
});
const AddPlotsInput = builder.inputType('AddPlotsInput', {
  description: 'New plots of one size.',
  fields: (t) => ({
    plotSizeId: t.id({ description: 'Global id of their PlotSize (which names the estate).' }),
    numbers: t.stringList({ description: 'Their numbers: 1 to 1000, each unique within the estate.' }),
  }),
});

/** The input of a mutation that gives a plot to a client. */
const plotHoldInput = (name: string, description: string) =>
  builder.inputType(name, {
    description,
    fields: (t) => ({
      plotId: t.id({ description: 'Global id of the Plot.' }),
      clientId: t.id({ description: 'Global id of the Client.' }),
    }),
  });

const ReleasePlotInput = builder.inputType('ReleasePlotInput', {
  description: 'The plot to make available again.',
  fields: (t) => ({ plotId: t.id({ description: 'Global id of the Plot.' }) }),
});

const plotHold = (input: { plotId: string | number; clientId: string | number }) =>
  [localId(input.plotId, 'Plot', 'plotId'), localId(input.clientId, 'Client', 'clientId')] as const;

// Payloads of the mutations that change one estate, plot size or plot: it, read with the client's selection.
const estatePayload = (name: string, description: string) =>
  builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      estate: t.prismaField({
        type: 'Estate',
        description: 'The estate, as it is now.',
        resolve: (query, p, _a, ctx) => ctx.db.estate.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
      }),
    }),
  });
const plotSizePayload = (name: string, description: string) =>
  builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      plotSize: t.prismaField({
        type: 'PlotSize',
        description: 'The plot size, as it is now.',
        resolve: (query, p, _a, ctx) =>
          ctx.db.plotSize.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
      }),
    }),
  });
const plotPayload = (name: string, description: string) =>
  builder.objectRef<{ id: string }>(name).implement({
    description,
    fields: (t) => ({
      plot: t.prismaField({
        type: 'Plot',
        description: 'The plot, as it is now.',
        resolve: (query, p, _a, ctx) => ctx.db.plot.findUniqueOrThrow({ ...query, where: byId(signedIn(ctx), p.id) }),
      }),
    }),
  });

const AddPlotsPayload = builder.objectRef<AddedPlots>('AddPlotsPayload').implement({
  description: 'The plots added.',
  fields: (t) => ({
    plots: t.prismaField({
      type: ['Plot'],
      description: 'The new plots, by number.',
      resolve: (query, added, _a, ctx) =>
        ctx.db.plot.findMany({
          ...query,
          where: { estateId: added.estateId, number: { in: added.numbers } },
          orderBy: { number: 'asc' },
        }),
    }),
  }),
});

const EstateFilterInput = builder.inputType('EstateFilter', {
  description: 'Which estates to list: every field given must match.',
  fields: (t) => ({
    search: t.string({ required: false, description: 'Text in the name or location (up to 200 characters).' }),
    status: t.field({
      type: [EstateStatusEnum],
      required: false,
      description: "Estates in any of these states; takes the place of the list's status argument.",
    }),
    createdFrom: t.field({
      type: 'DateTime',
      required: false,
      description: 'Created at or after this instant (RFC 3339 with its offset).',
    }),
    createdTo: t.field({
      type: 'DateTime',
      required: false,
      description: 'Created before this instant (RFC 3339 with its offset).',
    }),
    createdIn: t.field({
      type: RelativePeriodEnum,
      required: false,
      description: "Created in this period of the company's days (its time zone).",
    }),
  }),
});

const EstateOrderInput = orderInput('EstateOrder', 'estates', {
  NAME: 'The name.',
  CREATED_AT: 'When it was created.',
  PLOTS: 'How many plots it has.',
} satisfies Record<(typeof ESTATE_ORDER_FIELDS)[number], string>);

type EstatesArgs = Parameters<typeof estateListFilter>[0] & {
  filter?: Parameters<typeof estateListFilter>[1];
  orderBy?: Parameters<typeof estateOrder>[0];
};
/** What `estates` reads, from its arguments (the filter's period resolved): the resolver, its totalCount and the read planner. */
const estatesQuery = (args: EstatesArgs, filter = args.filter) => ({
  where: estateListFilter(args, filter),
  orderBy: estateOrder(args.orderBy),
});

type PlotsArgs = { filter?: object | null; orderBy?: Parameters<typeof plotOrder>[0] };
/** What `plots` reads, from its arguments. */
const plotsQuery = (args: PlotsArgs) => ({
  where: plotFilter(decodeIds(args.filter as never, PLOT_FILTER_IDS)),
  orderBy: plotOrder(args.orderBy),
});

builder.queryFields((t) => ({
  estates: t.withAuth({ authenticated: true }).prismaConnection({
    type: 'Estate',
    cursor: 'companyId_id',
    description:
      'Estates of the company, by name unless orderBy says otherwise (active only unless asked). Everyone in the company may browse them.',
    args: {
      search: t.arg.string({ required: false, description: 'Text in the name or location (up to 200 characters).' }),
      status: t.arg({
        type: [EstateStatusEnum],
        defaultValue: ['ACTIVE'],
        description: 'Estates in any of these states.',
      }),
      filter: t.arg({
        type: EstateFilterInput,
        required: false,
        description: 'Only the estates that match every field given.',
      }),
      orderBy: orderByArg(t.arg, EstateOrderInput, 'by name'),
    },
    // A relative period takes a statement first: the planner leaves it to the resolvers.
    extensions: planned({
      kind: 'rows',
      model: 'Estate',
      query: (args) => (createdInPending((args as EstatesArgs).filter) ? null : estatesQuery(args as EstatesArgs)),
    }),
    totalCount: async (_root, args, ctx) =>
      ctx.db.estate.count({ where: estatesQuery(args, await resolveCreatedIn(ctx, args.filter)).where }),
    resolve: async (query, _root, args, ctx) =>
      ctx.db.estate.findMany({ ...query, ...estatesQuery(args, await resolveCreatedIn(ctx, args.filter)) }),
  }),
  plots: t.withAuth({ authenticated: true }).prismaConnection({
    type: 'Plot',
    cursor: 'companyId_id',
    description:
      "Plots of every estate of the company (archived estates' too), by number unless orderBy says otherwise. Everyone in the company may browse them; who holds one shows only to those who may see that client.",
    args: plotListArgs(t.arg, 'by number'),
    extensions: planned({ kind: 'rows', model: 'Plot', query: (args) => plotsQuery(args as PlotsArgs) }),
    totalCount: (_root, args, ctx) => ctx.db.plot.count({ where: plotsQuery(args).where }),
    resolve: (query, _root, args, ctx) => ctx.db.plot.findMany({ ...query, ...plotsQuery(args) }),
  }),
}));

builder.mutationFields((t) => {
  const manage = t.withAuth({ can: 'MANAGE_ESTATES' });
  return {
    createEstate: manage.field({
      type: estatePayload('CreateEstatePayload', 'The new estate.'),
      description: 'Creates an estate (active at once).',
      args: { input: t.arg({ type: CreateEstateInput, description: 'The estate.' }) },
      resolve: async (_root, { input }, ctx) => ({ id: await createEstate(ctx, input) }),
    }),
    updateEstate: manage.field({
      type: estatePayload('UpdateEstatePayload', 'The changed estate.'),
      description: "Changes an estate's name, location or description.",
      args: { input: t.arg({ type: UpdateEstateInput, description: 'The estate and its changes.' }) },
      resolve: async (_root, { input }, ctx) => ({ id: await updateEstate(ctx, localId(input.id, 'Estate'), input) }),
    }),
    setEstateStatus: manage.field({
      type: estatePayload('SetEstateStatusPayload', 'The estate with its new status.'),
      description: 'Archive (hide from browsing) or restore an estate.',
      args: { input: t.arg({ type: SetEstateStatusInput, description: 'The estate and its new status.' }) },
      resolve: async (_root, { input }, ctx) => ({
        id: await setEstateStatus(ctx, localId(input.id, 'Estate'), input.status),
      }),
    }),
    addPlotSize: manage.field({
      type: plotSizePayload('AddPlotSizePayload', 'The new plot size.'),
      description: 'Adds a plot size (area and price) to an estate.',
      args: { input: t.arg({ type: AddPlotSizeInput, description: 'The estate and the plot size.' }) },
      resolve: async (_root, { input }, ctx) => ({
        id: await addPlotSize(ctx, localId(input.estateId, 'Estate', 'estateId'), input),
      }),
    }),
    updatePlotSize: manage.field({
      type: plotSizePayload('UpdatePlotSizePayload', 'The changed plot size.'),
      description: "Changes a plot size's label, area or price.",
      args: { input: t.arg({ type: UpdatePlotSizeInput, description: 'The plot size and its changes.' }) },
      resolve: async (_root, { input }, ctx) => ({
        id: await updatePlotSize(ctx, localId(input.id, 'PlotSize'), input),
      }),
    }),
    addPlots: manage.field({
      type: AddPlotsPayload,
      description: 'Adds plots with these numbers (unique within the estate) of one size.',
      args: { input: t.arg({ type: AddPlotsInput, description: 'The plot size and the numbers.' }) },
      resolve: (_root, { input }, ctx) =>
        addPlots(ctx, localId(input.plotSizeId, 'PlotSize', 'plotSizeId'), input.numbers),
    }),
    reservePlot: manage.field({
      type: plotPayload('ReservePlotPayload', 'The reserved plot.'),
      description: 'Holds an available plot for a client.',
      args: {
        input: t.arg({
          type: plotHoldInput('ReservePlotInput', 'The plot to reserve, and for whom.'),
          description: 'The plot and the client.',
        }),
      },
      resolve: async (_root, { input }, ctx) => ({ id: await reservePlot(ctx, ...plotHold(input)) }),
    }),
    allocatePlot: manage.field({
      type: plotPayload('AllocatePlotPayload', 'The allocated plot.'),
      description:
        'Allocates an available plot (or one reserved for the same client) to a client. Of two racing allocations, one gets CONFLICT.',
      args: {
        input: t.arg({
          type: plotHoldInput('AllocatePlotInput', 'The plot to allocate, and to whom.'),
          description: 'The plot and the client.',
        }),
      },
      resolve: async (_root, { input }, ctx) => ({ id: await allocatePlot(ctx, ...plotHold(input)) }),
    }),
    releasePlot: manage.field({
      type: plotPayload('ReleasePlotPayload', 'The released plot.'),
      description: 'Makes a reserved or allocated plot available again.',
      args: { input: t.arg({ type: ReleasePlotInput, description: 'The plot.' }) },
      resolve: async (_root, { input }, ctx) => ({
        id: await releasePlot(ctx, localId(input.plotId, 'Plot', 'plotId')),
      }),
    }),
  };
});
