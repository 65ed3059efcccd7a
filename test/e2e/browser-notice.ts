/** Vitest global setup: says plainly, at the end of the run, when the browser tests were skipped. */
import { browserRequired, chromiumPath, SKIP_NOTICE } from './chromium.ts';

export default function setup(): () => void {
  if (browserRequired && !chromiumPath()) {
    throw new Error('TALLY_REQUIRE_BROWSER=1 but no Chromium was found: install it with `apt-get install -y chromium`.');
  }
  return () => {
    if (!chromiumPath()) process.stdout.write(`\n${SKIP_NOTICE}\n\n`);
  };
}
