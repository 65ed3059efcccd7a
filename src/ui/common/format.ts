/** Number formatting for the page, in the language in use (src/i18n/format.ts), the same everywhere. */
export { formatCount, formatNumber, formatPercent, formatPoints, formatWallTime, formatZonedTime, zoneName } from '../../i18n/format.ts';
