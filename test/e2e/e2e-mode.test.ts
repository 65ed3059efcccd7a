/**
 * The verifiable mode in the page: a small end-to-end scenario runs in the engine worker with its
 * nested pool of crypto workers; the results appear, the same as the engine computes in Node, the
 * cost line shows per-ballot times, and the evidence panel lists the proof checks.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSimulation, type ScenarioInput } from '../../src/core/index.ts';
import { encodeScenarioParam } from '../../src/ui/shell/scenario-url.ts';
import type { TestBrowser } from './browser-session.ts';
import { sharedSession } from './shared-session.ts';
import { chromiumPath } from './chromium.ts';

const SCENARIO: ScenarioInput = {
  name: 'page-e2e',
  districts: [
    { id: 1, name: 'Old Town', registered: 300 },
    { id: 2, name: 'Riverside', registered: 250 },
  ],
  e2e: { enabled: true, challengeRate: 0.1 },
  verifiability: { ledger: 'public', revoteResolution: 'public', checkpointAtClose: true, receiptCheckShare: 0.1, receiptCheckTime: 'after-publication', paperRecountShare: 1 },
};

describe.skipIf(!chromiumPath())('the verifiable mode in Chromium', () => {
  let session: TestBrowser;
  let page: Page;
  let errors: string[] = [];

  beforeAll(async () => {
    session = await sharedSession();
    ({ page, errors } = await session.newPage());
  });

  afterAll(async () => {
    await page?.close();
    await session?.close();
  });

  it('runs on crypto workers, shows the results, what it cost, and the proof checks', async () => {
    await page.goto(new URL(`/${encodeScenarioParam(SCENARIO, 'classroom')}`, session.baseUrl).toString());
    await page.locator('tally-app h1').waitFor();
    const cost = page.getByTestId('crypto-cost');
    await cost.waitFor({ timeout: 110_000 });
    const text = await cost.innerText();
    expect(text).toMatch(/(\d+(\.\d)?) ms per ballot to encrypt and prove, (\d+(\.\d)?) ms to verify/);
    expect(text).toMatch(/[1-9][\d,]* ballots encrypted/);
    expect(text).toMatch(/moscow-2021 electorate/);
    const expected = runSimulation(SCENARIO);
    const info = await page.getByTestId('run-info').innerText();
    expect(info).toContain(`Verdict: `);
    const panel = await page.getByTestId('evidence-panel').innerText();
    expect(panel).toContain('Ballot proofs');
    expect(panel).toContain('Trustee decryptions');
    expect(expected.evidence.some((e) => e.check === 'ballot-proofs' && e.status === 'passed')).toBe(true);
    const rows = page.getByTestId('district-row');
    expect(await rows.count()).toBe(expected.districts.length);
    for (const d of expected.districts) expect(await page.locator(`[data-testid="district-row"][data-district-id="${d.id}"]`).getAttribute('data-published')).toBe(d.published.join(','));
    expect(info).toContain(expected.verdict.status === 'verified' ? 'Verdict: ' : 'Verdict');
    expect(errors).toEqual([]);
  });
});
