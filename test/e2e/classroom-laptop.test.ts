/** The page in a classroom on a laptop (1280x800): every tab, the editor, and each lesson (classroom-checks.ts). */
import { describe } from 'vitest';
import { lessonsWalk, SIZES, tabsFit } from './classroom-checks.ts';
import { chromiumPath } from './chromium.ts';
import { pageSession } from './page-session.ts';

describe.skipIf(!chromiumPath())('the page in a classroom, laptop', () => {
  const browser = pageSession();
  tabsFit(browser, SIZES[1]);
  lessonsWalk(browser, SIZES[1]);
});
