/**
 * Preloaded (`node --import`) into a command that bench-memory.ts starts: when the process exits, its
 * resource usage (peak resident memory of the whole process, worker threads included, and CPU time) is
 * written as JSON to the file named by TALLY_USAGE_FILE. CPU time and peak memory, unlike wall time,
 * stay meaningful on a loaded machine.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.TALLY_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: u.maxRSS, userCpuMs: u.userCPUTime / 1000, systemCpuMs: u.systemCPUTime / 1000 }));
  });
}
