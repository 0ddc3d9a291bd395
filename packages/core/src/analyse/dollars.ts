/**
 * The dollars a bare "$" may be. Analysis gives a bare "$" the dollar of the one country a
 * report's places lie in (`localDollar` in `index.ts`), and alignment lets a bare "$" a report
 * left unnamed stand for any of them (`sameMoneyUnit` in `align/facts.ts`); both read this table.
 */

/** Countries whose own dollar a bare "$" means in their press. */
export const LOCAL_DOLLAR: Readonly<Record<string, string>> = { AU: 'AUD', NZ: 'NZD', CA: 'CAD', HK: 'HKD', SG: 'SGD' };

/** Every dollar a bare "$" may be: the US dollar and the local ones. */
export const DOLLARS: ReadonlySet<string> = new Set(['USD', ...Object.values(LOCAL_DOLLAR)]);

/** "$6.40" with no letters before the sign ("A$", "US$", "NZ$" name their dollar). */
const BARE_DOLLAR = /(?:^|[^\p{L}.])\$\s?\d/u;

/** Is a sum's text a bare "$" that names no country? */
export const isBareDollar = (text: string): boolean => BARE_DOLLAR.test(text);
