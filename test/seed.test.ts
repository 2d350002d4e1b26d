// The demo data `npm start` seeds: built through the API, it obeys every rule real data does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SIGN_INS, seedDemo } from '../prisma/seed.ts';
import { runAudit } from '../tools/audit/index.ts';
import { createTestApp, type TestApp } from './support/app.ts';
import { login } from './support/fixtures.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await seedDemo(app.runtime);
});
afterAll(async () => { await app?.close(); });

describe('the demo data', () => {
  it("tells the seed's story: LPL-CLT002 and 003 were deleted, the next client is LPL-CLT004", async () => {
    const { company, email, password } = DEMO_SIGN_INS[0];
    const token = await login(app, company, email, password);
    const result = await app.raw(`{
      clients { edges { node { uid fullName } } }
      estates { edges { node { name availability { available reserved allocated total } } } }
      messageThreads { edges { node { subject messages { edges { node { fromStaff } } } } } }
    }`, {}, token);
    expect(result.errors).toBeUndefined();
    expect(result.data.clients.edges.map((e: { node: { uid: string } }) => e.node.uid)).toEqual(['LPL-CLT005', 'LPL-CLT004', 'LPL-CLT001']);
    expect(result.data.estates.edges.map((e: { node: unknown }) => e.node)).toEqual([
      { name: 'Cedar Court', availability: { available: 6, reserved: 0, allocated: 0, total: 6 } },
      { name: 'Palm Grove Estate', availability: { available: 8, reserved: 1, allocated: 1, total: 10 } },
    ]);
    expect(result.data.messageThreads.edges[0].node.messages.edges).toHaveLength(2);
  });

  it('passes every audit check', async () => {
    const report = await runAudit(app.ownerUrl);
    expect(report.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual([]);
    expect(report.failures).toBe(0);
  });
});
