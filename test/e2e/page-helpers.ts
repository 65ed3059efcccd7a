/** What the page tests read off the page, and what they expect there: shared by page.test.ts and page-moscow.test.ts. */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { CHECKS, runSimulation, type Evidence, type SimulationResult } from '../../src/core/index.ts';
import { findPreset } from '../../src/content/presets/index.ts';
import { SCREENSHOTS } from './browser-session.ts';

export const count = new Intl.NumberFormat('en-US');

/** What a row of the table says, read from its cells' text and its data attributes. */
export interface ShownRow {
  readonly id: string;
  readonly name: string;
  readonly cells: Record<string, string>;
  readonly data: Record<string, string>;
  readonly flippedMarker: string | null;
}

/**
 * The evidence panel's lines: one per check (and, for receipts, per time), election-wide lines
 * first, each part in the engine's check order, receipts right after voting before those after the results.
 */
export function evidenceKeys(r: SimulationResult): string[] {
  const rank = (e: Evidence) => (e.districtId === null ? 0 : 1000) + CHECKS.indexOf(e.check) * 10 + (e.when === 'after-publication' ? 2 : e.when ? 1 : 0);
  const key = (e: Evidence) => `${e.districtId === null ? 'election' : 'district'}/${e.check}${e.when ? `/${e.when}` : ''}`;
  return [...new Set([...r.evidence].sort((a, b) => rank(a) - rank(b)).map(key))];
}

export function expectedFor(name: string, seed: string): SimulationResult {
  const preset = findPreset(name);
  if (!preset) throw new Error(`no preset ${name}`);
  return runSimulation(preset, { seed });
}

/** Waits for the table of the run of `preset` with `seed` (not merely any table). */
export async function waitForTable(p: Page, preset: string, seed: string): Promise<void> {
  await p.locator(`[data-testid="district-table"][data-scenario="${preset}"][data-seed="${seed}"]`).waitFor();
}

export async function shownRows(p: Page): Promise<ShownRow[]> {
  return p.locator('[data-testid="district-row"]').evaluateAll((rows) =>
    rows.map((tr) => {
      const cells: Record<string, string> = {};
      for (const td of tr.querySelectorAll<HTMLElement>('[data-col]')) cells[td.dataset.col!] = td.innerText.trim();
      return {
        id: (tr as HTMLElement).dataset.districtId!,
        name: tr.querySelector('[data-col="district-name"]')!.textContent!.trim(),
        cells,
        data: { ...(tr as HTMLElement).dataset } as Record<string, string>,
        flippedMarker: tr.querySelector('[data-testid="flipped"]')?.textContent?.trim() ?? null,
      };
    }),
  );
}

/** Waits until the worker reports a stage of the run: its modules are loaded, and it computes on its own. */
export async function waitForWorkerRunning(p: Page): Promise<void> {
  await expect
    .poll(async () => (await p.locator('[data-testid="progress-stage"]').allInnerTexts()).join(''), { timeout: 30_000 })
    .toMatch(/electorate|casting|ledger|checking|counting/i);
}

/** The shown verdict banner and the evidence panel's lines, as data. */
export async function shownVerdicts(p: Page) {
  const banner = p.locator('[data-testid="verdict-banner"]');
  return {
    status: await banner.getAttribute('data-status'),
    reason: (await p.locator('[data-testid="verdict-banner-reason"]').innerText()).trim(),
    groups: await p.locator('[data-testid="evidence-group"]').evaluateAll((els) =>
      els.map((el) => ({ ...(el as HTMLElement).dataset, open: (el as HTMLDetailsElement).open }) as Record<string, string | boolean>),
    ),
  };
}

/** Nothing of the ground truth is on the page (the observer view). */
export async function expectNoTruth(p: Page): Promise<void> {
  for (const testid of ['truth-row', 'truth-mismatch', 'truth-winner', 'tampered', 'teacher-panel', 'attack-list']) {
    expect(await p.locator(`[data-testid="${testid}"]`).count(), testid).toBe(0);
  }
  expect(await p.getByText(/did not win|Tampered ballots|no observer can see|inject-revotes/).count()).toBe(0);
  expect(await p.locator('[data-testid="district-table"]').getAttribute('data-teacher')).toBe('false');
}

export async function totalText(p: Page, testid: string): Promise<string> {
  return (await p.locator(`[data-testid="${testid}"]`).innerText()).trim();
}

export async function screenshot(p: Page, name: string, fullPage = false): Promise<void> {
  await p.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage });
}
