// The workbench in a real browser: Debian's Chromium driven by playwright-core against the real
// HTTP server. An analyst signs in once; a second tab is signed in without pasting anything; an
// insight is run and drawn (the SVG holds its series, per currency); a list is shown as a table and
// downloaded as CSV, and exported whole; signing out in one tab signs out the other, and a sign-in
// the API stops accepting, or whose token expires, is forgotten. Each step is saved as a screenshot in test/screenshots/.
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { listen, type Listening } from '../../src/http/listen.ts';
import { Tokens } from '../../src/runtime/tokens.ts';
import { AUTH_SECRET, createTestApp, type TestApp } from '../support/app.ts';
import { parseCsv } from '../support/csv.ts';
import { addAnalyst, addLedger, type CompanyFixture, createCompany, PASSWORD } from '../support/fixtures.ts';
import { enrich } from '../support/rich-company.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SCREENSHOTS = path.resolve(import.meta.dirname, '../screenshots');

let app: TestApp;
let c: CompanyFixture;
let analyst: { token: string; id: string; email: string };
let server: Listening;
/** The same API, its tokens lasting seconds, and its schema for signed-in staff only. */
let shortLived: Listening;
let base: string;
let browser: Browser;
let context: BrowserContext;
/** What the pages reported that should never happen: script errors, refused loads, policy violations. */
const problems: string[] = [];

beforeAll(async () => {
  app = await createTestApp();
  c = await createCompany(app, 'Workbench Browser Company');
  await addLedger(app, c);
  await enrich(app, c, 'browser');
  analyst = await addAnalyst(app, c);
  await app.raw(
    'mutation { updateCompany(input: { timeZone: "Africa/Lagos" }) { company { id } } }',
    {},
    c.admin.token,
  );
  server = await listen(app.runtime, 0, '127.0.0.1');
  shortLived = await listen(
    {
      ...app.runtime,
      config: { ...app.runtime.config, introspection: 'staff' },
      tokens: new Tokens(AUTH_SECRET, 4),
    },
    0,
    '127.0.0.1',
  );
  base = `http://127.0.0.1:${server.port}`;
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true });
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  context = await browser.newContext({ viewport: { width: 1600, height: 900 }, acceptDownloads: true });
  // Nothing but this server is reachable: a request elsewhere fails the test.
  await context.route(
    (url) => url.origin !== base,
    (route) => {
      problems.push(`request to ${route.request().url()}`);
      return route.abort();
    },
  );
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await shortLived?.close();
  await app?.close();
});

let shot = 0;
const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${String(++shot).padStart(2, '0')}-${name}.png`) });

async function open(url = `${base}/graphql`, inContext = context): Promise<Page> {
  const page = await inContext.newPage();
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    // Chromium logs as failed loads the withdrawn sign-in's answer (401) and the schema refused
    // before signing in where only staff may read it (403); both are meant.
    if (message.type() === 'error' && !/status of 40[13]/.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  // A reload aborts what is still loading (ERR_ABORTED); anything else failing is a problem.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`);
  });
  await page.goto(url);
  await page.waitForSelector('.graphiql-query-editor .monaco-editor');
  return page;
}

/** Replaces the operation in the editor and runs it; waits for the answer. */
async function run(page: Page, query: string): Promise<void> {
  await page.click('.graphiql-query-editor .monaco-editor', { position: { x: 80, y: 12 } });
  await page.keyboard.press('Control+A');
  // On one line: Monaco would close a brace typed before a line break.
  await page.keyboard.insertText(query.replace(/\s+/g, ' '));
  // GraphiQL reads the operation's name from the editor a moment later; the tab shows it then.
  const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)![1];
  await page.waitForSelector(`.graphiql-session-header .graphiql-tab-active button[title="${name}"]`);
  await page.keyboard.press('Control+Enter');
  await page.waitForFunction(() =>
    /"data"|"errors"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
  );
}

async function signIn(page: Page): Promise<void> {
  await panel(page, 'Account');
  await page.fill('input[name=company]', c.slug);
  await page.fill('input[name=email]', analyst.email);
  await page.fill('input[name=password]', PASSWORD);
  await page.click('form.wb-sign-in button[type=submit]');
  await expect.poll(() => page.locator('[data-testid=signed-in-as]').textContent()).toContain(analyst.email);
}

/** Opens a sidebar panel (Account, Chart, Table) unless it is open. */
async function panel(page: Page, title: string): Promise<void> {
  const show = page.locator(`.graphiql-sidebar button[aria-label="Show ${title}"]`);
  if (await show.count()) await show.click();
  await page.waitForSelector(`.graphiql-sidebar button[aria-label="Hide ${title}"]`);
}

const status = (page: Page) => page.locator('.wb-status').first().textContent();

const SALES_BY_ESTATE = `query SalesByEstate { insights { sales(range: { from: "2026-01-01", to: "2026-03-31", bucket: MONTH }, by: ESTATE) {
  start count amounts { currency amount } groups { group { name } count amounts { currency amount } } } } }`;
const CLIENTS = `query Clients { clients(orderBy: [{ field: FULL_NAME, direction: ASC }], first: 100) {
  totalCount edges { node { uid fullName email marketer { uid } } } } }`;

describe('the workbench in Chromium', () => {
  let first: Page;
  let second: Page;
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail')
      for (const [name, page] of [
        ['first', first],
        ['second', second],
      ] as const)
        if (page && !page.isClosed()) await screenshot(page, `failed-${name}-tab`);
  });

  it('signs in once: the Account panel stores the token, and a second tab is signed in without pasting it', async () => {
    first = await open();
    await first.waitForSelector('form.wb-sign-in input[name=company]', { state: 'visible' });
    expect(await status(first)).toContain('Not signed in');
    await screenshot(first, 'sign-in');
    await signIn(first);
    expect(await status(first)).toContain('ANALYST');
    await screenshot(first, 'signed-in');

    const stored = JSON.parse((await first.evaluate(() => localStorage.getItem('estate-workbench:session')))!);
    expect(stored.profile).toMatchObject({ role: 'ANALYST', timeZone: 'Africa/Lagos' });
    // The token's own expiry, and never in a URL.
    expect(stored.expiresAt).toBe(
      JSON.parse(Buffer.from(stored.token.split('.')[1], 'base64url').toString()).exp * 1000,
    );
    expect(first.url()).toBe(`${base}/graphql`);

    second = await open();
    await expect.poll(() => status(second)).toContain('ANALYST');
    await screenshot(second, 'second-tab-signed-in');
    // A reload keeps it.
    await second.reload();
    await second.waitForSelector('.graphiql-query-editor .monaco-editor');
    await expect.poll(() => status(second)).toContain('ANALYST');
  });

  it('runs an insight in the second tab and draws it: estates stacked, one chart per currency, the time zone on the axis', async () => {
    const answer = (await app.raw(SALES_BY_ESTATE, {}, analyst.token)).data.insights.sales as {
      start: string;
      groups: { group: { name: string }; count: number }[];
    }[];
    const estates = [...new Set(answer.flatMap((b) => b.groups.map((g) => g.group.name)))].sort();
    await run(second, SALES_BY_ESTATE);
    await panel(second, 'Chart');
    const chart = second.locator('figure.wb-chart');
    await expect.poll(() => chart.count()).toBe(1);
    expect(await chart.locator('figcaption').textContent()).toBe('count');
    const series = await chart
      .locator('svg g[data-series]')
      .evaluateAll((gs) => gs.map((g) => g.getAttribute('data-series')));
    expect(series.sort()).toEqual(estates);
    expect(await chart.locator('svg text').allTextContents()).toEqual(
      expect.arrayContaining(['Jan 2026', 'Feb 2026', 'Mar 2026', 'Month · company time zone Africa/Lagos']),
    );
    // One bar per sale-bearing group, each as tall as its count says.
    const bars = await chart
      .locator('svg g[data-series] rect')
      .evaluateAll((rects) =>
        rects.filter((r) => Number(r.getAttribute('height')) > 0).map((r) => r.querySelector('title')?.textContent),
      );
    const expected = answer.flatMap((b, x) =>
      b.groups.map((g) => `${['Jan 2026', 'Feb 2026', 'Mar 2026'][x]} · ${g.group.name}: ${g.count}`),
    );
    expect(bars.sort()).toEqual(expected.sort());
    await screenshot(second, 'chart-count-by-estate');

    await second.selectOption('select[aria-label=Measure]', 'amounts');
    await expect
      .poll(() => second.locator('figure.wb-chart figcaption').allInnerTexts())
      .toEqual(['amounts in NGN', 'amounts in USD']);
    const usd = second.locator('figure.wb-chart').nth(1);
    const usdBars = await usd
      .locator('rect')
      .evaluateAll((rects) => rects.filter((r) => Number(r.getAttribute('height')) > 0).map((r) => r.textContent));
    expect(usdBars).toHaveLength(1);
    expect(usdBars[0]).toMatch(/^Mar 2026 · .+: 5,000$/);
    await screenshot(second, 'chart-money-per-currency');

    await second.click('button:has-text("Lines")');
    await expect.poll(() => second.locator('figure.wb-chart').first().locator('path').count()).toBe(estates.length);
    await screenshot(second, 'chart-lines');
  });

  it('shows a list as a table and downloads it as CSV, then exports the whole list', async () => {
    const answer = (await app.raw(CLIENTS, {}, analyst.token)).data.clients;
    await run(second, CLIENTS);
    await panel(second, 'Table');
    const table = second.locator('table.wb-table');
    await expect.poll(() => table.locator('tbody tr').count()).toBe(answer.totalCount);
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['uid', 'fullName', 'email', 'marketer.uid']);
    await screenshot(second, 'table');

    const [download] = await Promise.all([
      second.waitForEvent('download'),
      second.click('button:has-text("Download CSV")'),
    ]);
    expect(download.suggestedFilename()).toBe('clients.csv');
    const [headers, ...rows] = parseCsv(fs.readFileSync((await download.path())!, 'utf8'));
    expect(headers).toEqual(['uid', 'fullName', 'email', 'marketer.uid']);
    expect(rows.map((r) => r[0])).toEqual(answer.edges.map((e: { node: { uid: string } }) => e.node.uid));
    expect(rows.map((r) => r[3])).toEqual(
      answer.edges.map((e: { node: { marketer: { uid: string } | null } }) => e.node.marketer?.uid ?? ''),
    );

    // The whole list from the server, in the same order (the page's arguments, paging aside).
    const [exported] = await Promise.all([
      second.waitForEvent('download'),
      second.click('button:has-text("Export CSV")'),
    ]);
    expect(exported.suggestedFilename()).toBe('clients.csv');
    const [exportHeaders, ...exportRows] = parseCsv(fs.readFileSync((await exported.path())!, 'utf8'));
    expect(exportRows.map((r) => r[exportHeaders.indexOf('UID')])).toEqual(rows.map((r) => r[0]));
    await expect
      .poll(() => second.locator('.wb-export [role=status]').textContent())
      .toBe(`${answer.totalCount} rows exported.`);
    await screenshot(second, 'table-exported');
  });

  it('signs out of every tab at once, and forgets a sign-in the API no longer accepts', async () => {
    await second.click('.wb-status button:has-text("Sign out")');
    await expect.poll(() => status(first)).toContain('Not signed in');
    await screenshot(first, 'signed-out-in-the-other-tab');

    // Signed in again, then withdrawn (the analyst archived): the next answer is UNAUTHENTICATED.
    await signIn(first);
    await expect.poll(() => status(second)).toContain('ANALYST');
    const archive =
      'mutation($id: ID!, $s: ProfileStatus!) { setStaffMemberStatus(input: { id: $id, status: $s }) { member { id } } }';
    expect((await app.raw(archive, { id: analyst.id, s: 'ARCHIVED' }, c.admin.token)).errors).toBeUndefined();
    try {
      await run(second, 'query Me { me { role } }');
      expect(await second.locator('.graphiql-response').textContent()).toContain('UNAUTHENTICATED');
      await expect.poll(() => status(second)).toContain('Not signed in');
      await expect.poll(() => status(first)).toContain('Not signed in');
      expect(await first.evaluate(() => localStorage.getItem('estate-workbench:session'))).toBeNull();
      await screenshot(second, 'withdrawn-sign-in-forgotten');
    } finally {
      await app.raw(archive, { id: analyst.id, s: 'ACTIVE' }, c.admin.token);
    }
  });

  it('reads the schema once signed in where only staff may, and forgets a sign-in when its token expires, with no request needed', async () => {
    const origin = `http://127.0.0.1:${shortLived.port}`;
    const own = await browser.newContext({ viewport: { width: 1600, height: 900 } });
    await own.route(
      (url) => url.origin !== origin,
      (route) => {
        problems.push(`request to ${route.request().url()}`);
        return route.abort();
      },
    );
    try {
      const page = await open(`${origin}/graphql`, own);
      await panel(page, 'GraphiQL Explorer');
      await expect.poll(() => page.locator('.graphiql-plugin').textContent()).toContain('No Schema Available');
      await signIn(page);
      await panel(page, 'GraphiQL Explorer');
      await expect.poll(() => page.locator('.graphiql-plugin').textContent()).toContain('insights');
      const { expiresAt } = JSON.parse((await page.evaluate(() => localStorage.getItem('estate-workbench:session')))!);
      expect(expiresAt - Date.now()).toBeLessThan(5_000);
      // No answer of the API tells it (the editor may still load a worker meanwhile).
      let asked = 0;
      page.on('request', (request) => {
        if (new URL(request.url()).pathname === '/graphql') asked++;
      });
      await expect.poll(() => status(page), { timeout: 10_000 }).toContain('Not signed in');
      expect(Date.now()).toBeGreaterThanOrEqual(expiresAt);
      expect(await page.evaluate(() => localStorage.getItem('estate-workbench:session'))).toBeNull();
      expect(asked).toBe(0);
      await screenshot(page, 'expired-sign-in-forgotten');
    } finally {
      await own.close();
    }
  });

  it('loaded nothing from elsewhere, broke no policy and logged no error', () => {
    expect(problems).toEqual([]);
  });
});
