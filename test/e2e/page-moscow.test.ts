/**
 * End to end, at city scale (the heavy suite: `npm run test:heavy`, which CI runs): the page runs the
 * full moscow-2021 presets, 7.4 million voters, in its web worker. Checks that progress shows during
 * the long run and that its link reproduces it; and that the rigged, audited Moscow is caught in every
 * district, as the engine computes it in Node, with the truth only in the teacher view. Screenshots
 * (1280x800) go to artifacts/screenshots/ (UPDATE_README_SCREENSHOT=1 also refreshes docs/screenshot.png).
 *
 * A Moscow run takes ~10 s in the worker and again in Node: the tests start the browser's run, wait
 * until its worker is computing (so it no longer needs the Vite server, which shares the main thread),
 * and only then compute the expected result in Node, so the two runs overlap on two cores.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SCREENSHOTS } from './browser-session.ts';
import { count, evidenceKeys, expectedFor, expectNoTruth, screenshot, shownRows, shownVerdicts, totalText, waitForTable, waitForWorkerRunning } from './page-helpers.ts';
import { pageSession } from './page-session.ts';
import { chromiumPath } from './chromium.ts';

describe.skipIf(!chromiumPath())('the page in Chromium, at city scale', () => {
  const { open } = pageSession();

  it('runs moscow-2021 with a progress bar, and its link reproduces the run', async () => {
    const p = await open('/');
    await p.selectOption('[data-testid="preset-select"]', 'moscow-2021');
    await p.fill('[data-testid="seed-input"]', '');
    // Record, from inside the page, whether a progress bar showed up and which stages it named.
    await p.evaluate(() => {
      const root = document.querySelector('tally-app')!.shadowRoot!;
      const seen = { progress: false, stages: [] as string[] };
      (window as unknown as { progressSeen: typeof seen }).progressSeen = seen;
      const look = () => {
        if (!root.querySelector('progress[data-testid="progress"]')) return;
        seen.progress = true;
        const stage = root.querySelector('[data-testid="progress-stage"]')?.textContent?.trim();
        if (stage && !seen.stages.includes(stage)) seen.stages.push(stage);
      };
      new MutationObserver(look).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    await p.click('[data-testid="run-button"]');
    await waitForWorkerRunning(p);
    const expected = expectedFor('moscow-2021', '2021');
    await waitForTable(p, 'moscow-2021', '2021');

    const seen = await p.evaluate(() => (window as unknown as { progressSeen: { progress: boolean; stages: string[] } }).progressSeen);
    expect(seen.progress).toBe(true);
    expect(seen.stages.some((s) => /electorate|casting|counting/i.test(s))).toBe(true);
    expect(seen.stages.some((s) => /ledger/i.test(s))).toBe(true);
    await expect.poll(() => p.locator('[data-testid="progress"]').count()).toBe(0);

    const rows = await shownRows(p);
    expect(rows).toHaveLength(15);
    expect(rows.map((r) => r.data.published)).toEqual(expected.districts.map((d) => d.published.join(',')));
    expect(rows.filter((r) => r.flippedMarker !== null)).toHaveLength(expected.totals.flips);
    expect(await totalText(p, 'total-registered')).toBe(count.format(expected.totals.registered));
    // Moscow-like verifiability: nothing independent confirms the count, and the page says so.
    expect(rows.map((r) => r.data.verdict)).toEqual(expected.districts.map((d) => d.verdict.status));
    expect(rows.every((r) => r.cells.verdict.includes('Unverifiable'))).toBe(true);
    const shown = await shownVerdicts(p);
    expect(shown.status).toBe(expected.verdict.status);
    expect(shown.groups.map((g) => g.key)).toEqual(evidenceKeys(expected));
    await screenshot(p, 'moscow-2021');
    await screenshot(p, 'moscow-2021-full', true);

    // The address now names the run; opening it shows that preset and seed, ready to run again.
    const link = new URL(p.url());
    expect(link.searchParams.get('preset')).toBe('moscow-2021');
    expect(link.searchParams.get('seed')).toBe('2021');
    await p.goto(link.toString());
    await expect.poll(() => p.locator('[data-testid="preset-select"]').inputValue()).toBe('moscow-2021');
    expect(await p.locator('[data-testid="seed-input"]').inputValue()).toBe('2021');
  });

  it('catches the rigged, audited Moscow in every district, and shows the truth only in the teacher view', async () => {
    const name = 'moscow-2021-rigged-audited';
    const p = await open(`/?preset=${name}`);
    await p.click('[data-testid="run-button"]');
    await waitForWorkerRunning(p);
    const expected = expectedFor(name, '2021');
    await waitForTable(p, name, '2021');

    // Every district: "Tampering detected", naming the receipts check, as the engine decided.
    const rows = await shownRows(p);
    expect(rows).toHaveLength(15);
    expect(expected.districts.every((d) => d.verdict.status === 'tampering-detected' && d.verdict.failedChecks.includes('receipts'))).toBe(true);
    expect(rows.map((r) => r.data.verdict)).toEqual(expected.districts.map((d) => d.verdict.status));
    expect(rows.map((r) => r.data.failedChecks)).toEqual(expected.districts.map((d) => d.verdict.failedChecks.join(',')));
    for (const r of rows) {
      expect(r.cells.verdict).toMatch(/Tampering detected/);
      expect(r.cells.verdict).toMatch(/Failed: .*\breceipts\b/);
    }

    // The reason is text a keyboard can open, not only a hover title.
    const firstVerdict = p.locator('[data-testid="verdict"]').first();
    const reason = firstVerdict.locator('[data-testid="verdict-reason"]');
    expect(await reason.isVisible()).toBe(false);
    await firstVerdict.locator('summary').focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => reason.isVisible()).toBe(true);
    expect((await reason.innerText()).trim()).toBe(expected.districts[0].verdict.reason);
    expect(await firstVerdict.locator('summary').getAttribute('title')).toBe(expected.districts[0].verdict.reason);

    // The banner and the publication line.
    const shown = await shownVerdicts(p);
    expect(shown.status).toBe('tampering-detected');
    expect(shown.reason).toBe(expected.verdict.reason);
    expect(await p.locator('[data-testid="verdict-status"]').innerText()).toBe('Tampering detected');
    const publication = p.locator('[data-testid="publication"]');
    const pub = expected.publication;
    expect(await publication.getAttribute('data-checkpoints')).toBe(String(pub.checkpoints));
    expect(await publication.getAttribute('data-receipt-checkers')).toBe(String(pub.receiptCheckers));
    expect(await publication.getAttribute('data-hand-recounts')).toBe(String(pub.handRecounts));
    expect(await publication.getAttribute('data-revote-resolution')).toBe(pub.revoteResolution);
    expect(await publication.innerText()).toContain(`${count.format(pub.ledgerEntries)} entries`);

    // Evidence: one line per check, election-wide first; the receipts line failed in every district and starts open.
    expect(shown.groups.map((g) => g.key)).toEqual(evidenceKeys(expected));
    expect(shown.groups.length).toBeLessThan(15);
    const firstDistrictLine = shown.groups.findIndex((g) => g.scope === 'district');
    expect(shown.groups.slice(firstDistrictLine).every((g) => g.scope === 'district')).toBe(true);
    const receipts = shown.groups.find((g) => g.key === 'district/receipts/after-publication')!;
    expect(receipts).toMatchObject({ status: 'failed', independent: 'true', open: true, failedDistricts: expected.districts.map((d) => d.id).join(',') });
    const receiptsLine = p.locator('[data-testid="evidence-group"][data-key="district/receipts/after-publication"]');
    expect(await receiptsLine.locator('summary').innerText()).toMatch(/FAIL[\s\S]*failed in 15 of 15 districts/);
    expect(await receiptsLine.locator('[data-testid="failed-districts"] li').count()).toBe(15);
    const paper = p.locator('[data-testid="evidence-group"][data-key="district/paper-recount"]');
    expect(await paper.locator('summary').innerText()).toMatch(/PASS[\s\S]*passed in 15 of 15 districts/);
    expect(await paper.getAttribute('open')).toBeNull();
    const operator = p.locator('[data-testid="evidence-group"][data-check="operator-recount"]');
    expect(await operator.locator('summary').innerText()).toContain('operator only (proves nothing)');

    // Observer view: no truth anywhere.
    await expectNoTruth(p);
    await p.locator('[data-testid="verdict-banner"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(p, 'verdicts');
    // The picture in the README: the results of the rigged, audited city. Written to artifacts/ on
    // every run; UPDATE_README_SCREENSHOT=1 also replaces the committed docs/screenshot.png.
    await p.locator('tally-app').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(p, 'readme');
    if (process.env.UPDATE_README_SCREENSHOT === '1') await p.screenshot({ path: join(ROOT, 'docs', 'screenshot.png') });
    await p.mouse.move(0, 0);
    await p.locator('[data-testid="evidence-panel"]').screenshot({ path: join(SCREENSHOTS, 'evidence.png') });

    // Teacher view: the truth per district, marked where the published winner did not win, and the attack.
    await p.check('[data-testid="teacher-toggle"]');
    const truthRows = p.locator('[data-testid="truth-row"]');
    await expect.poll(() => truthRows.count()).toBe(15);
    const truth = await truthRows.evaluateAll((trs) => trs.map((tr) => ({ ...(tr as HTMLElement).dataset })));
    expect(truth).toEqual(
      expected.districts.map((d) => ({
        testid: 'truth-row',
        districtId: String(d.id),
        truthWinner: d.truthWinner ?? '',
        differs: String(d.truthWinner !== d.publishedWinner),
        tampered: String(d.tamperedBallots),
      })),
    );
    const wrong = expected.districts.filter((d) => d.truthWinner !== d.publishedWinner);
    expect(wrong.length).toBeGreaterThan(0);
    expect(await p.locator('[data-testid="truth-mismatch"]').allInnerTexts()).toEqual(wrong.map(() => '⚠ The published winner did not win:'));
    expect(await p.locator('[data-testid="tampered"]').first().innerText()).toBe(`Tampered ballots: ${count.format(expected.districts[0].tamperedBallots)}.`);
    const attacks = p.locator('[data-testid="attack"]');
    expect(await attacks.count()).toBe(new Set(expected.attacks.map((a) => a.attack)).size);
    expect(await attacks.first().innerText()).toContain('cast-for-abstainers');
    // One attack per backed party: United Russia's candidates, and the others the mayor's office backed.
    const firstAttackDistricts = expected.attacks.filter((a) => a.attack === expected.attacks[0].attack).length;
    expect(await attacks.first().innerText()).toContain(`${count.format(expected.attacks[0].ballots)} ballots in each of ${firstAttackDistricts} districts`);
    expect(await p.locator('[data-testid="truth-summary"]').innerText()).toContain(`In ${wrong.length} of 15 districts the published winner did not win`);
    await p.locator('[data-testid="teacher-panel"]').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await screenshot(p, 'teacher-view');

    // And off again: gone.
    await p.uncheck('[data-testid="teacher-toggle"]');
    await expect.poll(() => truthRows.count()).toBe(0);
    await expectNoTruth(p);
  });
});
