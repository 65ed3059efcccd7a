/**
 * A child process for test/signal-write.test.ts: writes `process.argv[2]` through the command line's atomic
 * writer, slowly (`process.argv[3]` pieces, default 2000, one every 5 ms), and says "writing" once the temporary file holds its first
 * piece, so the test can signal it mid-write at a known moment.
 */
import { withStopSignals, writeFileAtomic } from '../simulations/cli/atomic-write.ts';

function* slowPieces(): Generator<string> {
  const pieces = Number(process.argv[3] ?? 2000);
  for (let i = 0; i < pieces; i++) {
    if (i === 1) process.stdout.write('writing\n');
    const until = performance.now() + 5;
    while (performance.now() < until) {
      // Busy: a stand-in for a record that takes long to produce.
    }
    yield `${'new '.repeat(255)}\n`;
  }
}

await withStopSignals(() => writeFileAtomic({ flag: 'record', file: process.argv[2], content: slowPieces }));
process.stdout.write('done\n');
