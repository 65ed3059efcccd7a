/**
 * End to end: <scenario-editor> in Chromium, on its own harness page (test/e2e/editor-harness.html),
 * which plays the parent: it validates every `scenario-changed` input with checkScenario and passes
 * the input and its issues back. Checks that every knob of the schema has a labelled control, that
 * edits come out as events with the new values, that issues show next to their fields, that table
 * rows can be added and removed, and that every control is reachable with Tab. Screenshots (1280x800)
 * go to artifacts/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { scenarioSchema } from '../../src/core/index.ts';
import type { Field, ObjectField } from '../../src/core/scenario/schema.ts';
import { SCREENSHOTS, type TestBrowser } from './browser-session.ts';
import { sharedSession } from './shared-session.ts';
import { chromiumPath } from './chromium.ts';
import type { EditorHarness } from './editor-harness.ts';

const HARNESS = '/test/e2e/editor-harness.html';

/** The schema's knobs as the editor must show them: objects recurse, a list of objects is one table. */
function schemaKnobs(field: ObjectField, prefix = ''): { path: string; field: Field }[] {
  return Object.entries(field.fields).flatMap(([key, sub]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    return sub.kind === 'object' ? schemaKnobs(sub, path) : [{ path, field: sub }];
  });
}

/** What the page says about one control: how it is named and described. */
interface ControlInfo {
  readonly tag: string;
  readonly role: string;
  readonly path: string;
  readonly name: string;
  readonly description: string;
}

describe.skipIf(!chromiumPath())('the scenario editor in Chromium', () => {
  let session: TestBrowser;
  let page: Page;
  let pageErrors: string[] = [];

  beforeAll(async () => {
    // The shared server pre-bundles what the harness imports (Lit's directives) at start: see shared-browser.setup.ts.
    session = await sharedSession();
  });

  afterAll(async () => {
    await session?.close();
  });

  async function open(): Promise<Page> {
    ({ page, errors: pageErrors } = await session.newPage());
    await page.goto(new URL(HARNESS, session.baseUrl).toString());
    await page.locator('scenario-editor [data-knob]').first().waitFor();
    return page;
  }

  afterEach(async () => {
    await page?.close();
    expect(pageErrors).toEqual([]);
  });

  const harness = (p: Page) => p.evaluate(() => window.editorHarness) as Promise<EditorHarness>;
  const control = (p: Page, path: string, role?: string) =>
    p.locator(`scenario-editor [data-path="${path}"]${role ? `[data-role="${role}"]` : ''}`);

  /** Every form control inside the knob at `knob` (or the whole editor), with its accessible name and description. */
  async function controlsOf(p: Page, knob?: string): Promise<ControlInfo[]> {
    return p.locator('scenario-editor').evaluate((host, knobPath) => {
      const root = host.shadowRoot!;
      const scope = knobPath === undefined ? root : root.querySelector(`[data-knob="${knobPath}"]`);
      if (!scope) return [];
      const text = (ids: string | null) =>
        (ids ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((id) => root.getElementById(id)?.textContent?.replace(/\s+/g, ' ').trim() ?? '')
          .join(' ');
      return [...scope.querySelectorAll<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>('input, select, textarea')].map((el) => {
        const labelled = el.getAttribute('aria-labelledby');
        const name = labelled
          ? text(labelled)
          : [...(el.labels ?? [])].map((l) => l.textContent?.replace(/\s+/g, ' ').trim()).join(' ') || (el.getAttribute('aria-label') ?? '');
        return { tag: el.tagName.toLowerCase(), role: el.dataset.role ?? '', path: el.dataset.path ?? '', name, description: text(el.getAttribute('aria-describedby')) };
      });
    }, knob);
  }

  async function issuesShown(p: Page): Promise<{ path: string; text: string; knob: string | null; cell: string | null }[]> {
    return p.locator('scenario-editor').evaluate((host) =>
      [...host.shadowRoot!.querySelectorAll<HTMLElement>('[data-testid="issue"]')].map((li) => ({
        path: li.dataset.issuePath!,
        text: li.textContent!.replace(/\s+/g, ' ').trim(),
        knob: li.closest<HTMLElement>('[data-knob]')?.dataset.knob ?? null,
        cell: li.closest('td')?.querySelector<HTMLElement>('[data-path]')?.dataset.path ?? null,
      })),
    );
  }

  it('has a labelled, described control for every knob of the schema', async () => {
    const p = await open();
    await p.screenshot({ path: join(SCREENSHOTS, 'scenario-editor.png') });
    await p.screenshot({ path: join(SCREENSHOTS, 'scenario-editor-full.png'), fullPage: true });
    const knobs = schemaKnobs(scenarioSchema);
    const shown = await p.locator('scenario-editor [data-knob]').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.knob!));
    expect([...shown].sort()).toEqual(knobs.map((k) => k.path).sort());
    // Give every table a row (the classroom has no attacks), so each column's controls can be checked.
    for (const { path, field } of knobs) {
      if (field.kind !== 'array' || field.items.kind !== 'object') continue;
      if ((await p.locator(`scenario-editor [data-knob="${path}"] tbody tr[data-row]`).count()) === 0) {
        await p.locator(`scenario-editor [data-testid="add-row:${path}"]`).click();
      }
    }

    for (const { path, field } of knobs) {
      const controls = await controlsOf(p, path);
      expect(controls.length, path).toBeGreaterThan(0);
      for (const c of controls) {
        expect(c.name, `${c.path} (${c.role}) has a label`).not.toBe('');
        expect(c.description, `${c.path} (${c.role}) is described`).not.toBe('');
      }
      if (field.kind === 'array' && field.items.kind === 'object') {
        // A table: one column per item field, each cell's controls described by the column's help.
        const columns = await p
          .locator(`scenario-editor [data-knob="${path}"] thead th[data-column]`)
          .evaluateAll((ths) => ths.map((th) => (th as HTMLElement).dataset.column));
        expect(columns, path).toEqual(Object.keys(field.items.fields));
        for (const [column, sub] of Object.entries(field.items.fields)) {
          const cells = controls.filter((c) => c.path.startsWith(`${path}[0].${column}`));
          expect(cells.length, `${path}[0].${column}`).toBeGreaterThan(0);
          for (const c of cells) expect(c.description).toContain(sub.help);
        }
      } else {
        for (const c of controls) expect(c.description, path).toContain(field.help);
        expect(controls[0].name.toLowerCase(), path).toContain(path.split('.').at(-1)!.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(' ')[0]);
      }
    }

    // Controls by kind: a slider and a number input for a bounded number, a select with the enum's labels.
    expect(await control(p, 'release.onlineDelayHours', 'slider').getAttribute('type')).toBe('range');
    expect(await control(p, 'release.onlineDelayHours', 'number').getAttribute('type')).toBe('number');
    expect(await control(p, 'online.registrationShare', 'slider').getAttribute('step')).toBe('0.01');
    expect(await control(p, 'electorate.precinctMin', 'slider').getAttribute('step')).toBe('1');
    const policyOptions = await control(p, 'revoting.policy').locator('option').allInnerTexts();
    expect(policyOptions[0]).toMatch(/Last online ballot counts/);
    const perAge = await controlsOf(p, 'electorate.ageShares');
    expect(perAge.map((c) => c.name)).toEqual(['Age shares 18-34', 'Age shares 35-54', 'Age shares 55+']);
  });

  it('sends scenario-changed with the new value when the policy select or a slider changes', async () => {
    const p = await open();
    await control(p, 'revoting.policy').selectOption('none');
    let h = await harness(p);
    expect(h.events).toBe(1);
    expect((h.last!.input.revoting as { policy: string }).policy).toBe('none');
    expect(h.last!.issues).toEqual([]);

    const slider = control(p, 'revoting.changeMindRate', 'slider');
    await slider.focus();
    await p.keyboard.press('ArrowRight');
    await p.keyboard.press('ArrowRight');
    h = await harness(p);
    expect(h.events).toBe(3);
    expect((h.last!.input.revoting as { changeMindRate: number }).changeMindRate).toBeCloseTo(0.1, 10);
    expect((h.last!.input.revoting as { policy: string }).policy).toBe('none');
    expect(await control(p, 'revoting.changeMindRate', 'number').inputValue()).toBe('0.1');

    // The number input drives the same value, and the slider follows it.
    await control(p, 'release.onlineDelayHours', 'number').fill('12.5');
    h = await harness(p);
    expect((h.last!.input.release as { onlineDelayHours: number }).onlineDelayHours).toBe(12.5);
    expect(await control(p, 'release.onlineDelayHours', 'slider').inputValue()).toBe('12');
    expect(h.freshObjects).toBe(true);

    // Typing "0.05" key by key: "0.0" means 0, and must not be rewritten to "0" under the user's fingers.
    const rate = control(p, 'revoting.escapeRate', 'number');
    await rate.fill('');
    await rate.pressSequentially('0.05');
    expect(await rate.inputValue()).toBe('0.05');
    h = await harness(p);
    expect((h.last!.input.revoting as { escapeRate: number }).escapeRate).toBe(0.05);

    // New seed: a fresh seed, sent like any edit.
    await p.locator('scenario-editor [data-testid="new-seed"]').click();
    h = await harness(p);
    expect(h.last!.input.seed).toMatch(/^[a-z2-9]{8}$/);
    expect(await control(p, 'seed').inputValue()).toBe(h.last!.input.seed);
  });

  it('shows a validation issue next to the field it names', async () => {
    const p = await open();
    const registered = control(p, 'districts[0].registered');
    // Typed key by key: the lone "-" is not a number yet and is left alone, then -5 is sent.
    await registered.fill('');
    await registered.pressSequentially('-5');
    expect(await registered.inputValue()).toBe('-5');
    const h = await harness(p);
    expect((h.last!.input.districts as { registered: number }[])[0].registered).toBe(-5);
    expect(h.last!.issues).toEqual([{ path: 'districts[0].registered', message: 'must be a positive integer, got -5' }]);
    const issues = await issuesShown(p);
    expect(issues).toEqual([{ path: 'districts[0].registered', text: '⚠ must be a positive integer, got -5', knob: 'districts', cell: 'districts[0].registered' }]);
    expect(await registered.getAttribute('aria-invalid')).toBe('true');
    expect(await p.locator('scenario-editor [data-section="electorate"] [data-testid="section-issues"]').innerText()).toMatch(/1 problem/);
    expect(await p.locator('scenario-editor [data-testid="editor-summary"]').innerText()).toMatch(/1 problem/);
    await p.locator('scenario-editor [data-knob="districts"]').scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(SCREENSHOTS, 'scenario-editor-issue.png') });

    await registered.fill('28000');
    expect(await issuesShown(p)).toEqual([]);

    // An issue inside a control (a lean naming a removed party) shows on that control.
    await p.locator('scenario-editor [data-testid="remove-row:parties[2]"]').click(); // greens
    const after = await issuesShown(p);
    expect(after).toContainEqual({
      path: 'districts[3].lean.greens',
      text: '⚠ greens: must name a party id (unity, progress, liberty)',
      knob: 'districts',
      cell: 'districts[3].lean',
    });
    // …and the record editor still shows the orphan key, so it can be cleared.
    await control(p, 'districts[3].lean.greens').fill('');
    expect((await issuesShown(p)).filter((i) => i.path.includes('lean'))).toEqual([]);
  });

  it('adds and removes district and attack rows', async () => {
    const p = await open();
    await p.locator('scenario-editor [data-testid="add-row:districts"]').click();
    let h = await harness(p);
    const districts = h.last!.input.districts as { id: number; name: string; registered: number }[];
    expect(districts).toHaveLength(6);
    expect(districts[5]).toEqual({ id: 6, name: 'District 6', registered: 30_000, lean: {}, candidates: {}, support: {}, mobilisedFor: '' });
    expect(h.last!.issues).toEqual([]);
    expect(await p.locator('scenario-editor [data-knob="districts"] tbody tr[data-row]').count()).toBe(6);
    // Focus moves to the new row's first field.
    expect(await p.locator('scenario-editor').evaluate((el) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.path)).toBe('districts[5].id');

    const attacks = p.locator('scenario-editor [data-knob="adversary.attacks"] tbody tr[data-row]');
    expect(await attacks.count()).toBe(0);
    await p.locator('scenario-editor [data-testid="add-row:adversary.attacks"]').click();
    h = await harness(p);
    expect((h.last!.input.adversary as { attacks: unknown[] }).attacks).toEqual([
      { kind: 'inject-revotes', size: 500, beneficiary: 'unity', districts: [], when: 'during-voting' },
    ]);
    expect(await attacks.count()).toBe(1);
    await control(p, 'adversary.attacks[0].kind').selectOption('substitute');
    await control(p, 'adversary.attacks[0].districts').fill('2, 6');
    await control(p, 'adversary.attacks[0].districts').press('Tab');
    h = await harness(p);
    expect((h.last!.input.adversary as { attacks: unknown[] }).attacks).toEqual([
      { kind: 'substitute', size: 500, beneficiary: 'unity', districts: [2, 6], when: 'during-voting' },
    ]);
    expect(h.last!.issues).toEqual([]);
    await p.locator('scenario-editor [data-knob="adversary.attacks"]').scrollIntoViewIfNeeded();
    await p.screenshot({ path: join(SCREENSHOTS, 'scenario-editor-attack.png') });

    await p.locator('scenario-editor [data-testid="remove-row:adversary.attacks[0]"]').click();
    h = await harness(p);
    expect((h.last!.input.adversary as { attacks: unknown[] }).attacks).toEqual([]);
    expect(await attacks.count()).toBe(0);
    // The row's button is gone: focus lands on the add button, not on the page.
    expect(await p.locator('scenario-editor').evaluate((el) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.testid)).toBe(
      'add-row:adversary.attacks',
    );
  });

  it('reaches every control with Tab, in order', async () => {
    const p = await open();
    // Number every enabled control; then Tab from the page heading and record which ones get the focus.
    const total = await p.locator('scenario-editor').evaluate((host) => {
      const all = [...host.shadowRoot!.querySelectorAll<HTMLElement>('summary, input, select, textarea, button')].filter(
        (el) => !(el as HTMLButtonElement).disabled,
      );
      all.forEach((el, i) => (el.dataset.probe = String(i)));
      return all.length;
    });
    expect(total).toBeGreaterThan(100);
    await p.locator('h1').click();
    const reached: number[] = [];
    for (let i = 0; i < total + 5; i++) {
      await p.keyboard.press('Tab');
      const probe = await p.locator('scenario-editor').evaluate((host) => (host.shadowRoot!.activeElement as HTMLElement | null)?.dataset.probe);
      if (probe === undefined) break;
      reached.push(Number(probe));
    }
    expect(reached).toEqual(Array.from({ length: total }, (_, i) => i));
    // A few by name, for the record.
    const named = await p.locator('scenario-editor').evaluate((host, ids) => {
      return ids.map((i) => {
        const el = host.shadowRoot!.querySelector<HTMLElement>(`[data-probe="${i}"]`)!;
        return el.dataset.path ?? el.dataset.testid ?? el.tagName;
      });
    }, reached);
    for (const want of ['revoting.policy', 'districts[0].registered', 'electorate.ageShares[1]', 'add-row:adversary.attacks', 'new-seed', 'online.dayShares']) {
      expect(named).toContain(want);
    }
  });

  it('folds sections away and back', async () => {
    const p = await open();
    const summary = p.locator('scenario-editor [data-section="adversary"] > summary');
    const attackButton = p.locator('scenario-editor [data-testid="add-row:adversary.attacks"]');
    expect(await attackButton.isVisible()).toBe(true);
    await summary.focus();
    await p.keyboard.press('Enter');
    await expect.poll(() => attackButton.isVisible()).toBe(false);
    await p.keyboard.press('Enter');
    await expect.poll(() => attackButton.isVisible()).toBe(true);
  });
});
