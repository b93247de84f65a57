/**
 * `kafka-lint plan --format html` in a real headless browser (Debian's chromium, driven by
 * playwright-core): the page loads nothing from outside, and a screenshot shows a bar per
 * constraint as long as its utilisation, the binding one in its own colour, the headroom mark
 * where the headroom is, and the cost breakdown. Skipped with a notice where chromium is absent
 * (CI installs it: .ci/run).
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { planCapacity } from '../../src/capacity/plan.js';
import { HTML_BAR, renderPlanHtml } from '../../src/capacity/render-html.js';
import type { CapacityInput } from '../../src/capacity/input.js';
import type { CapacityPlan } from '../../src/capacity/types.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`test/capacity/html-browser.test.ts: no chromium at ${CHROMIUM}; the HTML plan is not checked in a browser (apt-get install chromium, or set CHROMIUM_PATH).`);

const input: CapacityInput = {
  write: { avgBytesPerSec: '50 MB/s', peakBytesPerSec: '150 MB/s' },
  readFanout: 3,
  retention: { ms: '7d' },
  replicationFactor: 3,
  partitions: 120,
  racks: 3,
  broker: 'm7g.2xlarge',
};

/** Pixels of a PNG at the given points, decoded by the browser itself from a data: URL. */
async function pixelsOf(page: Page, png: Buffer, points: { x: number; y: number }[]): Promise<number[][]> {
  // Runs in the page (the test's TypeScript has no DOM types, so it is passed as source).
  const script = `(async () => {
    const img = new Image();
    img.src = 'data:image/png;base64,${png.toString('base64')}';
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d');
    ctx.drawImage(img, 0, 0);
    return ${JSON.stringify(points)}.map((p) => [...ctx.getImageData(Math.round(p.x), Math.round(p.y), 1, 1).data.slice(0, 3)]);
  })()`;
  return (await page.evaluate(script)) as number[][];
}

const near = (actual: number[], expected: readonly number[]) => actual.every((v, i) => Math.abs(v - expected[i]!) <= 3);

describe.skipIf(!present)('the HTML plan in headless chromium', () => {
  let context: BrowserContext;
  let profile: string;
  let plan: CapacityPlan;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    profile = mkdtempSync(join(tmpdir(), 'kafka-lint-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1400, height: 1000 },
      deviceScaleFactor: 1,
    });
    page = await context.newPage();
    page.on('request', (r) => requests.push(r.url()));
    plan = planCapacity(input);
    await page.setContent(renderPlanHtml(plan), { waitUntil: 'load' });
  });

  afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('loads nothing from outside the page', () => {
    expect(requests.filter((u) => !u.startsWith('data:') && u !== 'about:blank')).toEqual([]);
  });

  it('draws one bar per constraint, as long as its utilisation, the binding one in red', async () => {
    const rows = page.locator('#constraints .row');
    expect(await rows.count()).toBe(plan.constraints.length);
    const png = await page.screenshot({ fullPage: true, type: 'png' });
    for (const c of plan.constraints) {
      const row = page.locator(`.row[data-constraint="${c.name}"]`);
      const track = (await row.locator('.track').boundingBox())!;
      const fill = (await row.locator('.fill').boundingBox())!;
      expect(track.width).toBe(HTML_BAR.width);
      expect(Math.abs(fill.width - Math.min(1, c.utilizationAtPlan) * HTML_BAR.width), c.name).toBeLessThanOrEqual(1);
      const y = track.y + track.height / 2;
      const points = [{ x: fill.x + Math.min(2, fill.width / 2), y }];
      const emptyX = fill.x + fill.width + 4;
      const markX = track.x + c.headroom * track.width;
      const checkEmpty = c.utilizationAtPlan < 0.95 && Math.abs(emptyX - markX) > 4;
      if (checkEmpty) points.push({ x: emptyX, y });
      const hasMark = c.headroom < 1 && Math.abs(markX - (fill.x + fill.width)) > 3;
      if (hasMark) points.push({ x: markX, y });
      const [inFill, empty, mark] = await pixelsOf(page, png, points);
      if (fill.width >= 2) expect(near(inFill!, c.name === plan.binding ? HTML_BAR.binding : HTML_BAR.other), `${c.name} fill ${inFill}`).toBe(true);
      if (checkEmpty) expect(near(empty!, HTML_BAR.track), `${c.name} track ${empty}`).toBe(true);
      if (hasMark) expect(near(checkEmpty ? mark! : empty!, HTML_BAR.limit), `${c.name} headroom mark`).toBe(true);
    }
    expect(await page.locator('.row.binding').count()).toBe(1);
    expect(await page.locator(`.row[data-constraint="${plan.binding}"] .badge`).textContent()).toBe('decides');
  });

  it('shows the cost breakdown, line by line, adding up to the total', async () => {
    const lines = page.locator('#cost tbody tr[data-cost]');
    expect(await lines.count()).toBe(plan.cost!.lines.length);
    const amounts = await lines.locator('td.num').allTextContents();
    const sum = amounts.reduce((s, t) => s + Number(t.replace(/[$,]/g, '')), 0);
    expect(sum).toBeCloseTo(plan.cost!.monthly, 1);
    expect(await page.locator('#cost h2').textContent()).toBe(`Cost: $${plan.cost!.monthly.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} a month`);
    const shares = await lines.locator('.share').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    const biggest = plan.cost!.lines.reduce((a, b) => (b.monthly > a.monthly ? b : a));
    expect(shares[plan.cost!.lines.indexOf(biggest)]).toBe(Math.max(...shares));
  });
});

describe('the HTML plan as text', () => {
  it('is self-contained: no script, no external reference, and escapes what it prints', () => {
    const html = renderPlanHtml(planCapacity({ ...input, topics: [{ name: 'a', write: { avgBytesPerSec: '1 MB/s' }, retention: { ms: '1d' } }] }));
    expect(html).not.toMatch(/<script|<link|src=|https?:\/\//i);
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<span class="badge">decides</span>');
  });
});
