/**
 * Choosing a scenario: the scenario editor with one control per knob (scenario-knobs.ts reads them
 * from the schema), the seed picker, scenario files in and out, and the helper that keeps a control
 * in step with its value.
 */
export * from './random-seed.ts';
export * from './scenario-editor.ts';
export * from './scenario-file.ts';
export * from './scenario-knobs.ts';
export * from './sync-value.ts';
