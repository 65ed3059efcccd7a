/**
 * The Results tab: the verdict banner, the district table (who led on paper, who won, which
 * districts flipped, each verdict), the evidence panel with every check in plain words and the
 * paper audit's lines, the teacher panel (the truth beside the published result), and what the
 * verifiable mode cost.
 */
export * from './crypto-cost.ts';
export * from './district-table.ts';
export * from './evidence-groups.ts';
export * from './evidence-panel.ts';
export * from './paper-audit-lines.ts';
export * from './teacher-panel.ts';
export * from './verdict-banner.ts';
