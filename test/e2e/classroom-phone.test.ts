/** The page in a classroom on a student’s phone (390x844): every tab, the editor, and each lesson (classroom-checks.ts). */
import { describe } from 'vitest';
import { lessonsWalk, SIZES, tabsFit } from './classroom-checks.ts';
import { chromiumPath } from './chromium.ts';
import { pageSession } from './page-session.ts';

describe.skipIf(!chromiumPath())('the page in a classroom, phone', () => {
  const browser = pageSession();
  tabsFit(browser, SIZES[0]);
  lessonsWalk(browser, SIZES[0]);
});
