/** The sweeps shipped with Tally Lab (src/content/sweeps/), by name, as their files give them. */
import receiptChecks from '../../../content/sweeps/receipt-checks.json';

export const SHIPPED_SWEEPS: Readonly<Record<string, unknown>> = { 'receipt-checks': receiptChecks };
