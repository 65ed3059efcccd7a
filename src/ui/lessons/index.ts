/**
 * The lesson guide a teacher steps through: each lesson (its content is in src/content/lessons)
 * loads a preset, asks a question, moves one knob and says where to look, then shows the takeaway.
 */
export * from './lesson-guide.ts';
