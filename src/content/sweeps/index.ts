/**
 * The sweeps shipped with Tally Lab, by name, as their files give them: the page's Sweeps tab offers
 * them, and `npm run sweep -- <name>` runs one without a path.
 */
import receiptChecks from './receipt-checks.json' with { type: 'json' };

export const SHIPPED_SWEEPS: Readonly<Record<string, unknown>> = { 'receipt-checks': receiptChecks };
