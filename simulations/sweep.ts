/** Entry point of `npm run sweep`; the command itself lives in cli/sweep-cli.ts. */
import { sweepCli } from './cli/sweep-cli.ts';
import { runInLanguage } from './cli/cli-language.ts';

const argv = process.argv.slice(2);
const io = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text) };
process.exitCode = await runInLanguage('sweep', argv, process.env, io.err, () => sweepCli(argv, io, { progress: process.stderr }));
