import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonsDoc } from '../simulations/cli/lessons-doc.ts';
import { scenarioDoc } from '../simulations/cli/scenario-doc.ts';

describe('docs', () => {
  it('docs/scenario.md matches the schema (run `npm run docs` after changing a knob)', () => {
    expect(readFileSync('docs/scenario.md', 'utf8')).toBe(scenarioDoc());
  });

  it('docs/lessons.md matches simulations/lessons (run `npm run docs` after changing a lesson)', () => {
    expect(readFileSync('docs/lessons.md', 'utf8')).toBe(lessonsDoc());
  });

  it('the README starts with the two commands a newcomer types, then simulate', () => {
    const head = readFileSync('README.md', 'utf8').split('\n').slice(0, 20).join('\n');
    const start = head.indexOf('npm start');
    const test = head.indexOf('npm test');
    const simulate = head.indexOf('npm run simulate');
    expect(start).toBeGreaterThan(0);
    expect(test).toBeGreaterThan(start);
    expect(simulate).toBeGreaterThan(test);
  });
});
