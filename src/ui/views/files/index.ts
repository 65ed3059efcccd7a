/**
 * The Files tab: the result (JSON), the districts (CSV), the election record and receipts for `npm
 * run verify`, and the scenario, to download; and a scenario file to import.
 */
export * from './districts-csv.ts';
export * from './file-panel.ts';
