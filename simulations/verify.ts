/** Entry point of `npm run verify`; the command itself lives in cli/verify-cli.ts. */
import { verifyCliWithWorkers } from './cli/verify-cli.ts';

process.exitCode = await verifyCliWithWorkers(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
