/**
 * The CLI's language: `--lang ru|en`, else the environment's (LC_ALL, then LC_MESSAGES, then LANG, as
 * POSIX reads them), else English. It changes the tables, the errors and --help; `--json` and the
 * record files stay language-neutral (ids, not words).
 */
import { languageOfTag, LANGUAGES, setLanguage, SOURCE_LANGUAGE, type Language } from '../../src/i18n/locale.ts';
import { CliError } from './command.ts';

/** The language asked for in `argv` (`--lang X` or `--lang=X`), else the environment's. */
export function cliLanguage(argv: readonly string[], env: Readonly<Record<string, string | undefined>>): Language {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') break;
    const value = arg === '--lang' ? argv[i + 1] : arg.startsWith('--lang=') ? arg.slice('--lang='.length) : undefined;
    if (value === undefined) continue;
    const lang = LANGUAGES.find((l) => l === value);
    if (!lang) throw new CliError(`--lang: must be one of ${LANGUAGES.join(', ')}, got ${JSON.stringify(value ?? '')}`);
    return lang;
  }
  const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '');
  return languageOfTag(tag) ?? SOURCE_LANGUAGE;
}

/** Speaks `lang` in this process (@lit/localize announces the change on `window`: Node gets an EventTarget). */
export async function useLanguage(lang: Language): Promise<void> {
  const g = globalThis as { window?: unknown };
  g.window ??= new EventTarget();
  await setLanguage(lang);
}

/**
 * Sets the process's language from `argv` and the environment, and runs the command; a bad --lang is
 * reported as the command's other argument errors are (exit 2).
 */
export async function runInLanguage(name: string, argv: string[], env: Readonly<Record<string, string | undefined>>, err: (text: string) => void, command: () => Promise<number>): Promise<number> {
  let lang: Language;
  try {
    lang = cliLanguage(argv, env);
  } catch (e) {
    err(`${name}: ${(e as Error).message}\n`);
    return 2;
  }
  await useLanguage(lang);
  return command();
}
