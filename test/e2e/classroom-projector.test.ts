/** The page in a classroom on a projector (1920x1080, projector mode on): every tab, the editor, and each lesson (classroom-checks.ts). */
import { describe } from 'vitest';
import { lessonsWalk, SIZES, tabsFit } from './classroom-checks.ts';
import { chromiumPath } from './chromium.ts';
import { pageSession } from './page-session.ts';

describe.skipIf(!chromiumPath())('the page in a classroom, projector', () => {
  const browser = pageSession();
  tabsFit(browser, SIZES[2]);
  lessonsWalk(browser, SIZES[2]);
});
