/**
 * Takes the evidence, gives each district's verdict: tampering-detected when an independent check
 * failed, verified (with the largest manipulation that would have gone unnoticed at 95 %) when
 * every part of the count was independently checked, unverifiable otherwise.
 */
export * from './verdict.ts';
