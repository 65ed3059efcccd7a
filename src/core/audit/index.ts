/**
 * Checking paper without counting it all: BRAVO, a ballot-polling risk-limiting audit (bravo.ts),
 * with a public-seed sampler anyone can re-draw (audit-sampler.ts), run per district by the
 * auditors on the boxes as they physically are (paper-audit.ts).
 */
export * from './audit-sampler.ts';
export * from './bravo.ts';
export * from './paper-audit.ts';
