/**
 * End to end: a whole class election in Chromium. The test starts its own classroom server (API
 * only, letting the pages of the tests' shared build call it); the teacher's page (the Live tab) creates
 * the election, opens it, applies an attack as the operator, closes, enters the paper, publishes
 * and recounts; three phone pages at 360 px join with the code, vote (one votes again) and check
 * their receipts; the one whose ballot was changed is told so, and the Live tab shows the verdict
 * with the results elements. The class file it exports loads back into the tab. Without a server
 * the tab says how to start one.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../classroom-helpers.ts';
import { seriousFindings } from './classroom-checks.ts';
import { chromiumPath } from './chromium.ts';
import { pageSession } from './page-session.ts';

const hasBrowser = chromiumPath() !== null;

describe.skipIf(!hasBrowser)('a live class election', () => {
  const browser = pageSession();
  let server: RunningServer;
  const dir = mkdtempSync(join(tmpdir(), 'tally-live-e2e-'));

  beforeAll(async () => {
    const origin = new URL(browser.session().baseUrl).origin;
    server = await startServer(join(dir, 'class.db'), ['--allow-origin', origin, '--join-limit', '100', '--cast-limit', '1000']);
  });
  afterAll(async () => {
    await server?.stop('SIGKILL');
  });

  async function phone(code: string, lang = 'en'): Promise<{ page: Page; errors: string[] }> {
    const opened = await browser.session().newPage({ viewport: { width: 360, height: 740 } });
    await opened.page.goto(new URL(`/phone.html?server=${encodeURIComponent(server.base)}&code=${code}&lang=${lang}`, browser.session().baseUrl).toString());
    return opened;
  }

  it('runs from set-up to a verdict, with receipts checked on three phones', async () => {
    const teacher = await browser.open(`/#live=${server.base}`);
    const live = teacher.locator('live-view');
    await live.getByTestId('live-secret').fill(server.secret);
    await live.getByTestId('live-secret-submit').click();
    await live.getByTestId('live-paper').check();
    await live.getByTestId('live-share').fill('100');
    await live.getByTestId('live-create').click();
    const code = (await live.getByTestId('live-join-code').textContent())!.trim();
    expect(code).toMatch(/^[A-Z0-9]{6}$/);
    await expect.poll(() => live.getByTestId('live-qr').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await live.getByTestId('live-open').click();
    await expect.poll(() => live.getByTestId('live-election').getAttribute('data-phase')).toBe('open');

    // The third phone reads Russian (its link's lang=ru, as the Live tab's QR code gives in Russian).
    const phones = await Promise.all(['en', 'en', 'ru'].map((lang) => phone(code, lang)));
    expect(await phones[2].page.evaluate(() => document.documentElement.lang)).toBe('ru');
    expect((await phones[2].page.getByTestId('join').textContent())?.trim()).toBe('Войти');
    expect((await phones[0].page.getByTestId('join').textContent())?.trim()).toBe('Join');
    const groups = ['1', '2', '1'];
    for (const [i, p] of phones.entries()) {
      await p.page.getByTestId('join-group').selectOption(groups[i]);
      await p.page.getByTestId('join').click();
      await p.page.getByTestId('ballot').waitFor();
    }
    // Phones 0 and 1 vote; phone 0 changes its mind.
    for (const [i, choice] of [[0, 1], [1, 2], [0, 2]] as const) {
      await phones[i].page.getByTestId(`choice-${choice}`).check();
      await phones[i].page.getByTestId('cast').click();
      await expect.poll(() => phones[i].page.getByTestId('receipt').count()).toBe(i === 0 && choice === 2 ? 2 : 1);
    }
    expect(await phones[0].page.getByTestId('receipt-code').first().textContent()).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect.poll(() => live.getByTestId('live-ledger').getAttribute('data-entries')).toBe('3');

    // The operator changes the next ballot of Row 1 to Ada as it arrives: phone 2's.
    await live.getByTestId('attack-kind').selectOption('substitute');
    await live.getByTestId('attack-group').selectOption('1');
    await live.getByTestId('attack-size').fill('1');
    await live.getByTestId('attack-beneficiary').selectOption('0');
    await live.getByTestId('attack-apply').click();
    await live.getByTestId('attack-list').waitFor();
    await phones[2].page.getByTestId('choice-1').check();
    await phones[2].page.getByTestId('cast').click();
    await phones[2].page.getByTestId('receipt').waitFor();
    await expect.poll(() => live.getByTestId('voted-1').textContent()).toBe('2');

    await live.getByTestId('live-close').click();
    await phones[0].page.getByTestId('closed').waitFor();
    for (const g of ['1', '2']) {
      const form = live.getByTestId(`paper-${g}`);
      await form.locator('input').nth(1).fill('1');
      await form.getByRole('button').click();
      await expect.poll(() => form.getByRole('button').textContent()).toMatch(/Saved/);
    }
    await live.getByTestId('live-publish').click();
    await live.getByTestId('live-result').waitFor();
    await live.getByTestId('recount-1').click();
    await expect.poll(() => live.getByTestId('recount-1').isDisabled()).toBe(true);

    for (const p of phones) {
      await p.page.getByTestId('check').click();
      await p.page.getByTestId('check-answer').waitFor();
    }
    expect(await Promise.all(phones.map((p) => p.page.getByTestId('check-answer').getAttribute('data-status')))).toEqual(['passed', 'passed', 'failed']);
    for (const p of phones) {
      expect(await p.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      expect(p.errors).toEqual([]);
    }
    expect(await seriousFindings(phones[2].page)).toEqual([]);

    // The tab shows the verdict, the evidence and the recounts as the results tab does.
    await expect.poll(() => live.getByTestId('live-checked').textContent()).toMatch(/^3 students/);
    await expect.poll(() => live.getByTestId('live-result').getByTestId('verdict-banner').getAttribute('data-status')).toBe('tampering-detected');
    await live.getByTestId('live-result').getByTestId('district-table').waitFor();
    expect(await live.getByTestId('live-result').getByTestId('evidence-panel').textContent()).toMatch(/receipt/i);
    expect(await seriousFindings(teacher)).toEqual([]);

    // The class file it exports loads back, its record checked again.
    const [download] = await Promise.all([teacher.waitForEvent('download'), live.getByTestId('live-export').click()]);
    const file = join(dir, 'class.json');
    await download.saveAs(file);
    expect(JSON.parse(readFileSync(file, 'utf8')).format).toBe('tally-lab/live-class@1');
    await live.getByTestId('live-load-file').setInputFiles(file);
    await expect.poll(() => live.getByTestId('live-loaded').getByTestId('verdict-banner').getAttribute('data-status')).toBe('tampering-detected');
    for (const p of phones) await p.page.close();
  });

  it('says how to start a server when none is running', async () => {
    const opened = await browser.session().newPage();
    await opened.page.goto(new URL('/#live=http://127.0.0.1:9', browser.session().baseUrl).toString());
    const note = opened.page.locator('live-view').getByTestId('live-no-server');
    await note.waitFor();
    expect(await note.textContent()).toMatch(/npm run classroom/);
    // The only error is the refused connection itself.
    expect(opened.errors.filter((e) => !/ERR_CONNECTION_REFUSED|Failed to load resource|Failed to fetch/.test(e))).toEqual([]);
    await opened.page.close();
  });
});
