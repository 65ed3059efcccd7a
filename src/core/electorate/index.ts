/**
 * Takes a Scenario, gives the Electorate: districts, precincts and voters with the attributes that
 * matter (age band, preference, digital habit, workplace pressure, turnout), in typed-array
 * columns, so that a city of seven million voters fits.
 */
export * from './electorate.ts';
