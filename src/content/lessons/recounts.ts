import { districtOf, failures, type Lesson } from './lesson.ts';

/** Moscow 2021: the online result was "recounted" — the operator counted its own database again. */
export const recounts: Lesson = {
  id: 'recounts',
  title: 'Four recounts of the same database',
  question: 'Re-votes were injected in Old Town and it flipped. If the operator recounts the online ballots three more times, will the recounts find it?',
  preset: 'classroom-injected',
  move: { knob: 'release.onlineReleases', label: 'Publish the online result four times (three recounts)', changes: { release: { onlineReleases: 4 } } },
  watch: { view: 'night', what: 'The online releases on the night’s timeline, and Old Town’s winner and verdict.' },
  takeaway:
    'Every recount repeats the same numbers, because it counts the same database the attacker already changed. Recounting what the operator stored can only show that its arithmetic is consistent; it cannot show that the stored ballots are the ones voters cast.',
  check: (runs) =>
    failures(runs, ({ after }) => {
      const releases = after.timeline.steps.filter((s) => s.kind === 'online');
      if (releases.length !== 4) return `expected 4 online releases, got ${releases.length}`;
      const first = JSON.stringify(releases[0].counts);
      if (releases.some((s) => JSON.stringify(s.counts) !== first)) return 'the recounts changed the numbers';
      const oldTown = districtOf(after, 1);
      if (oldTown.publishedWinner === oldTown.truthWinner) return 'Old Town did not flip';
      if (after.districts.some((d) => d.verdict.status === 'tampering-detected')) return 'a recount detected the attack';
      return null;
    }),
};
