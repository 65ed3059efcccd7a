/**
 * Finding the browser for end-to-end tests. We drive Debian's Chromium (apt-get install chromium)
 * with playwright-core: Playwright's own browser downloads cannot work on these machines.
 * TALLY_REQUIRE_BROWSER=1 (set by .ci/run) turns a missing browser into a failure instead of a skip.
 */
import { existsSync } from 'node:fs';

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p): p is string => !!p && existsSync(p));
}

export const browserRequired = process.env.TALLY_REQUIRE_BROWSER === '1';

export const SKIP_NOTICE =
  'Browser tests SKIPPED: no Chromium found (looked at $CHROMIUM_PATH, /usr/bin/chromium). ' +
  'Install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH) and run `npm test` again.';
