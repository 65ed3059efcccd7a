/** The page in a classroom at the edges of what a class brings, a 360 px phone and a 1440p projector: fit only (classroom-checks.ts). */
import { describe } from 'vitest';
import { EDGE_SIZES, edgeFit } from './classroom-checks.ts';
import { chromiumPath } from './chromium.ts';
import { pageSession } from './page-session.ts';

describe.skipIf(!chromiumPath())('the page in a classroom, at the edges', () => {
  const browser = pageSession();
  for (const size of EDGE_SIZES) edgeFit(browser, size);
});
