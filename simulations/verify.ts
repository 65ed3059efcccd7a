/** Entry point of `npm run verify`; the command itself lives in cli/verify-cli.ts. */
import { verifyCliWithWorkers } from './cli/verify-cli.ts';
import { runInLanguage } from './cli/cli-language.ts';

const argv = process.argv.slice(2);
const io = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text) };
process.exitCode = await runInLanguage('verify', argv, process.env, io.err, () => verifyCliWithWorkers(argv, io));
