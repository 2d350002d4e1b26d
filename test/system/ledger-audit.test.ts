// The audit's ledger checks. Each breakage is made as the table owner in a database of its own,
// behind the code's back, and must be named by the check that owns it.
import { localId } from '../support/ids.ts';
import { describe, expect, it } from 'vitest';
import { withSession } from '../../src/runtime/session.ts';
import { reversePayment } from '../../src/modules/payments/service.ts';
import { runAudit, renderText, type Report } from '../../tools/audit/index.ts';
import { createTestApp, type TestApp } from '../support/app.ts';
import { addLedger, adminViewer, createCompany, type CompanyFixture } from '../support/fixtures.ts';

const failedChecks = (report: Report) => report.checks.filter((c) => !c.ok).map((c) => c.name);
const findingsOf = (report: Report, name: string) =>
  report.checks.find((c) => c.name === name)!.findings.map((f) => [f.company?.prefix ?? null, f.where, f.problem]);

interface World {
  app: TestApp;
  a: CompanyFixture;
  b: CompanyFixture;
}

/** Two companies with a ledger each (A's with a reversal too), broken by `breakIt`, then audited. */
async function auditLedger(breakIt: (w: World) => Promise<unknown>) {
  const app = await createTestApp();
  try {
    const world = {
      app,
      a: await createCompany(app, 'Lamba Property Limited'),
      b: await createCompany(app, 'Test Company'),
    };
    for (const c of [world.a, world.b]) await addLedger(app, c);
    await withSession(app.runtime, adminViewer(world.a), (s) =>
      reversePayment(s, { paymentId: localId(world.a.ledger!.paymentId), reason: 'Bounced' }),
    );
    await breakIt(world);
    return { ...world, report: await runAudit(app.ownerUrl) };
  } finally {
    await app.close();
  }
}

describe('the ledger checks', () => {
  it('pass on a healthy ledger, with every ledger reference covered', async () => {
    const { report } = await auditLedger(async () => {});
    expect(failedChecks(report), renderText(report)).toEqual([]);
    expect(report.checks.flatMap((c) => c.notes)).toEqual([]);
    expect(report.checks.find((c) => c.name === 'ledger-numbers')!.summary).toBe(
      '5 sale and receipt numbers, gapless and unique per company',
    );
  });

  it('ledger-numbers: a receipt number issued and held by no row, and a malformed sale number', async () => {
    const { a, b, report } = await auditLedger(async ({ app, a, b }) => {
      await app.owner.query(
        `UPDATE "CompanySequence" SET "lastValue" = "lastValue" + 2 WHERE "companyId" = $1 AND "key" = 'RCP'`,
        [localId(a.id)],
      );
      await app.owner.query(`UPDATE "Sale" SET "number" = $1 WHERE "companyId" = $2`, [
        `${b.prefix}-SAL1`,
        localId(b.id),
      ]);
    });
    expect(failedChecks(report)).toEqual(['ledger-numbers']);
    expect(findingsOf(report, 'ledger-numbers')).toEqual([
      [b.prefix, 'Sale.number', `1 not formatted from the company's prefix and number (e.g. "${b.prefix}-SAL1")`],
      [
        a.prefix,
        'Payment.receiptNumber',
        '2 numbers issued but held by no row (first: 3); ledger rows are never deleted',
      ],
    ]);
  });

  it('ledger-balances: a paid total that is not its payments minus reversals, and a plan that does not sum to the price', async () => {
    const { a, b, report } = await auditLedger(async ({ app, a, b }) => {
      await app.owner.query('UPDATE "Sale" SET "paidMinor" = "paidMinor" + 1 WHERE "companyId" = $1', [localId(a.id)]);
      await app.owner.query(
        'UPDATE "Instalment" SET "amountMinor" = "amountMinor" + 5 WHERE "companyId" = $1 AND "seq" = 3',
        [localId(b.id)],
      );
    });
    expect(failedChecks(report)).toEqual(['ledger-balances']);
    expect(findingsOf(report, 'ledger-balances')).toEqual(
      expect.arrayContaining([
        [a.prefix, `Sale ${a.ledger!.saleNumber}`, 'paid total 1, but its payments minus reversals come to 0'],
        [b.prefix, `Sale ${b.ledger!.saleNumber}`, 'its instalments sum to 500000005, not the price 500000000'],
      ]),
    );
    expect(findingsOf(report, 'ledger-balances')).toHaveLength(2);
  });

  it('commission-accruals: an accrual that is not its payment at the rate, and a sale recorded at another rate', async () => {
    const { a, b, report } = await auditLedger(async ({ app, a, b }) => {
      await app.owner.query(
        `UPDATE "CommissionAccrual" SET "amountMinor" = "amountMinor" + 1 WHERE "companyId" = $1 AND "amountMinor" > 0`,
        [localId(a.id)],
      );
      await app.owner.query('UPDATE "Sale" SET "commissionRateBp" = 900 WHERE "companyId" = $1', [localId(b.id)]);
    });
    expect(failedChecks(report)).toEqual(['commission-accruals']);
    expect(findingsOf(report, 'commission-accruals')).toEqual(
      expect.arrayContaining([
        [
          a.prefix,
          `Payment ${a.ledger!.receiptNumber}`,
          "accrued 12500001, but its amount at its sale's rate gives 12500000",
        ],
        [
          b.prefix,
          `Sale ${b.ledger!.saleNumber}`,
          'commission rate 900 basis points, but the rates in force on its sale date give 500',
        ],
        [
          b.prefix,
          `Payment ${b.ledger!.receiptNumber}`,
          "accrued 12500000, but its amount at its sale's rate gives 22500000",
        ],
      ]),
    );
    expect(findingsOf(report, 'commission-accruals')).toHaveLength(3);
  });

  it("cross-company-references: a payment of A pointing at B's sale (composite key dropped)", async () => {
    const { a, b, report } = await auditLedger(async ({ app, a, b }) => {
      await app.owner.query('ALTER TABLE "Payment" DROP CONSTRAINT "Payment_companyId_saleId_fkey"');
      await app.owner.query(`UPDATE "Payment" SET "saleId" = $1 WHERE "companyId" = $2 AND "kind" = 'PAYMENT'`, [
        localId(b.ledger!.saleId),
        localId(a.id),
      ]);
    });
    // Its sale lost the payment, so the paid total no longer adds up either.
    expect(failedChecks(report)).toEqual(['schema-drift', 'cross-company-references', 'ledger-balances']);
    expect(report.checks.find((c) => c.name === 'cross-company-references')!.findings).toEqual([
      expect.objectContaining({
        company: { id: localId(a.id), prefix: a.prefix },
        where: 'Payment.saleId -> Sale',
        problem: expect.stringMatching(new RegExp(`^points to a Sale of company ${b.prefix} `)),
      }),
    ]);
  });

  it('ledger-append-only: the app role allowed to change or delete ledger rows', async () => {
    const { report } = await auditLedger(async ({ app }) => {
      await app.owner.query('GRANT UPDATE ON "Payment" TO estate_app');
      await app.owner.query('GRANT DELETE ON "CommissionPayout" TO estate_app');
      await app.owner.query('GRANT UPDATE ("priceMinor") ON "Sale" TO estate_app');
    });
    expect(failedChecks(report)).toEqual(['ledger-append-only']);
    expect(findingsOf(report, 'ledger-append-only')).toEqual([
      [null, 'CommissionPayout', 'estate_app may DELETE'],
      [null, 'Payment', expect.stringMatching(/^estate_app may UPDATE id, companyId, saleId, /)],
      [null, 'Sale', 'estate_app may UPDATE priceMinor'],
    ]);
  });
});
