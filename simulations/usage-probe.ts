/**
 * Preloaded (`node --import`) into a command that bench-memory.ts starts: when the process exits, its
 * resource usage (peak resident memory of the whole process, worker threads included, and CPU time) is
 * written as JSON to the file named by TALLY_USAGE_FILE. CPU time and peak memory, unlike wall time,
 * stay meaningful on a loaded machine.
 *
 * The peak is the kernel's high-water mark of this process's memory (VmHWM in /proc/self/status),
 * not getrusage's maxRSS: on Linux a child's maxRSS starts at its parent's resident size when it was
 * forked (the bench's own heap, ~0.9 GB by then), so it measured the bench, not the command. Where
 * /proc is missing, maxRSS is all there is.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** This process's peak resident memory in KB, from /proc where it exists (else null). */
function highWaterKb(): number | null {
  try {
    const m = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

const target = process.env.TALLY_USAGE_FILE;
if (target) {
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(target, JSON.stringify({ maxRssKb: highWaterKb() ?? u.maxRSS, userCpuMs: u.userCPUTime / 1000, systemCpuMs: u.systemCPUTime / 1000 }));
  });
}
