/**
 * A page for testing components on their own (test/e2e/harness.html, served by the tests' Vite
 * server). It mounts <night-replay> and <ledger-explorer> with data the test hands over through
 * `window.harness`: a SimulationResult computed in Node, a synthetic ledger of any size generated
 * on the fly, or a real ledger from a run simulated here in the page (fine for a test harness; the
 * app runs the engine in its worker).
 */
import { simulate, type ScenarioInput, type SimulationResult } from '../../src/core/index.ts';
import '../../src/ui/views/ledger/ledger-explorer.ts';
import type { LedgerExplorer } from '../../src/ui/views/ledger/ledger-explorer.ts';
import type { ChainStatus, LedgerRow, LedgerSource } from '../../src/core/inspect/ledger-source.ts';
import '../../src/ui/views/night/night-replay.ts';
import type { NightReplay } from '../../src/ui/views/night/night-replay.ts';
import { ledgerRows } from '../../src/core/inspect/ledger-rows.ts';

const stage = document.getElementById('stage')!;

function setTitle(text: string): void {
  document.getElementById('title')!.textContent = text;
}

/** 64 hex digits that depend only on `n` (a stand-in for an entry's hash). */
function fakeHash(n: number): string {
  if (n < 0) return '0'.repeat(64);
  let out = '';
  let x = (n + 1) * 2654435761;
  for (let i = 0; i < 8; i++) {
    x = Math.imul(x ^ (x >>> 15), 2246822507) ^ Math.imul(x ^ (x >>> 13), 3266489909) ^ (n + i * 7919);
    out += (x >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const DISTRICTS = ['Babushkinsky', 'Kuntsevsky', 'Leningradsky', 'Lyublinsky', 'Medvedkovsky', 'Nagatinsky', 'Novomoskovsky', 'Orekhovo-Borisovsky', 'Perovsky', 'Preobrazhensky', 'Tushinsky', 'Khovrinsky', 'Tsentralny', 'Cheremushkinsky', 'Chertanovsky'];
const CHOICES = [
  ['Yevgeny Popov', 'United Russia'],
  ['Mikhail Lobanov', 'CPRF'],
  ['LDPR candidate', 'LDPR'],
  ['Yabloko candidate', 'Yabloko'],
];
const OPENS_MS = Date.UTC(2021, 8, 17, 8, 0, 0);
const CHECKPOINT_EVERY = 100_000;

export interface SyntheticSource extends LedgerSource {
  /** Every request made, as [start, end). */
  readonly requests: [number, number][];
}

/**
 * A ledger of `count` made-up entries, generated on request after `delayMs` (as if from a worker).
 * Every 97th entry is an injected re-vote and the entry before it superseded (teacher view), and a
 * checkpoint covers every 100,000 entries.
 */
export function syntheticSource(count: number, delayMs = 10): SyntheticSource {
  const requests: [number, number][] = [];
  const row = (i: number, teacher: boolean): LedgerRow => {
    const seconds = Math.floor(i * 0.12);
    const d = (i * 7) % DISTRICTS.length;
    const [choice, party] = CHOICES[(i * 13) % 7 < 4 ? 0 : (i % 3) + 1];
    const injected = i % 97 === 96;
    const base: LedgerRow = {
      index: i,
      localTime: new Date(OPENS_MS + seconds * 1000).toISOString().slice(0, 19).replace('T', ' '),
      districtId: 196 + d,
      districtName: DISTRICTS[d],
      token: fakeHash(i * 31 + 7).slice(0, 16),
      choice: injected ? CHOICES[0][0] : choice,
      party: injected ? CHOICES[0][1] : party,
      hash: fakeHash(i),
      prevHash: fakeHash(i - 1),
      ...(i % CHECKPOINT_EVERY === CHECKPOINT_EVERY - 1
        ? { checkpoints: [{ number: (i + 1) / CHECKPOINT_EVERY, localTime: new Date(OPENS_MS + (seconds + 1) * 1000).toISOString().slice(0, 16).replace('T', ' '), count: i + 1, headMatches: true }] }
        : {}),
    };
    if (!teacher) return base;
    const superseded = i % 97 === 95;
    return {
      ...base,
      teacher: {
        voterIndex: (i * 48271) % 7_000_000,
        origin: injected ? 'injected re-vote' : 'honest',
        tamper: null,
        superseded,
        state: superseded ? 'superseded' : 'counted',
      },
    };
  };
  return {
    count,
    requests,
    async rows(start, end, teacher) {
      requests.push([start, end]);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      const out: LedgerRow[] = [];
      for (let i = Math.max(0, start); i < Math.min(count, end); i++) out.push(row(i, teacher));
      return out;
    },
  };
}

/** A real run's published ledger, as the worker would serve it. */
function realSource(input: ScenarioInput, seed: string): { source: LedgerSource; chainStatus: ChainStatus | undefined; result: SimulationResult } {
  const run = simulate(input, { seed });
  const chain = run.result.evidence.find((e) => e.check === 'chain-walk');
  return {
    source: {
      count: run.integrity.published.count,
      rows: async (start, end, teacher) => ledgerRows(run, start, end, teacher),
    },
    chainStatus: chain && { status: chain.status, detail: chain.detail, what: chain.what },
    result: run.result,
  };
}

const harness = {
  syntheticSource,

  mountLedger(options: { count: number; delayMs?: number; teacher?: boolean; chainStatus?: ChainStatus }): LedgerExplorer {
    setTitle(`Ledger explorer: ${options.count.toLocaleString('en-US')} synthetic entries`);
    const el = document.createElement('ledger-explorer');
    el.source = syntheticSource(options.count, options.delayMs);
    el.teacher = !!options.teacher;
    el.chainStatus = options.chainStatus;
    stage.replaceChildren(el);
    return el;
  },

  mountRealLedger(input: ScenarioInput, seed: string, teacher: boolean): { count: number; attacks: number } {
    const { source, chainStatus, result } = realSource(input, seed);
    setTitle(`Ledger explorer: ${result.scenarioName}, seed “${seed}”`);
    const el = document.createElement('ledger-explorer');
    el.source = source;
    el.teacher = teacher;
    el.chainStatus = chainStatus;
    stage.replaceChildren(el);
    return { count: source.count, attacks: result.attacks.reduce((a, x) => a + x.ballots, 0) };
  },

  mountReplay(result: SimulationResult): NightReplay {
    setTitle(`Night replay: ${result.scenarioName}, seed “${result.seed}”`);
    const el = document.createElement('night-replay');
    el.result = result;
    stage.replaceChildren(el);
    return el;
  },

  ledger(): LedgerExplorer {
    return stage.querySelector('ledger-explorer')!;
  },
};

declare global {
  interface Window {
    harness: typeof harness;
  }
}

window.harness = harness;
document.body.dataset.ready = 'true';
