/**
 * The closed forms behind the numbers the page claims: the hypergeometric chance that receipt
 * checkers miss an attack and the largest manipulation that would go unseen at 95 %, and least
 * squares for the forensics. Pure functions of numbers.
 */
export * from './least-squares.ts';
export * from './stats.ts';
