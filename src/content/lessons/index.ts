/** The guided path, in the order a class takes it. */
import { coercion } from './coercion.ts';
import { earlyReceipts } from './early-receipts.ts';
import { howManyCheck } from './how-many-check.ts';
import type { Lesson } from './lesson.ts';
import { paperAudit } from './paper-audit.ts';
import { paperRecount } from './paper-recount.ts';
import { realStream } from './real-stream.ts';
import { recounts } from './recounts.ts';
import { twoCities } from './two-cities.ts';
import { verifyEverything } from './verify-everything.ts';
import { whoSeesRevotes } from './who-sees-revotes.ts';

export type { Lesson, LessonRun, LessonView } from './lesson.ts';

export const lessons: readonly Lesson[] = [recounts, whoSeesRevotes, coercion, twoCities, earlyReceipts, howManyCheck, paperRecount, paperAudit, verifyEverything, realStream];

export const findLesson = (id: string): Lesson | undefined => lessons.find((l) => l.id === id);
