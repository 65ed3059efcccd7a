/**
 * Shared by every stage and knowing nothing of elections: named random streams seeded from (seed,
 * label), so that one stage's knobs never reshuffle another's draws; Walker's alias sampler; and
 * clock helpers that turn scenario-local times into whole seconds and UTC instants without reading
 * the machine's clock.
 */
export * from './alias.ts';
export * from './random.ts';
export * from './time.ts';
