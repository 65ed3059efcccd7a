/**
 * The page in a classroom at the edges of what a class brings, a 360 px phone and a 1440p projector:
 * fit only (classroom-checks.ts). And the accessibility check the other sizes rely on, on a page that
 * fails it: it must name what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { EDGE_SIZES, edgeFit, seriousFindings } from './classroom-checks.ts';
import { chromiumPath } from './chromium.ts';
import { pageSession } from './page-session.ts';

describe.skipIf(!chromiumPath())('the page in a classroom, at the edges', () => {
  const browser = pageSession();
  for (const size of EDGE_SIZES) edgeFit(browser, size);

  it('the accessibility check reports serious findings, in a shadow root too', async () => {
    const { page } = await browser.session().newPage();
    try {
      await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main>
        <p style="color:#bbb;background:#fff">Too pale to read</p>
        <div id="host"></div>
        <script>document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<button></button>';</script>
      </main></body></html>`);
      const findings = await seriousFindings(page);
      expect(findings.some((f) => f.startsWith('serious color-contrast'))).toBe(true);
      expect(findings.some((f) => f.startsWith('critical button-name'))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
