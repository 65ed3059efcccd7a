/** Entry point of `npm run sweep`; the command itself lives in cli/sweep-cli.ts. */
import { sweepCli } from './cli/sweep-cli.ts';

process.exitCode = await sweepCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
}, { progress: process.stderr });
