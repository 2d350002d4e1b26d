// Estates, plot sizes and plots. A plot moves AVAILABLE -> RESERVED -> ALLOCATED (or straight to
// ALLOCATED) and back to AVAILABLE on release; each move is one conditional UPDATE, so of two
// racing moves exactly one wins.
import type { PlotStatus } from '../../generated/prisma/client.ts';
import { badInput, conflict, notFound } from '../../shared/errors.ts';
import * as valid from '../../shared/validation.ts';
import { activeClientId, searchText } from '../people/service.ts';
import { byId, sessionLoader, type Session } from '../session.ts';

export type EstateStatus = 'ACTIVE' | 'ARCHIVED';

async function findEstate(session: Session, id: string) {
  const estate = await session.db.estate.findUnique({ where: byId(session, id) });
  if (!estate) throw notFound('Estate', 'id');
  return estate;
}

async function findPlotSize(session: Session, id: string, field: string) {
  const size = await session.db.plotSize.findUnique({ where: byId(session, id) });
  if (!size) throw notFound('PlotSize', field);
  return size;
}

export interface EstateInput {
  name?: string | null;
  location?: string | null;
  description?: string | null;
}

export async function createEstate(session: Session, input: EstateInput): Promise<string> {
  const estate = await session.db.estate.create({
    data: {
      companyId: session.viewer.companyId,
      name: valid.text('name', input.name ?? '', 120),
      location: valid.text('location', input.location ?? '', 200),
      description: valid.optionalText('description', input.description, 2000),
    },
  });
  return estate.id;
}

export async function updateEstate(session: Session, id: string, input: EstateInput): Promise<string> {
  const estate = await findEstate(session, id);
  await session.db.estate.update({
    where: byId(session, estate.id),
    data: {
      ...(input.name != null ? { name: valid.text('name', input.name, 120) } : {}),
      ...(input.location != null ? { location: valid.text('location', input.location, 200) } : {}),
      ...(input.description !== undefined ? { description: valid.optionalText('description', input.description, 2000) } : {}),
    },
  });
  return estate.id;
}

/** Archive (hide from browsing) or restore. */
export async function setEstateStatus(session: Session, id: string, status: EstateStatus): Promise<string> {
  const estate = await findEstate(session, id);
  await session.db.estate.update({ where: byId(session, estate.id), data: { status } });
  return estate.id;
}

/** Estates by text in name or location, and status. */
export function estateFilter(args: { search?: string | null; status: readonly EstateStatus[] }) {
  const search = searchText('search', args.search);
  return {
    status: { in: [...args.status] },
    ...(search ? { OR: [{ name: { contains: search, mode: 'insensitive' as const } }, { location: { contains: search, mode: 'insensitive' as const } }] } : {}),
  };
}

export interface PlotSizeInput {
  label?: string | null;
  areaSqm?: number | null;
  priceMinor?: bigint | null;
  currency?: string | null;
}

const CURRENCY = /^[A-Z]{3}$/;

function checkPlotSize(input: PlotSizeInput) {
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

export async function addPlotSize(session: Session, estateId: string, input: PlotSizeInput): Promise<string> {
  const estate = await findEstate(session, estateId);
  const size = checkPlotSize(input);
  if (!size.label || size.areaSqm == null || size.priceMinor == null || !size.currency) {
    const missing = (['label', 'areaSqm', 'priceMinor', 'currency'] as const).find((f) => size[f] == null)!;
    throw badInput(missing, 'This is required for a new plot size.');
  }
  const created = await session.db.plotSize.create({
    data: { companyId: estate.companyId, estateId: estate.id, label: size.label, areaSqm: size.areaSqm, priceMinor: size.priceMinor, currency: size.currency },
  });
  return created.id;
}

export async function updatePlotSize(session: Session, id: string, input: PlotSizeInput): Promise<string> {
  const size = await findPlotSize(session, id, 'id');
  await session.db.plotSize.update({ where: byId(session, size.id), data: checkPlotSize(input) });
  return size.id;
}

/** Adds plots with these numbers (unique within the estate) of one size; returns their ids. */
export async function addPlots(session: Session, plotSizeId: string, numbers: readonly string[]): Promise<{ estateId: string; numbers: string[] }> {
  const size = await findPlotSize(session, plotSizeId, 'plotSizeId');
  const clean = numbers.map((n) => valid.text('numbers', n, 20));
  if (clean.length === 0 || clean.length > 1000) throw badInput('numbers', 'Give 1 to 1000 plot numbers.');
  if (new Set(clean).size !== clean.length) throw badInput('numbers', 'A plot number is given twice.');
  const existing = await session.db.plot.findMany({ where: { estateId: size.estateId, number: { in: clean } }, select: { number: true } });
  if (existing.length) throw conflict(`Plot ${existing[0].number} already exists in this estate.`, { field: 'numbers' });
  await session.db.plot.createMany({ data: clean.map((number) => ({ companyId: size.companyId, estateId: size.estateId, plotSizeId: size.id, number })) });
  return { estateId: size.estateId, numbers: clean };
}

/**
 * Moves a plot to `to` only from the states given (or, with `sameClient`, from RESERVED for that
 * client), in one statement: racing calls cannot both win; the loser gets CONFLICT.
 */
async function movePlot(session: Session, plotId: string, from: PlotStatus[], to: { status: PlotStatus; clientId: string | null }, sameClient?: string): Promise<string> {
  const plot = await session.db.plot.findUnique({ where: byId(session, plotId) });
  if (!plot) throw notFound('Plot', 'plotId');
  const { count } = await session.db.plot.updateMany({
    where: { id: plot.id, OR: [{ status: { in: from } }, ...(sameClient ? [{ status: 'RESERVED' as const, clientId: sameClient }] : [])] },
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
  // The row lock waits for a sale of this plot in flight (its allocation holds the row), so the
  // count below sees that sale once it commits.
  await session.db.$executeRaw`SELECT 1 FROM "Plot" WHERE "companyId" = ${session.viewer.companyId}::uuid AND "id" = ${plotId}::uuid FOR UPDATE`;
  const sale = await session.db.sale.findFirst({ where: { plotId }, select: { number: true } });
  if (sale) throw conflict(`This plot is sold (${sale.number}): it cannot be released.`, { field: 'plotId' });
  return movePlot(session, plotId, ['RESERVED', 'ALLOCATED'], { status: 'AVAILABLE', clientId: null });
}

export interface PlotAvailability {
  available: number;
  reserved: number;
  allocated: number;
}

/** Plot counts by status, per estate, in one grouped query per request. */
export const plotAvailability = sessionLoader<string, PlotAvailability>(async ({ db }, estateIds) => {
  const groups = await db.plot.groupBy({ by: ['estateId', 'status'], where: { estateId: { in: [...estateIds] } }, _count: { _all: true } });
  const counts = new Map(estateIds.map((id) => [id, { available: 0, reserved: 0, allocated: 0 }]));
  for (const g of groups) counts.get(g.estateId)![g.status.toLowerCase() as keyof PlotAvailability] = g._count._all;
  return estateIds.map((id) => counts.get(id)!);
});
