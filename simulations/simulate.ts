/** Entry point of `npm run simulate`; the command itself lives in cli/simulate-cli.ts. */
import { simulateCliWithWorkers } from './cli/simulate-cli.ts';

process.exitCode = await simulateCliWithWorkers(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
