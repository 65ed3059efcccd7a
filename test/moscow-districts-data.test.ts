/**
 * public/data/moscow-2021-districts.csv against what it says it is: its online figures are the shipped series'
 * (recomputed here), its names are the series' in the page's one transliteration, and its parties and candidates
 * are the moscow-2021 preset's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseVoteSeries, summarizeSeries } from '../src/core/index.ts';
import { findPreset } from '../src/content/presets/index.ts';
import { transliterate } from '../src/i18n/names.ts';

const [header, ...lines] = readFileSync('public/data/moscow-2021-districts.csv', 'utf8').trim().split('\n');
const cols = header.split(',');
const rows = lines.map((line) => {
  const cells = line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, '').replace(/^"|"$/g, ''));
  return Object.fromEntries(cols.map((c, i) => [c, cells[i]]));
});
const parsed = parseVoteSeries(readFileSync('public/data/moscow-2021-online-20min.csv', 'utf8'));
if (!('series' in parsed)) throw new Error('the shipped series does not parse');
const summary = summarizeSeries(parsed.series);

describe('moscow-2021-districts.csv', () => {
  it('gives, online, the series’ two leading candidates with their shares and ballots', () => {
    for (const r of rows.filter((x) => x.channel === 'online')) {
      const top = summary.find((d) => d.id === Number(r.district))!.top[r.role === 'winner' ? 0 : 1];
      expect(top.name).toBe(r.candidate_ru);
      expect(Math.abs(top.share * 100 - Number(r.share_pct))).toBeLessThan(0.051);
      const district = parsed.series.districts.find((d) => d.id === Number(r.district))!;
      expect(district.candidates.find((c) => c.name === r.candidate_ru)!.total).toBe(Number(r.votes));
    }
  });

  it('writes each name in the page’s transliteration, given name first', () => {
    for (const r of rows) {
      const [surname, given] = r.candidate_ru.split(' ');
      expect(r.candidate).toBe(`${transliterate(given)} ${transliterate(surname[0] + surname.slice(1).toLowerCase())}`);
    }
  });

  it('names the preset’s candidates and parties, and says what kind of figure each paper share is', () => {
    const moscow = findPreset('moscow-2021')!;
    for (const r of rows) {
      const d = moscow.districts!.find((x) => x?.id === Number(r.district))!;
      expect(d.candidates?.[r.party]).toBe(r.candidate);
      expect(r.channel === 'online' ? ['series'] : ['published', 'derived', 'fallback']).toContain(r.figure);
    }
  });
});
