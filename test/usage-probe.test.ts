/**
 * The bench's memory probe (simulations/usage-probe.ts) reports the peak of the command it is loaded
 * into, not of the process that started it: on Linux getrusage's maxRSS of a forked child starts at
 * the parent's resident size, which is how the bench once reported its own heap as the commands'.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { scratch } from './cli-helpers.ts';

it.runIf(process.platform === 'linux')("reports the command's own peak, below a much larger parent's resident size", () => {
  const { dir } = scratch('tally-usage-probe-');
  const file = join(dir, 'usage.json');
  // A parent far larger than the child: 400 MB written, so resident.
  const ballast = Buffer.alloc(400e6, 1);
  const child = spawnSync(process.execPath, ['--import', 'tsx', '--import', './simulations/usage-probe.ts', '-e', 'globalThis.kept = Buffer.alloc(64e6, 1)'], { env: { ...process.env, TALLY_USAGE_FILE: file } });
  expect(child.status).toBe(0);
  const { maxRssKb } = JSON.parse(readFileSync(file, 'utf8')) as { maxRssKb: number };
  const parentKb = process.memoryUsage().rss / 1024;
  expect(ballast[ballast.length - 1]).toBe(1);
  // At least the 64 MB it filled, and well under the parent's 400 MB and more.
  expect(maxRssKb).toBeGreaterThan(64e6 / 1024);
  expect(maxRssKb).toBeLessThan(Math.min(parentKb, 400e6 / 1024) - 100_000);
});
