/** Entry point of `npm run simulate`; the command itself lives in cli/simulate-cli.ts. */
import { simulateCli } from './cli/simulate-cli.ts';

process.exitCode = simulateCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
