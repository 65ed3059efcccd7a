/**
 * Shared by every element: the theme (colours, spacing and type as CSS custom properties), the
 * badge style, number formatting, and the words for verdicts, checks and attacks.
 */
export * from './badge.styles.ts';
export * from './download.ts';
export * from './form-controls.styles.ts';
export * from './format.ts';
export * from './scroll-region.styles.ts';
export * from './theme.styles.ts';
export * from './verdict-labels.ts';
