/**
 * The knobs of a run. schema.ts declares each knob once (type, range, default, meaning);
 * scenario.ts derives the Scenario type and its defaults; validate.ts checks an input against the
 * schema and the rules that tie fields together, naming the field in every error; knob-path.ts
 * reads and writes knobs by path. Takes JSON, gives a validated Scenario.
 */
export * from './knob-path.ts';
export * from './scenario.ts';
export * from './schema.ts';
export * from './validate.ts';
