/** Entry point of `npm run simulate`; the command itself lives in cli/simulate-cli.ts. */
import { simulateCliWithWorkers } from './cli/simulate-cli.ts';
import { runInLanguage } from './cli/cli-language.ts';

const argv = process.argv.slice(2);
const io = { out: (text: string) => process.stdout.write(text), err: (text: string) => process.stderr.write(text) };
process.exitCode = await runInLanguage('simulate', argv, process.env, io.err, () => simulateCliWithWorkers(argv, io));
