/**
 * `npm run bench:classroom`: the classroom server under a class of 200 phones at once, on loopback.
 * It starts the server (a temporary SQLite file), has 200 simulated phones join, then cast all at
 * once, then all vote again at once, and reports the cast-to-tally latency (from sending a ballot to
 * the public live status, over Server-Sent Events, counting it in the ledger: median and p95) and
 * ballots per second; then 50 ballots one at a time, for the latency of a quiet moment. Bounded: 450
 * ballots, and a 120 s limit on the whole.
 */
import { mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Phone, startServer, teacher, watchStatus } from '../test/classroom-helpers.ts';

const PHONES = 200;
const GROUPS = 10;

interface Status {
  election: { ledgerEntries: number } | null;
}

const quantile = (xs: readonly number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'tally-bench-classroom-'));
  const server = await startServer(join(dir, 'bench.db'), ['--join-limit', '100000', '--cast-limit', '100000']);
  const limit = setTimeout(() => {
    process.stderr.write('bench:classroom: over 120 s, stopping\n');
    void server.stop('SIGKILL').then(() => process.exit(1));
  }, 120_000);
  try {
    const setup = { name: 'Bench', groups: Array.from({ length: GROUPS }, (_, i) => ({ name: `Row ${i + 1}`, students: PHONES / GROUPS })), candidates: ['Ada', 'Brook', 'Cyrus'], receiptCheckShare: 0.5, checkpointEverySeconds: 1 };
    const { joinCode } = await teacher<{ joinCode: string }>(server.base, server.secret, '/api/teacher/elections', { setup });
    await teacher(server.base, server.secret, '/api/teacher/open', {});
    const phones = Array.from({ length: PHONES }, () => new Phone(server.base));
    const joinStart = performance.now();
    await Promise.all(phones.map((p, i) => p.join(joinCode, 1 + (i % GROUPS))));
    const joinSeconds = (performance.now() - joinStart) / 1000;

    // When the public status first showed each ledger length.
    const shownAt: number[] = [];
    const watcher = watchStatus<Status>(server.base, (s) => (s.election?.ledgerEntries ?? 0) >= 2 * PHONES + 50, 100_000, (s) => {
      const n = s.election?.ledgerEntries ?? 0;
      const now = performance.now();
      for (let k = shownAt.length; k <= n; k++) shownAt[k] = now;
    });
    await new Promise((r) => setTimeout(r, 200));
    const latencies: number[] = [];
    const rounds: { ballots: number; seconds: number }[] = [];
    for (let round = 0; round < 2; round++) {
      const start = performance.now();
      const sent: { at: number; index: number }[] = await Promise.all(
        phones.map(async (p, i) => {
          const at = performance.now();
          const r = await p.cast((i + round) % 3);
          return { at, index: r.index };
        }),
      );
      rounds.push({ ballots: PHONES, seconds: (performance.now() - start) / 1000 });
      // Wait until the status has shown every ballot of the round.
      while ((shownAt.length - 1) < (round + 1) * PHONES) await new Promise((r) => setTimeout(r, 10));
      for (const s of sent) latencies.push(shownAt[s.index + 1] - s.at);
    }
    // A quiet moment: one ballot at a time.
    const quiet: number[] = [];
    for (let i = 0; i < 50; i++) {
      const at = performance.now();
      const r = await phones[i].cast(i % 3);
      while (shownAt.length - 1 < r.index + 1) await new Promise((res) => setTimeout(res, 1));
      quiet.push(shownAt[r.index + 1] - at);
    }
    (await watcher).stop();
    const total = rounds.reduce((a, r) => a + r.ballots, 0);
    const seconds = rounds.reduce((a, r) => a + r.seconds, 0);
    process.stdout.write(
      [
        `classroom server, ${PHONES} concurrent phones on loopback (Node ${process.version}, SQLite WAL; load average ${loadavg()[0].toFixed(1)} on this machine)`,
        `  joins:                 ${PHONES} in ${joinSeconds.toFixed(2)} s (${(PHONES / joinSeconds).toFixed(0)} joins/s)`,
        `  ballots:               ${total} in ${seconds.toFixed(2)} s (${(total / seconds).toFixed(0)} ballots/s; rounds: ${rounds.map((r) => `${(r.ballots / r.seconds).toFixed(0)}/s`).join(', ')})`,
        `  cast-to-tally latency, all ${PHONES} at once: median ${quantile(latencies, 0.5).toFixed(1)} ms, p95 ${quantile(latencies, 0.95).toFixed(1)} ms, max ${Math.max(...latencies).toFixed(1)} ms`,
        `  cast-to-tally latency, one at a time:  median ${quantile(quiet, 0.5).toFixed(1)} ms, p95 ${quantile(quiet, 0.95).toFixed(1)} ms`,
        '',
      ].join('\n'),
    );
  } finally {
    clearTimeout(limit);
    await server.stop('SIGTERM');
  }
}

await main();
