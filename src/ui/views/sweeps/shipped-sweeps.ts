/** The sweeps shipped with Tally Lab (simulations/sweeps/), by name, as their files give them. */
import receiptChecks from '../../simulations/sweeps/receipt-checks.json';

export const SHIPPED_SWEEPS: Readonly<Record<string, unknown>> = { 'receipt-checks': receiptChecks };
