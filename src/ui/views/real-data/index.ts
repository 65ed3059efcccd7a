/**
 * The Real data tab: the real Moscow 2021 online vote, bin by bin, beside the simulated run's, for
 * a chosen district.
 */
export * from './real-series-view.ts';
