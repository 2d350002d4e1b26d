// Estates, plot sizes and plots. A plot moves AVAILABLE -> RESERVED -> ALLOCATED (or straight to
// ALLOCATED) and back to AVAILABLE on release; each move is one conditional UPDATE, so of two
// racing moves exactly one wins.
import { type PlotStatus, Prisma } from '../../generated/prisma/client.ts';
import { badInput, conflict, notFound } from '../../shared/errors.ts';
import { listOrder, type OrderAsked } from '../../shared/ordering.ts';
import * as valid from '../../shared/validation.ts';
import { activeClientId, createdBetween, type CreatedFilter, searchText } from '../people/service.ts';
import { byId, sessionLoader, type Session } from '../../runtime/session.ts';

export type EstateStatus = 'ACTIVE' | 'ARCHIVED';

async function findEstate(session: Session, id: string, field: string) {
  const estate = await session.db.estate.findUnique({ where: byId(session, id) });
  if (!estate) throw notFound('Estate', field);
  return estate;
}

async function findPlotSize(session: Session, id: string, field: string) {
  const size = await session.db.plotSize.findUnique({ where: byId(session, id) });
  if (!size) throw notFound('PlotSize', field);
  return size;
}

export interface NewEstate {
  name: string;
  location: string;
  description?: string | null;
}

/** An estate's changes: only the fields given (null leaves a field as it is, but clears the description). */
export type EstateChanges = { [K in keyof NewEstate]?: NewEstate[K] | null };

/** The estate fields given, checked together; absent ones stay undefined (left as they are). */
function estateFields(input: NewEstate): NewEstate;
function estateFields(input: EstateChanges): Partial<NewEstate>;
function estateFields(input: EstateChanges): Partial<NewEstate> {
  const check = new valid.InputCheck();
  const fields = {
    name: input.name == null ? undefined : check.text('name', input.name, 120),
    location: input.location == null ? undefined : check.text('location', input.location, 200),
    description:
      input.description === undefined ? undefined : check.optionalText('description', input.description, 2000),
  };
  check.done();
  return fields;
}

export async function createEstate(session: Session, input: NewEstate): Promise<string> {
  const estate = await session.db.estate.create({
    data: { companyId: session.viewer.companyId, ...estateFields(input) },
    select: { id: true },
  });
  return estate.id;
}

export async function updateEstate(session: Session, id: string, input: EstateChanges): Promise<string> {
  const estate = await findEstate(session, id, 'id');
  await session.db.estate.update({ where: byId(session, estate.id), data: estateFields(input), select: { id: true } });
  return estate.id;
}

/** Archive (hide from browsing) or restore. */
export async function setEstateStatus(session: Session, id: string, status: EstateStatus): Promise<string> {
  const estate = await findEstate(session, id, 'id');
  await session.db.estate.update({ where: byId(session, estate.id), data: { status }, select: { id: true } });
  return estate.id;
}

/** Estates by text in name or location, and status. */
export function estateFilter(args: { search?: string | null; status: readonly EstateStatus[] }, field = 'search') {
  const search = searchText(field, args.search);
  return {
    status: { in: [...args.status] },
    ...(search
      ? {
          OR: [
            { name: { contains: search, mode: 'insensitive' as const } },
            { location: { contains: search, mode: 'insensitive' as const } },
          ],
        }
      : {}),
  };
}

/** An estate list's `filter` argument: every field given must match. */
export interface EstateListFilter extends CreatedFilter {
  search?: string | null;
  /** Takes the place of the list's own `status` argument. */
  status?: readonly EstateStatus[] | null;
}

/** An estate list's arguments (search, status) and its filter as one Prisma filter. */
export function estateListFilter(
  args: { search?: string | null; status: readonly EstateStatus[] },
  filter: EstateListFilter | null | undefined,
): Prisma.EstateWhereInput {
  const status = filter?.status ?? args.status;
  return {
    AND: [
      estateFilter({ search: args.search, status }),
      filter?.search != null ? estateFilter({ search: filter.search, status }, 'filter.search') : {},
      createdBetween(filter),
    ],
  };
}

type Direction = 'asc' | 'desc';
export const ESTATE_ORDER_FIELDS = ['NAME', 'CREATED_AT', 'PLOTS'] as const;

/** Estates in the order asked; by name when none is. */
export const estateOrder = (asked: readonly OrderAsked<(typeof ESTATE_ORDER_FIELDS)[number]>[] | null | undefined) =>
  listOrder<(typeof ESTATE_ORDER_FIELDS)[number], Prisma.EstateOrderByWithRelationInput>(
    asked,
    {
      NAME: (d: Direction) => ({ name: d }),
      CREATED_AT: (d: Direction) => ({ createdAt: d }),
      PLOTS: (d: Direction) => ({ plots: { _count: d } }),
    },
    [{ name: 'asc' }],
  );

export interface NewPlotSize {
  label: string;
  areaSqm: number;
  priceMinor: bigint;
  currency: string;
}

/** A plot size's changes: only the fields given. */
export type PlotSizeChanges = { [K in keyof NewPlotSize]?: NewPlotSize[K] | null };

const CURRENCY = /^[A-Z]{3}$/;

/** The plot size fields given, checked together; absent ones stay undefined (left as they are). */
function plotSizeFields(input: NewPlotSize): NewPlotSize;
function plotSizeFields(input: PlotSizeChanges): Partial<NewPlotSize>;
function plotSizeFields(input: PlotSizeChanges): Partial<NewPlotSize> {
  const check = new valid.InputCheck();
  const label = input.label == null ? undefined : check.text('label', input.label, 40);
  const areaSqm = input.areaSqm ?? undefined;
  if (areaSqm !== undefined)
    check.that(areaSqm >= 1 && areaSqm <= 10_000_000, 'areaSqm', 'The area is 1 to 10,000,000 square metres.');
  const priceMinor = input.priceMinor ?? undefined;
  if (priceMinor !== undefined)
    check.that(priceMinor >= 0n && priceMinor <= 10n ** 15n, 'priceMinor', 'The price is 0 to 10^15 minor units.');
  const currency = input.currency?.trim().toUpperCase();
  if (currency !== undefined)
    check.that(CURRENCY.test(currency), 'currency', 'Use a 3-letter ISO 4217 code such as NGN.');
  check.done();
  return { label, areaSqm, priceMinor, currency };
}

export async function addPlotSize(session: Session, estateId: string, input: NewPlotSize): Promise<string> {
  const estate = await findEstate(session, estateId, 'estateId');
  const size = await session.db.plotSize.create({
    data: { companyId: estate.companyId, estateId: estate.id, ...plotSizeFields(input) },
  });
  return size.id;
}

export async function updatePlotSize(session: Session, id: string, input: PlotSizeChanges): Promise<string> {
  const size = await findPlotSize(session, id, 'id');
  await session.db.plotSize.update({ where: byId(session, size.id), data: plotSizeFields(input) });
  return size.id;
}

/** Plots just added: their estate and numbers. */
export interface AddedPlots {
  estateId: string;
  numbers: string[];
}

/** Adds plots with these numbers (unique within the estate) of one size. */
export async function addPlots(session: Session, plotSizeId: string, numbers: readonly string[]): Promise<AddedPlots> {
  const size = await findPlotSize(session, plotSizeId, 'plotSizeId');
  const clean = numbers.map((n) => valid.text('numbers', n, 20));
  if (clean.length === 0 || clean.length > 1000) throw badInput('numbers', 'Give 1 to 1000 plot numbers.');
  if (new Set(clean).size !== clean.length) throw badInput('numbers', 'A plot number is given twice.');
  const existing = await session.db.plot.findMany({
    where: { estateId: size.estateId, number: { in: clean } },
    select: { number: true },
  });
  if (existing.length)
    throw conflict(`Plot ${existing[0].number} already exists in this estate.`, { field: 'numbers' });
  await session.db.plot.createMany({
    data: clean.map((number) => ({ companyId: size.companyId, estateId: size.estateId, plotSizeId: size.id, number })),
  });
  return { estateId: size.estateId, numbers: clean };
}

/**
 * Moves a plot to `to` only from the states given (or, with `sameClient`, from RESERVED for that
 * client), in one statement: racing calls cannot both win; the loser gets CONFLICT.
 */
async function movePlot(
  session: Session,
  plotId: string,
  from: PlotStatus[],
  to: { status: PlotStatus; clientId: string | null },
  sameClient?: string,
): Promise<string> {
  const plot = await session.db.plot.findUnique({ where: byId(session, plotId) });
  if (!plot) throw notFound('Plot', 'plotId');
  const { count } = await session.db.plot.updateMany({
    where: {
      id: plot.id,
      OR: [{ status: { in: from } }, ...(sameClient ? [{ status: 'RESERVED' as const, clientId: sameClient }] : [])],
    },
    data: { ...to, heldAt: to.clientId ? new Date() : null },
  });
  if (count === 0) {
    const now = await session.db.plot.findUniqueOrThrow({ where: byId(session, plot.id), select: { status: true } });
    throw conflict(`Plot ${plot.number} is ${now.status.toLowerCase()}.`, { field: 'plotId', status: now.status });
  }
  return plot.id;
}

/** Holds an available plot for a client. */
export async function reservePlot(session: Session, plotId: string, clientId: string): Promise<string> {
  const client = await activeClientId(session, clientId, 'clientId');
  return movePlot(session, plotId, ['AVAILABLE'], { status: 'RESERVED', clientId: client });
}

/** Allocates an available plot (or one reserved for the same client) to a client. */
export async function allocatePlot(session: Session, plotId: string, clientId: string): Promise<string> {
  const client = await activeClientId(session, clientId, 'clientId');
  return movePlot(session, plotId, ['AVAILABLE'], { status: 'ALLOCATED', clientId: client }, client);
}

/** Makes a reserved or allocated plot available again; a sold plot stays with its buyer. */
export async function releasePlot(session: Session, plotId: string): Promise<string> {
  // The row lock waits for a sale of this plot in flight (createSale holds it to its commit), so
  // the lookup below sees that sale once it commits.
  await session.db
    .$executeRaw`SELECT 1 FROM "Plot" WHERE "companyId" = ${session.viewer.companyId}::uuid AND "id" = ${plotId}::uuid FOR UPDATE`;
  const sale = await session.db.sale.findFirst({ where: { plotId }, select: { number: true } });
  if (sale) throw conflict(`This plot is sold (${sale.number}): it cannot be released.`, { field: 'plotId' });
  return movePlot(session, plotId, ['RESERVED', 'ALLOCATED'], { status: 'AVAILABLE', clientId: null });
}

/**
 * An estate's plots by state, one vocabulary with insights.plotStock: each plot counts once, a
 * sold plot (one with a sale) as sold, an allocated one without a sale as allocated.
 */
export interface PlotAvailability {
  available: number;
  reserved: number;
  /** Allocated to a client and not sold. */
  allocated: number;
  sold: number;
}

/** Plot counts by state, per estate, in two grouped queries per request. */
export const plotAvailability = sessionLoader<string, PlotAvailability>(async ({ db }, estateIds) => {
  const inEstates = { estateId: { in: [...estateIds] } };
  const [byStatus, sold] = await Promise.all([
    db.plot.groupBy({ by: ['estateId', 'status'], where: inEstates, _count: { _all: true } }),
    db.plot.groupBy({
      by: ['estateId'],
      where: { ...inEstates, status: 'ALLOCATED', sale: { isNot: null } },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(estateIds.map((id) => [id, { available: 0, reserved: 0, allocated: 0, sold: 0 }]));
  for (const g of byStatus) counts.get(g.estateId)![g.status.toLowerCase() as keyof PlotAvailability] = g._count._all;
  // A sold plot is ALLOCATED to its buyer (releasePlot refuses it): counted as sold, not as allocated.
  for (const g of sold) {
    const estate = counts.get(g.estateId)!;
    estate.sold = g._count._all;
    estate.allocated -= g._count._all;
  }
  return estateIds.map((id) => counts.get(id)!);
});

/** The fields of PlotAvailability that plotAvailabilityRowsSql gives. */
export const AVAILABILITY_FIELDS = ['available', 'reserved', 'allocated', 'sold', 'total'];

/**
 * plotAvailability of the estate row `estate` (of `company`) as one row, a column per field (for
 * the read planner). A sale is looked up by its index for allocated plots only (a sold plot is
 * allocated to its buyer), rather than joined: a join hashed every sale of the company per estate.
 */
export const plotAvailabilityRowsSql = (estate: string, company: Prisma.Sql = Prisma.raw(`${estate}."companyId"`)) => {
  const state = (status: PlotStatus) => Prisma.raw(`count(*) FILTER (WHERE s."status" = '${status}')::int`);
  const sold = Prisma.sql`count(*) FILTER (WHERE s."status" = 'ALLOCATED' AND EXISTS (SELECT FROM "Sale" x WHERE x."companyId" = ${company} AND x."plotId" = s."id"))::int`;
  return Prisma.sql`SELECT ${state('AVAILABLE')} AS "available", ${state('RESERVED')} AS "reserved",
      ${state('ALLOCATED')} - ${sold} AS "allocated", ${sold} AS "sold", count(*)::int AS "total"
    FROM "Plot" s WHERE s."companyId" = ${company} AND s."estateId" = ${Prisma.raw(estate)}."id"`;
};

/** A plot list's `filter` argument: every field given must match. */
export interface PlotFilter {
  estateId?: string | null;
  plotSizeId?: string | null;
  status?: readonly PlotStatus[] | null;
  /** true: plots with a sale; false: plots without one. */
  sold?: boolean | null;
  /** Text in the plot number. */
  search?: string | null;
}

export function plotFilter(filter: PlotFilter | null | undefined): Prisma.PlotWhereInput {
  const search = searchText('filter.search', filter?.search);
  return {
    AND: [
      filter?.estateId != null ? { estateId: filter.estateId } : {},
      filter?.plotSizeId != null ? { plotSizeId: filter.plotSizeId } : {},
      filter?.status != null ? { status: { in: [...filter.status] } } : {},
      filter?.sold != null ? { sale: filter.sold ? { isNot: null } : { is: null } } : {},
      search ? { number: { contains: search, mode: 'insensitive' as const } } : {},
    ],
  };
}

export const PLOT_ORDER_FIELDS = ['NUMBER', 'STATUS', 'ESTATE', 'AREA', 'PRICE'] as const;

/** Plots in the order asked; `fallback` when none is. */
export const plotOrder = (
  asked: readonly OrderAsked<(typeof PLOT_ORDER_FIELDS)[number]>[] | null | undefined,
  fallback: Prisma.PlotOrderByWithRelationInput = { number: 'asc' },
) =>
  listOrder<(typeof PLOT_ORDER_FIELDS)[number], Prisma.PlotOrderByWithRelationInput>(
    asked,
    {
      NUMBER: (d: Direction) => ({ number: d }),
      STATUS: (d: Direction) => ({ status: d }),
      ESTATE: (d: Direction) => ({ estate: { name: d } }),
      AREA: (d: Direction) => ({ plotSize: { areaSqm: d } }),
      PRICE: (d: Direction) => ({ plotSize: { priceMinor: d } }),
    },
    [fallback],
  );
