/**
 * End to end: the real page in Chromium, served by a Vite dev server, running the engine in its
 * web worker. Checks that the browser shows exactly what the engine computes in Node for the same
 * preset and seed (districts, verdicts, evidence), that a new run supersedes a running one, that
 * the ground truth appears only in the teacher view, that names from a result are shown as text and
 * never run as markup, and that a bad link falls back instead of leaving a blank page. Then the page
 * around the results: an edit in the scenario editor re-runs without pressing Run and lands in the
 * address (the back button undoes it, a copied link reproduces it), the ledger, night, be-a-voter
 * and files views, exports and re-import, and projector mode. The full Moscow runs (progress, the
 * rigged and audited city) are in page-moscow.test.ts. Screenshots (1280x800) go to
 * artifacts/screenshots/.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { runSimulation, simulate, type SimulationResult } from '../../src/core/index.ts';
import { ledgerRows } from '../../src/core/inspect/ledger-rows.ts';
import { findPreset, observerDescription } from '../../src/content/presets/index.ts';
import { VIEWPORT } from './browser-session.ts';
import { count, evidenceKeys, expectedFor, expectNoTruth, screenshot, shownRows, shownVerdicts, totalText, waitForTable } from './page-helpers.ts';
import { pageSession } from './page-session.ts';
import { chromiumPath } from './chromium.ts';

describe.skipIf(!chromiumPath())('the page in Chromium', () => {
  const { open, session } = pageSession();

  it('shows the classroom run exactly as the engine computes it in Node', async () => {
    const seed = 'e2e-classroom';
    const p = await open('/');
    await p.selectOption('[data-testid="preset-select"]', 'classroom');
    await p.fill('[data-testid="seed-input"]', seed);
    await p.click('[data-testid="run-button"]');
    await waitForTable(p, 'classroom', seed);

    const expected = expectedFor('classroom', seed);
    const rows = await shownRows(p);
    expect(rows).toHaveLength(5);
    expect(rows.map((r) => r.id)).toEqual(expected.districts.map((d) => String(d.id)));
    for (const [i, d] of expected.districts.entries()) {
      const row = rows[i];
      const leader = d.candidates.findIndex((c) => c.id === d.paperLeader);
      const winner = d.candidates.findIndex((c) => c.id === d.publishedWinner);
      expect(row.name).toBe(d.name);
      expect(row.data.published).toBe(d.published.join(','));
      expect(row.data.paper).toBe(d.paper.join(','));
      expect(row.cells.registered).toBe(count.format(d.registered));
      expect(row.cells['paper-leader']).toContain(d.candidates[leader].name);
      expect(row.cells['paper-votes']).toBe(count.format(d.paper[leader]));
      expect(row.cells['published-winner']).toContain(d.candidates[winner].name);
      expect(row.cells['published-votes']).toBe(count.format(d.published[winner]));
      expect(row.cells['online-counted']).toBe(count.format(d.onlineCounted));
      expect(row.cells.revoters).toBe(count.format(d.revoters));
      expect(row.data.flipped).toBe(String(d.flipped));
      expect(row.flippedMarker).toBe(d.flipped ? '⇄ Flipped' : null);
    }

    const t = expected.totals;
    expect(await totalText(p, 'total-registered')).toBe(count.format(t.registered));
    expect(await totalText(p, 'total-turnout')).toBe(`${(t.turnoutRate * 100).toFixed(1)} %`);
    expect(await totalText(p, 'total-paper')).toBe(count.format(t.paperBallots));
    expect(await totalText(p, 'total-online')).toBe(`${count.format(t.onlineCast)} / ${count.format(t.onlineCounted)}`);
    expect(await totalText(p, 'total-revoters')).toBe(count.format(t.revoters));
    expect(await totalText(p, 'total-flips')).toBe(`${t.flips} of 5`);

    // Verdicts: each row's, the banner's, and one evidence line per check.
    expect(rows.map((r) => r.data.verdict)).toEqual(expected.districts.map((d) => d.verdict.status));
    const shown = await shownVerdicts(p);
    expect(shown.status).toBe(expected.verdict.status);
    expect(shown.reason).toBe(expected.verdict.reason);
    expect(shown.groups.map((g) => g.key)).toEqual(evidenceKeys(expected));
    expect(await p.locator('[data-testid="operator-only"]').count()).toBe(expected.evidence.filter((e) => !e.independent && e.districtId === null).length);
    await expectNoTruth(p);

    const url = new URL(p.url());
    expect(url.searchParams.get('preset')).toBe('classroom');
    expect(url.searchParams.get('seed')).toBe(seed);
    await screenshot(p, 'classroom');
  });

  it('a new run supersedes one that is still going', async () => {
    const p = await open('/?preset=moscow-2021&seed=slow');
    await p.click('[data-testid="run-button"]');
    await p.locator('[data-testid="progress"]').waitFor();
    await p.selectOption('[data-testid="preset-select"]', 'classroom');
    await p.fill('[data-testid="seed-input"]', 'fast');
    await p.click('[data-testid="run-button"]');
    await waitForTable(p, 'classroom', 'fast');
    expect(await p.locator('[data-testid="district-row"]').count()).toBe(5);
    const expected = expectedFor('classroom', 'fast');
    expect(await totalText(p, 'total-registered')).toBe(count.format(expected.totals.registered));
    expect(new URL(p.url()).searchParams.get('preset')).toBe('classroom');
  });


  it('says each verdict in words: the bound and a confirmed outcome, unverifiable, the failed checks', async () => {
    const p = await open('/');
    const real = expectedFor('classroom', 'labels');
    const verdicts = [
      { status: 'verified', reason: 'Every check passed.', failedChecks: [], undetectedBound: 1234, margin: 9000, outcomeConfirmed: true },
      { status: 'verified', reason: 'Every check passed, narrowly.', failedChecks: [], undetectedBound: 5000, margin: 300, outcomeConfirmed: false },
      { status: 'unverifiable', reason: 'Nothing independent.', failedChecks: [], undetectedBound: null, margin: 10, outcomeConfirmed: false },
      { status: 'tampering-detected', reason: 'chain-walk: broken.', failedChecks: ['chain-walk', 'receipts'], undetectedBound: null, margin: 10, outcomeConfirmed: false },
    ] as const;
    const crafted = { ...real, districts: real.districts.slice(0, 4).map((d, i) => ({ ...d, verdict: verdicts[i] })) };
    const cells = await p.evaluate(async (result) => {
      const el = document.createElement('district-table') as HTMLElement & { result: unknown; updateComplete: Promise<boolean> };
      el.result = result;
      document.body.append(el);
      await el.updateComplete;
      return [...el.shadowRoot!.querySelectorAll<HTMLElement>('[data-testid="verdict"] summary')].map((s) => s.innerText.replace(/\s+/g, ' ').trim());
    }, crafted);
    expect(cells).toEqual([
      '✓ Verified ±1,234 outcome confirmed Why?',
      '✓ Verified ±5,000 winner not confirmed Why?',
      '? Unverifiable Why?',
      '✗ Tampering detected Failed: chain-walk, receipts Why?',
    ]);
  });

  it('shows names from a result as text, never as markup', async () => {
    const p = await open('/');
    const dialogs: string[] = [];
    p.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const payload = '<img src=x onerror=alert(1)>';
    // A real result with every name and sentence the page shows replaced by markup.
    const real = expectedFor('classroom', 'xss');
    const crafted = {
      ...real,
      scenarioName: payload,
      parties: real.parties.map((party) => ({ ...party, name: payload })),
      scenario: {
        ...real.scenario,
        adversary: { ...real.scenario.adversary, attacks: [{ kind: 'inject-revotes', size: 1, beneficiary: real.parties[0].id, districts: [], when: 'during-voting' }] },
      },
      districts: real.districts.map((d) => ({
        ...d,
        name: payload,
        candidates: d.candidates.map((c) => ({ ...c, name: payload })),
        verdict: { ...d.verdict, reason: payload, failedChecks: [payload] },
      })),
      verdict: { ...real.verdict, reason: payload },
      evidence: real.evidence.map((e) => ({ ...e, what: payload, detail: payload, rulesOut: payload })),
      attacks: [{ attack: 0, kind: 'inject-revotes', districtId: 1, ballots: 1 }],
    };
    const found = await p.evaluate(async ({ result, text }) => {
      const out: Record<string, { imgs: number; literal: boolean }> = {};
      for (const tag of ['district-table', 'verdict-banner', 'evidence-panel', 'teacher-panel'] as const) {
        const el = document.createElement(tag) as HTMLElement & { result: unknown; teacher?: boolean; updateComplete: Promise<boolean> };
        el.result = result;
        if (tag === 'district-table') el.teacher = true;
        document.body.append(el);
        await el.updateComplete;
        for (const details of el.shadowRoot!.querySelectorAll('details')) details.open = true;
        out[tag] = { imgs: el.shadowRoot!.querySelectorAll('img').length, literal: el.shadowRoot!.textContent!.includes(text) };
      }
      // Give a stray image time to fail to load and fire its handler.
      await new Promise((resolve) => setTimeout(resolve, 300));
      return out;
    }, { result: crafted, text: payload });
    expect(found).toEqual({
      'district-table': { imgs: 0, literal: true },
      'verdict-banner': { imgs: 0, literal: true },
      'evidence-panel': { imgs: 0, literal: true },
      'teacher-panel': { imgs: 0, literal: true },
    });
    // What a reader sees: the markup, as characters.
    const table = p.locator('body > district-table');
    expect(await table.locator('[data-col="district-name"]').first().innerText()).toBe(payload);
    expect(await table.locator('[data-col="paper-leader"] .name').first().innerText()).toBe(payload);
    expect(await table.locator('[data-testid="verdict-reason"]').first().innerText()).toBe(payload);
    expect(await table.locator('[data-testid="truth-winner"]').first().innerText()).toBe(payload);
    expect(await p.locator('img').count()).toBe(0);
    expect(dialogs).toEqual([]);
  });

  it('explains an unknown preset in the link and falls back to classroom', async () => {
    const p = await open('/?preset=nope');
    const error = p.locator('[data-testid="error"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/called “nope”/);
    expect(await p.locator('[data-testid="preset-select"]').inputValue()).toBe('classroom');
    expect(await p.locator('[data-testid="preset-description"]').innerText()).toBe(observerDescription('classroom', findPreset('classroom')!.description!));
    // Never a blank page: the preset's defaults run, and the message stays.
    await waitForTable(p, 'classroom', findPreset('classroom')!.seed!);
    expect(await error.isVisible()).toBe(true);
    await screenshot(p, 'unknown-preset');
  });

  it('a malformed link (a damaged s=, an invalid seed) says what is wrong and shows the preset’s defaults', async () => {
    const seed = findPreset('classroom')!.seed!;
    const p = await open('/?preset=classroom&s=eyJyZXZvdGluZyI6e');
    const error = p.locator('[data-testid="error"]');
    await error.waitFor();
    expect(await error.innerText()).toMatch(/damaged/);
    await waitForTable(p, 'classroom', seed);
    expect(await p.locator('[data-testid="district-row"]').count()).toBe(5);
    expect(await p.locator('[data-testid="seed-input"]').inputValue()).toBe(seed);
    await screenshot(p, 'malformed-link');
    await p.close();

    const q = await open(`/?preset=classroom&seed=${'x'.repeat(65)}`);
    const qError = q.locator('[data-testid="error"]');
    await qError.waitFor();
    expect(await qError.innerText()).toMatch(/seed/);
    await waitForTable(q, 'classroom', seed);
  });

  // ── The editor, the address, the views ───────────────────────────────────────────────────────

  /** The shown table's published counts, one string per district. */
  async function publishedCounts(p: Page): Promise<string[]> {
    return p.locator('[data-testid="district-row"]').evaluateAll((rows) => rows.map((tr) => (tr as HTMLElement).dataset.published!));
  }

  /** Waits until no run is going and the address has settled on `pattern`. */
  async function waitForSettled(p: Page, pattern: RegExp): Promise<void> {
    await expect.poll(() => p.url(), { timeout: 30_000 }).toMatch(pattern);
    await expect.poll(() => p.locator('[data-testid="progress"]').count()).toBe(0);
    await p.locator('[data-testid="district-table"][data-seed]').waitFor();
  }

  it('re-runs on an edit without pressing Run, keeps it in the address, and the back button undoes it', async () => {
    const p = await open('/?preset=classroom&seed=edit');
    await waitForTable(p, 'classroom', 'edit');
    const before = await publishedCounts(p);
    await p.click('[data-testid="editor-toggle"]');
    const policy = p.locator('scenario-editor [data-path="revoting.policy"]');
    await policy.selectOption('none');
    await waitForSettled(p, /[?&]s=/);
    const after = await publishedCounts(p);
    const expected = runSimulation({ ...findPreset('classroom')!, revoting: { ...findPreset('classroom')!.revoting, policy: 'none' } }, { seed: 'edit' });
    expect(after).toEqual(expected.districts.map((d) => d.published.join(',')));
    expect(after).not.toEqual(before);
    await screenshot(p, 'editor');

    await p.goBack();
    await expect.poll(() => policy.inputValue()).toBe('last-online');
    await waitForSettled(p, /^(?!.*[?&]s=)/);
    await expect.poll(() => publishedCounts(p)).toEqual(before);
  });

  it('a shared link opens the same scenario and the same table in a new page', async () => {
    const p = await open('/?preset=classroom&seed=share');
    await waitForTable(p, 'classroom', 'share');
    await p.click('[data-testid="editor-toggle"]');
    await p.locator('scenario-editor [data-path="revoting.policy"]').selectOption('paper-overrides');
    await waitForSettled(p, /[?&]s=/);
    const link = p.url();
    const table = await publishedCounts(p);
    const q = await session().browser.newPage({ viewport: VIEWPORT });
    try {
      await q.goto(link);
      await waitForTable(q, 'classroom', 'share');
      expect(await publishedCounts(q)).toEqual(table);
      expect(q.url()).toBe(link);
      await q.click('[data-testid="editor-toggle"]');
      expect(await q.locator('scenario-editor [data-path="revoting.policy"]').inputValue()).toBe('paper-overrides');
    } finally {
      await q.close();
    }
  });

  it('the ledger tab scrolls through the real ledger and jumps to an entry', async () => {
    const seed = 'ledger';
    const p = await open(`/?preset=classroom&seed=${seed}`);
    await waitForTable(p, 'classroom', seed);
    await p.click('[data-testid="tab-ledger"]');
    // The tabs are keyboard-operable: arrow keys move the selection.
    await p.keyboard.press('ArrowRight');
    await expect.poll(() => p.locator('[data-testid="tab-voter"]').getAttribute('aria-selected')).toBe('true');
    await p.keyboard.press('ArrowLeft');
    await expect.poll(() => p.locator('[data-testid="tab-ledger"]').getAttribute('aria-selected')).toBe('true');

    const run = simulate(findPreset('classroom')!, { seed });
    const n = run.integrity.published.count;
    await p.locator('[data-testid="ledger-row"][data-index="0"]').waitFor();
    expect(await p.locator('[data-testid="chain-status"]').getAttribute('data-status')).toBe(run.result.evidence.find((e) => e.check === 'chain-walk')!.status);
    await p.locator('[data-testid="ledger-scroller"]').evaluate((el) => (el.scrollTop += 20_000));
    await expect.poll(() => p.locator('[data-testid="ledger-row"]').first().getAttribute('data-index')).not.toBe('0');

    const target = Math.floor(n * 0.7);
    await p.locator('[data-testid="jump-input"]').fill(String(target));
    await p.locator('[data-testid="jump-input"]').press('Enter');
    const row = p.locator(`[data-testid="ledger-row"][data-index="${target}"]`);
    await row.waitFor();
    const [expected] = ledgerRows(run, target, target + 1, false);
    expect(await row.locator('[data-testid="hash"]').getAttribute('title')).toContain(expected.hash);
    await screenshot(p, 'ledger');
  });

  it('be a voter: a random online voter’s receipt check passes, and the teacher view adds the truth', async () => {
    const p = await open('/?preset=classroom');
    await waitForTable(p, 'classroom', findPreset('classroom')!.seed!);
    await p.click('[data-testid="tab-voter"]');
    await p.click('[data-testid="voter-random"]');
    const voter = p.locator('[data-testid="voter"]');
    await voter.waitFor();
    expect(await p.locator('[data-testid="voter-registered"]').innerText()).toBe('yes');
    expect(await p.locator('[data-testid="voter-ballot"]').count()).toBeGreaterThan(0);
    expect(await p.locator('[data-testid="voter-truth"]').count()).toBe(0);
    await p.click('[data-testid="check-receipt"]');
    const check = p.locator('[data-testid="receipt-check"]');
    await check.waitFor();
    expect(await check.getAttribute('data-status')).toBe('passed');
    expect(await p.locator('[data-testid="receipt-check-status"]').innerText()).toContain('Check passed');
    expect(await p.locator('[data-testid="check-cannot"] li').count()).toBeGreaterThan(0);
    await p.locator('[data-testid="voter"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(p, 'voter');

    await p.check('[data-testid="teacher-toggle"]');
    await p.locator('[data-testid="voter-truth"]').waitFor();
    await p.click('[data-testid="tab-results"]');
    await expect.poll(() => p.locator('[data-testid="truth-row"]').count()).toBe(5);
    await p.uncheck('[data-testid="teacher-toggle"]');
    await expectNoTruth(p);
  });

  it('exports the result, the districts and the record, and re-imports the exported scenario to the same result', async () => {
    const p = await open('/?preset=classroom&seed=export');
    await waitForTable(p, 'classroom', 'export');
    await p.click('[data-testid="tab-files"]');
    const download = async (testid: string) => {
      const [file] = await Promise.all([p.waitForEvent('download'), p.click(`[data-testid="${testid}"]`)]);
      return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
    };
    const exported = await download('export-result');
    expect(exported.name).toBe('classroom-export.result.json');
    const result = JSON.parse(exported.text) as SimulationResult;
    expect(result.seed).toBe('export');
    const csv = await download('export-csv');
    expect(csv.text.trim().split('\r\n')).toHaveLength(6);
    expect(JSON.parse((await download('export-record')).text)).toMatchObject({ format: 'tally-lab/record@1' });
    await screenshot(p, 'files');

    // Another seed, then the exported scenario back: the same published counts as exported.
    await p.fill('[data-testid="seed-input"]', 'other');
    await p.click('[data-testid="tab-results"]');
    await waitForTable(p, 'classroom', 'other');
    const dir = mkdtempSync(join(tmpdir(), 'tally-e2e-'));
    const file = join(dir, 'exported.scenario.json');
    writeFileSync(file, JSON.stringify(result.scenario));
    await p.click('[data-testid="tab-files"]');
    await p.setInputFiles('[data-testid="import-scenario"]', file);
    await expect.poll(() => p.locator('[data-testid="file-message"]').innerText()).toMatch(/Opened/);
    await p.click('[data-testid="tab-results"]');
    await waitForTable(p, 'classroom', 'export');
    expect(await publishedCounts(p)).toEqual(result.districts.map((d) => d.published.join(',')));
  });

  it('the night replay and projector mode', async () => {
    const p = await open('/?preset=classroom');
    await waitForTable(p, 'classroom', findPreset('classroom')!.seed!);
    await p.click('[data-testid="tab-night"]');
    await p.locator('night-replay svg').first().waitFor();
    await screenshot(p, 'night');
    await p.check('[data-testid="projector-toggle"]');
    expect(await p.locator('tally-app').getAttribute('projector')).toBe('');
    await screenshot(p, 'projector');
    // Remembered on this machine.
    await p.reload();
    await p.locator('tally-app h1').waitFor();
    await expect.poll(() => p.locator('tally-app').getAttribute('projector')).toBe('');
    await p.uncheck('[data-testid="projector-toggle"]');
    expect(await p.locator('tally-app').getAttribute('projector')).toBeNull();
  });
});
