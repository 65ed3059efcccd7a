/**
 * The CLI in Russian: `--lang ru` (or a Russian LANG) gives Russian tables, reports, errors and help,
 * with the same exit codes as in English; `--json` and the record are the same bytes in either language.
 *
 * Most runs are in this process, through the entry points' own runInLanguage with an environment of
 * the test's choosing (then English again, as every other file expects). Each entry point itself is
 * run as a command too: its help with --lang, and simulate with a Russian LANG.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cliLanguage, runInLanguage, useLanguage } from '../simulations/cli/cli-language.ts';
import type { Io } from '../simulations/cli/command.ts';
import { simulateCliWithWorkers } from '../simulations/cli/simulate-cli.ts';
import { sweepCli } from '../simulations/cli/sweep-cli.ts';
import { verifyCliWithWorkers } from '../simulations/cli/verify-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'tally-cli-i18n-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COMMANDS: Record<string, (argv: string[], io: Io) => Promise<number>> = { simulate: simulateCliWithWorkers, verify: verifyCliWithWorkers, sweep: sweepCli };

/** Runs a command as its entry point does, in this process, with `env` as the whole environment. */
async function run(script: string, args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += t), err: (t) => (err += t) };
  try {
    const code = await runInLanguage(script, args, env, io.err, () => COMMANDS[script](args, io));
    return { code, out, err };
  } finally {
    await useLanguage('en');
  }
}

/** Runs a CLI script as a command, with a clean locale environment (plus `env`). */
function spawned(script: string, args: string[], env: Record<string, string> = {}) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LANG|LC_ALL|LC_MESSAGES|LANGUAGE)$/.test(k)));
  const r = spawnSync(process.execPath, ['--import', 'tsx', `simulations/${script}.ts`, ...args], { encoding: 'utf8', env: { ...clean, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('the CLI’s language', () => {
  it('comes from --lang, else LC_ALL, LC_MESSAGES, LANG, else English', () => {
    expect(cliLanguage(['village', '--lang', 'ru'], { LANG: 'en_US.UTF-8' })).toBe('ru');
    expect(cliLanguage(['--lang=en', 'village'], { LC_ALL: 'ru_RU.UTF-8' })).toBe('en');
    expect(cliLanguage(['village'], { LC_ALL: 'ru_RU.UTF-8', LANG: 'en_US' })).toBe('ru');
    expect(cliLanguage(['village'], { LC_ALL: '', LC_MESSAGES: 'ru_RU', LANG: 'en_US' })).toBe('ru');
    expect(cliLanguage(['village'], { LANG: 'C.UTF-8' })).toBe('en');
    expect(cliLanguage(['village'], { LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(() => cliLanguage(['village', '--lang', 'xx'], {})).toThrow(/--lang: must be one of en, ru, got "xx"/);
  });

  it('simulate prints a Russian table with --lang ru, and with a Russian LANG', async () => {
    const ru = await run('simulate', ['village', '--lang', 'ru']);
    expect(ru.code).toBe(0);
    expect(ru.out).toMatch(/^Округ\s+Зарегистрировано\s+Лидер на бумаге/m);
    expect(ru.out).toContain('1 Деревня');
    expect(ru.out).toMatch(/явка \d+ \(\d+,\d\s%\)/);
    expect(ru.out).toMatch(/^Вердикт: проверено\. Все округа/m);
    expect((await run('simulate', ['village'], { LANG: 'ru_RU.UTF-8' })).out).toBe(ru.out);
    // The entry point reads the process's own environment.
    expect(spawned('simulate', ['village'], { LANG: 'ru_RU.UTF-8' }).out).toBe(ru.out);
    const en = await run('simulate', ['village'], { LANG: 'C' });
    expect(en.out).toMatch(/^District\s+Registered\s+Paper leader/m);
    expect(en.out).not.toMatch(/[а-яё]/i);
  });

  it('keeps --json and the record language-neutral: the same bytes in Russian and English', async () => {
    const en = await run('simulate', ['village', '--json', '--record', join(dir, 'en.json')]);
    const ru = await run('simulate', ['village', '--json', '--lang', 'ru', '--record', join(dir, 'ru.json')]);
    expect(ru.code).toBe(0);
    expect(ru.out).toBe(en.out);
    expect(readFileSync(join(dir, 'ru.json'), 'utf8')).toBe(readFileSync(join(dir, 'en.json'), 'utf8'));
  });

  it('says errors in Russian with the same exit codes', async () => {
    const missing = await run('simulate', ['nowhere.json', '--lang', 'ru']);
    const missingEn = await run('simulate', ['nowhere.json']);
    expect([missing.code, missingEn.code]).toEqual([2, 2]);
    expect(missing.err).toBe('simulate: nowhere.json: не удаётся прочитать файл (нет такого файла)\n');
    const bad = await run('simulate', ['village', '--seed', '', '--lang', 'ru']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--seed: должно быть от 1 до 64 символов/);
    expect((await run('simulate', ['village', '--lang', 'xx'])).code).toBe(2);
    const verifyMissing = await run('verify', ['nowhere.json', '--lang', 'ru']);
    expect(verifyMissing.code).toBe(2);
    expect(verifyMissing.err).toMatch(/не удаётся прочитать файл/);
  });

  it('verify reports in Russian, exit 0; help is Russian for all three commands, run as commands', async () => {
    const v = await run('verify', [join(dir, 'en.json'), '--lang', 'ru']);
    expect(v.code).toBe(0);
    expect(v.out).toMatch(/^проверено: \d+ из \d+ проверок/m);
    expect(v.out).toContain('Проверки по округам');
    for (const script of ['simulate', 'verify', 'sweep']) {
      expect((await run(script, ['--help', '--lang', 'ru'])).out).toMatch(/^Использование: npm run/);
      expect(spawned(script, ['--help', '--lang', 'ru']).out).toMatch(/^Использование: npm run/);
    }
  });
});
