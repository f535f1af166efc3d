import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../helpers/app';
import { listen } from '../helpers/http-server';
import { artifactsDir, CHROMIUM, CHROMIUM_ARGS, chromiumMissing, describeWithTool } from '../helpers/tools';

// /explore and /graphql in Debian's headless Chromium, against the real server over HTTP on a free port.

const TIMEOUT = 120_000;
let app: TestApp;
let server: { url: string; close(): Promise<void> };
let browser: Browser;
const shots = () => artifactsDir('screenshots');

/** A page that records requests leaving the server (there must be none: no CDN) and script errors. */
async function openPage(path: string): Promise<{ page: Page; external: string[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  const external: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:')) external.push(url);
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${server.url}${path}`);
  return { page, external, errors };
}

const nodeCount = (page: Page) => page.evaluate<number>('window.kgExplorer.cy.nodes().length');
const nodeLabels = (page: Page) => page.evaluate<string[]>('window.kgExplorer.cy.nodes().map((n) => n.data("label"))');

/** Where the node (or an edge's midpoint) is on screen, for a real mouse click. */
async function screenPoint(page: Page, selector: string): Promise<{ x: number; y: number }> {
  return page.evaluate<{ x: number; y: number }>(`(() => {
    const element = ${selector};
    const p = element.isNode() ? element.renderedPosition() : element.renderedMidpoint();
    const box = document.getElementById('graph').getBoundingClientRect();
    return { x: box.left + p.x, y: box.top + p.y };
  })()`);
}

describeWithTool('in headless Chromium', chromiumMissing(), () => {
  beforeAll(async () => {
    app = createTestApp();
    server = await listen(app.yoga);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  }, TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await app?.close();
  });

  it(
    '/explore: search 宁福巨湾, draw the neighbourhood, expand a node, show quotes for the node and an edge',
    async () => {
      const { page, external, errors } = await openPage('/explore');

      await page.fill('#search', '宁福巨湾');
      const first = page.locator('#suggestions li').first();
      await first.waitFor();
      expect(await first.textContent()).toContain('河南宁福巨湾');
      await first.click();

      await page.waitForFunction('Number(document.getElementById("graph").dataset.nodes) >= 4');
      expect(await nodeLabels(page)).toEqual(
        expect.arrayContaining([
          '河南宁福巨湾',
          '宁福巨湾年产8GWh新能源动力电池项目',
          '宁福巨湾年产8GWh新能源动力电池（二期）',
        ]),
      );
      await page.waitForSelector('#panel h2[data-key="company/ningfu-juwan"]');
      const quote = await page.locator('#panel blockquote.quote').first().textContent();
      expect(quote).toContain('宁福巨湾');
      expect(await page.locator('#panel cite').first().textContent()).toMatch(/— .*焦作/);

      // Expand the battery project: its programme 三十工程 joins the graph.
      const before = await nodeCount(page);
      const project = await screenPoint(
        page,
        `window.kgExplorer.cy.nodes().filter((n) => n.data('key') === 'project/ningfu-juwan-battery')[0]`,
      );
      await page.mouse.click(project.x, project.y);
      await page.waitForFunction(`window.kgExplorer.cy.nodes().length > ${before}`);
      expect(await nodeLabels(page)).toContain('三十工程');
      await page.waitForSelector('#panel h2[data-key="project/ningfu-juwan-battery"]');
      const relations = await page.locator('#panel .relation .head').allTextContents();
      expect(relations.some((r) => r.includes('UNDER_PROGRAM') && r.includes('三十工程'))).toBe(true);
      expect(await page.locator('#panel .relation blockquote.quote').count()).toBeGreaterThan(0);
      await page.screenshot({ path: join(shots(), 'explore.png') });

      // Click the DEVELOPS edge from the company to the project: its evidence fills the panel.
      const edge = await screenPoint(
        page,
        `window.kgExplorer.cy.edges().filter((e) => e.data('type') === 'DEVELOPS' && e.target().data('key') === 'project/ningfu-juwan-battery')[0]`,
      );
      await page.mouse.click(edge.x, edge.y);
      await page.waitForFunction(`document.querySelector('#panel h2')?.textContent === 'DEVELOPS'`);
      const edgeQuotes = await page.locator('#panel blockquote.quote').allTextContents();
      expect(edgeQuotes.length).toBe(4);
      expect(edgeQuotes.join()).toContain('寧福巨灣');
      await page.screenshot({ path: join(shots(), 'explore-edge.png') });

      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    '/explore: traditional input suggests the same company; a region shows its figures, rankings, trend and league position',
    async () => {
      const { page, errors } = await openPage('/explore');
      await page.fill('#search', '寧福巨灣');
      const first = page.locator('#suggestions li').first();
      await first.waitFor();
      expect(await first.textContent()).toContain('河南宁福巨湾');

      await page.fill('#search', 'Jiaozuo');
      await page.locator('#suggestions li', { hasText: '焦作市' }).first().waitFor();
      await page.press('#search', 'Enter');
      await page.waitForSelector('#panel h2[data-key="region/jiaozuo"]');
      const rankings = await page.locator('#panel table.rankings tr').allTextContents();
      expect(rankings.some((r) => r.includes('2025-H1') && r.includes('地区生产总值') && r.includes('#6'))).toBe(true);
      const figures = await page.locator('#panel table.figures tr').allTextContents();
      expect(figures.some((r) => r.includes('2022') && r.includes('2234.8亿元'))).toBe(true);
      // The trend: GDP growth over 2022, 2024 and 2025-H1 as a sparkline, and the league position in 河南省.
      await page.waitForSelector('#panel .trend svg.sparkline');
      expect(await page.locator('#panel .trend svg.sparkline circle').count()).toBe(3);
      expect(await page.locator('#panel .trend h3').textContent()).toContain('地区生产总值 growth');
      expect(await page.locator('#panel .trend .league').textContent()).toBe(
        'League position, 2025-H1: #6 of 18 in 河南省 (stated)',
      );
      expect(Number(await page.getAttribute('#graph', 'data-nodes'))).toBeGreaterThanOrEqual(10);
      await page.screenshot({ path: join(shots(), 'explore-region.png') });
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );

  it(
    '/graphql: GraphiQL loads offline with the worked examples as tabs, and the first one runs',
    async () => {
      const { page, external, errors } = await openPage('/graphql');
      await page.waitForSelector('.graphiql-execute-button', { timeout: 60_000 });
      const tabs = await page.locator('.graphiql-tab').allTextContents();
      expect(tabs.length).toBeGreaterThanOrEqual(10);
      expect(tabs[0]).toContain('FirstInProvince');
      expect(tabs.join()).toContain('Rankings');

      await page.click('.graphiql-execute-button');
      // Monaco draws spaces as no-break spaces: compare with whitespace folded.
      const responseText = `(document.querySelector('.graphiql-response')?.textContent ?? '').replace(/\\s+/g, ' ')`;
      await page.waitForFunction(`${responseText}.includes('"totalCount": 4')`);
      const response = await page.evaluate<string>(responseText);
      expect(response).toContain('"indicator": { "name": "一般公共预算收入"');
      expect(response).toContain('"rank": 1');
      await page.screenshot({ path: join(shots(), 'graphiql.png') });
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    },
    TIMEOUT,
  );
});
