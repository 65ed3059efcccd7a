/**
 * Writes docs/lessons.md from src/content/lessons, so the teacher's handout says exactly what the
 * page's lesson mode and the lesson tests say (test/docs.test.ts fails when the file is stale).
 * `npm run docs` regenerates it.
 */
import { lessons } from '../../src/content/lessons/index.ts';
import { findPreset } from '../../src/content/presets/index.ts';

export function lessonsDoc(): string {
  const out = [
    '# Lessons: a guided path through Tally Lab',
    '',
    '<!-- Generated from src/content/lessons by `npm run docs`; edit the lessons, not this file. -->',
    '',
    'Each lesson starts from a preset, asks the class a question, moves one knob, says where to look, and ends with a',
    'takeaway. In the page, press **Lessons**: the guide loads each preset and moves each knob for you (the link in the',
    'address reproduces every step). `test/lessons*.test.ts` hold each takeaway over 20 seeds: the claims below are',
    'checked, not hoped for.',
    '',
  ];
  lessons.forEach((l, i) => {
    out.push(
      `## ${i + 1}. ${l.title}`,
      '',
      `**Question.** ${l.question}`,
      '',
      `**Start from** \`${l.preset}\`: ${findPreset(l.preset)?.description ?? ''}`,
      '',
      `**Move** \`${l.move.knob}\`: ${l.move.label}. Changes: \`${JSON.stringify(l.move.changes)}\`.`,
      '',
      `**Watch** (${l.watch.view}): ${l.watch.what}`,
      '',
      `**Takeaway.** ${l.takeaway}`,
      '',
    );
  });
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { writeFileSync } = await import('node:fs');
  writeFileSync('docs/lessons.md', lessonsDoc());
  console.log('wrote docs/lessons.md');
}
