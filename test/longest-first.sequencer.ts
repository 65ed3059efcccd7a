/**
 * The order files start in: longest first, whatever their project. With one worker per core the run
 * lasts at least as long as its longest file, so that file must start at once, not after the short
 * ones (Vitest's own order runs the projects one after another and, on a clean clone without timings
 * from an earlier run, puts large files first, which starts a small slow file last).
 */
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files known to take a minute or more: they start first even on a clean clone, which has no timings yet. */
export const START_FIRST = [
  'test/lessons-verify-everything.test.ts',
  'test/lessons.test.ts',
  // A minute each, in files of a few lines: ordered by size, they would start last.
  'test/e2e/classroom-projector.test.ts',
  'test/e2e/classroom-laptop.test.ts',
  'test/e2e/classroom-phone.test.ts',
  'test/e2e-mode.test.ts',
];

export class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const root = this.ctx.config.root;
    const path = (spec: TestSpecification) => relative(root, spec.moduleId);
    const first = (spec: TestSpecification) => {
      const i = START_FIRST.indexOf(path(spec));
      return i < 0 ? START_FIRST.length : i;
    };
    // The last run's duration of the file, or, never run here, its size as a guess.
    const cached = (spec: TestSpecification) => this.ctx.cache.getFileTestResults(`${spec.project.name}:${path(spec)}`)?.duration;
    const size = (spec: TestSpecification) => this.ctx.cache.getFileStats(`${spec.project.name}:${path(spec)}`)?.size ?? 0;
    return [...files].sort((a, b) => first(a) - first(b) || (cached(b) ?? 0) - (cached(a) ?? 0) || size(b) - size(a));
  }
}
