/** Entry point of `npm run verify`; the command itself lives in cli/verify-cli.ts. */
import { verifyCli } from './cli/verify-cli.ts';

process.exitCode = verifyCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
