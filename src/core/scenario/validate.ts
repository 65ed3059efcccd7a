/**
 * Scenario validation: the schema's per-field checks, then the rules that tie fields together
 * (ids unique, references resolve, times in order). Every issue names its field path and reason.
 */
import { conform, type Issue } from './schema.ts';
import { FIRST_YEAR, LAST_YEAR, MAX_CHECKPOINTS, scenarioSchema, type Scenario } from './scenario.ts';
import { isRealLocalTime, localToUtcMs } from '../base/time.ts';

/** Most voters one run may hold: the engine's columns for 10 M voters need ~0.2 GB. */
export const MAX_VOTERS = 10_000_000;

/**
 * The largest scenario file read (the page's import and the command line): the largest scenario the schema
 * accepts (250 districts naming 32 candidates each) is under 1 MB, indented.
 */
export const MAX_SCENARIO_BYTES = 8 * 1024 * 1024;

/** A scenario that cannot run; `issues` lists every problem found, the message shows the first. */
export class ScenarioError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
    super(`${issues[0].path}: ${issues[0].message}${more}`);
    this.name = 'ScenarioError';
    this.issues = issues;
  }
}

/** Checks an input (parsed JSON, a preset, a link) and completes it with defaults. Narrow on `ok`. */
export function checkScenario(input: unknown): { ok: true; scenario: Scenario; issues: [] } | { ok: false; scenario: undefined; issues: Issue[] } {
  const issues: Issue[] = [];
  const scenario = conform(scenarioSchema, input, '', issues) as Scenario | undefined;
  if (issues.length === 0 && scenario) crossCheck(scenario, issues);
  return issues.length === 0 ? { ok: true, scenario: scenario!, issues: [] } : { ok: false, scenario: undefined, issues };
}

/** Like checkScenario, but throws a ScenarioError. */
export function parseScenario(input: unknown): Scenario {
  const checked = checkScenario(input);
  if (!checked.ok) throw new ScenarioError(checked.issues);
  return checked.scenario;
}

function crossCheck(s: Scenario, issues: Issue[]): void {
  const say = (path: string, message: string) => issues.push({ path, message });
  const partyIds = new Set<string>();
  s.parties.forEach((p, i) => {
    if (partyIds.has(p.id)) say(`parties[${i}].id`, `must be unique, got ${JSON.stringify(p.id)} twice`);
    partyIds.add(p.id);
  });
  for (let band = 0; band < 3; band++) {
    if (s.parties.every((p) => p.support[band] === 0)) say(`parties`, `some party needs support in age band ${band + 1}, got all zeros`);
  }
  const districtIds = new Set<number>();
  let voters = 0;
  s.districts.forEach((d, i) => {
    if (districtIds.has(d.id)) say(`districts[${i}].id`, `must be unique, got ${d.id} twice`);
    districtIds.add(d.id);
    voters += d.registered;
    for (const key of Object.keys(d.lean)) {
      if (!partyIds.has(key)) say(`districts[${i}].lean.${key}`, `must name a party id (${[...partyIds].join(', ')})`);
    }
    for (const key of Object.keys(d.candidates)) {
      if (!partyIds.has(key)) say(`districts[${i}].candidates.${key}`, `must name a party id (${[...partyIds].join(', ')})`);
    }
    for (const key of Object.keys(d.support)) {
      if (!partyIds.has(key)) say(`districts[${i}].support.${key}`, `must name a party id (${[...partyIds].join(', ')})`);
    }
    const here = (band: number) => s.parties.some((p) => (Object.hasOwn(d.support, p.id) ? d.support[p.id] : p.support)[band] > 0);
    for (let band = 0; band < 3; band++) {
      if (!here(band)) say(`districts[${i}].support`, `leaves no party with support in age band ${band + 1} here`);
    }
    if (d.mobilisedFor !== '' && !partyIds.has(d.mobilisedFor)) {
      say(`districts[${i}].mobilisedFor`, `must name a party id (${[...partyIds].join(', ')}) or be empty, got ${JSON.stringify(d.mobilisedFor)}`);
    }
  });
  if (voters > MAX_VOTERS) say('districts', `must hold at most ${MAX_VOTERS.toLocaleString('en-US')} registered voters in all, got ${voters}`);

  const e = s.electorate;
  if (e.precinctMin > e.precinctMax) say('electorate.precinctMin', `must not exceed electorate.precinctMax (${e.precinctMax}), got ${e.precinctMin}`);
  if (e.ageShares.every((x) => x === 0)) say('electorate.ageShares', 'must have a positive share, got all zeros');

  const m = s.mobilisation;
  const pressured = m.shareByAge.some((x) => x > 0);
  if (pressured && !partyIds.has(m.party)) {
    say('mobilisation.party', `must name a party id when any voter is pressured, got ${JSON.stringify(m.party)}`);
  }

  const times: [string, string][] = [
    ['online.opens', s.online.opens],
    ['online.closes', s.online.closes],
    ['paper.closes', s.paper.closes],
  ];
  let timesReal = true;
  for (const [path, value] of times) {
    if (!isRealLocalTime(value)) {
      timesReal = false;
      say(path, `must be a real calendar time, got ${JSON.stringify(value)}`);
    } else if (Number(value.slice(0, 4)) < FIRST_YEAR || Number(value.slice(0, 4)) > LAST_YEAR) {
      timesReal = false;
      say(path, `must fall in the years ${FIRST_YEAR} to ${LAST_YEAR} (the record keeps times as unsigned 32-bit Unix seconds), got ${JSON.stringify(value)}`);
    }
  }
  if (timesReal) {
    const off = s.timeZone.utcOffsetMinutes;
    const opens = localToUtcMs(s.online.opens, off);
    const closes = localToUtcMs(s.online.closes, off);
    if (closes <= opens) say('online.closes', `must be after online.opens (${s.online.opens}), got ${JSON.stringify(s.online.closes)}`);
    else {
      const days = onlineDays(s);
      if (days > 14) say('online.closes', `voting window must span at most 14 days, got ${days}`);
      else if (s.online.dayShares.length < days) {
        say('online.dayShares', `must give a share for each of the ${days} days of the voting window, got a list of ${s.online.dayShares.length}`);
      } else if (s.online.dayShares.slice(0, days).every((x) => x === 0)) say('online.dayShares', 'must have a positive share, got all zeros');
      const hours = Math.ceil((closes - opens) / 3_600_000);
      const w = s.online.hourlyWeights;
      if (w.length > 0 && w.length !== hours) say('online.hourlyWeights', `must give a weight for each of the ${hours} hours of the voting window (or none), got a list of ${w.length}`);
      else if (w.length > 0 && w.every((x) => x === 0)) say('online.hourlyWeights', 'must have a positive weight, got all zeros');
    }
    const every = s.verifiability.checkpointEveryHours;
    const windowSeconds = Math.round((closes - opens) / 1000);
    if (every > 0 && windowSeconds > 0) {
      // The run signs a head at every multiple of the interval strictly inside the window (src/core/run/integrity.ts).
      const checkpoints = Math.ceil(windowSeconds / (every * 3600)) - 1 + (s.verifiability.checkpointAtClose ? 1 : 0);
      if (checkpoints > MAX_CHECKPOINTS) {
        const hours = windowSeconds / 3600;
        say(
          'verifiability.checkpointEveryHours',
          `must leave at most ${MAX_CHECKPOINTS} checkpoints in the ${+hours.toFixed(2)}-hour voting window (every ${+(Math.ceil((hours / MAX_CHECKPOINTS) * 100) / 100).toFixed(2)} h or more), got ${every} (${checkpoints} checkpoints)`,
        );
      }
    }
    if (localToUtcMs(s.paper.closes, off) < closes) {
      say('paper.closes', `must not be before online.closes (${s.online.closes}), got ${JSON.stringify(s.paper.closes)}`);
    }
  }
  s.adversary.attacks.forEach((a, i) => {
    if (!partyIds.has(a.beneficiary)) say(`adversary.attacks[${i}].beneficiary`, `must name a party id (${[...partyIds].join(', ')}), got ${JSON.stringify(a.beneficiary)}`);
    a.districts.forEach((id, j) => {
      if (!districtIds.has(id)) say(`adversary.attacks[${i}].districts[${j}]`, `must name a district id, got ${id}`);
    });
  });
  const x = s.e2e;
  if (x.threshold > x.trustees) say('e2e.threshold', `must not exceed e2e.trustees (${x.trustees}), got ${x.threshold}`);
  if (x.refusingTrustees + x.cheatingTrustees > x.trustees) {
    say('e2e.cheatingTrustees', `refusing plus cheating trustees must not exceed e2e.trustees (${x.trustees}), got ${x.refusingTrustees} + ${x.cheatingTrustees}`);
  }
  if (x.enabled && !s.online.enabled) say('e2e.enabled', 'needs online.enabled: only online ballots are encrypted');
  s.adversary.attacks.forEach((a, i) => {
    if (a.kind === 'compromised-client' && a.when !== 'during-voting') say(`adversary.attacks[${i}].when`, 'must be "during-voting" for a compromised client (it cheats as the voter votes)');
  });
  if (s.paper.protocolHoursMin > s.paper.protocolHoursMax) {
    say('paper.protocolHoursMin', `must not exceed paper.protocolHoursMax (${s.paper.protocolHoursMax}), got ${s.paper.protocolHoursMin}`);
  }
}

/** Calendar days (local) the online voting window touches. */
export function onlineDays(s: Scenario): number {
  const dayOf = (local: string) => Math.floor(localToUtcMs(local.slice(0, 10) + 'T00:00', 0) / 86_400_000);
  const end = s.online.closes.endsWith('T00:00') ? dayOf(s.online.closes) - 1 : dayOf(s.online.closes);
  return end - dayOf(s.online.opens) + 1;
}
