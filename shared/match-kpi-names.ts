import { kpiNameKey } from './kpi-name-key';

/** How pasted metric names line up with the KPI names of a sheet. */
export interface KpiNameMatches {
  /** For each pasted name (same index), the index of the sheet name it matched, or null. */
  sheetIndex: (number | null)[];
  /** How many pasted names matched a sheet name. */
  matched: number;
  /** Pasted names (not blank) that matched no sheet name, in paste order; a repeated name is listed again. */
  unmatched: string[];
  /** Sheet names that no pasted name matched, in sheet order. */
  missing: string[];
}

/** An account code in front of a label: `61011 - Salaries`, `4000 Sales`, `1.2.3: Margin`. */
const ACCOUNT_CODE = /^\d[\d.]*\s*(?:[-–—:]\s*)?(?=\S)/u;

/**
 * Matches pasted metric names to a sheet's KPI names, by `kpiNameKey` (case-insensitive, spacing and
 * a trailing colon ignored). Each sheet name takes at most one pasted name (the first). Names still
 * unmatched are then compared with a leading account code removed (`61011 - Salaries` ~ `Salaries`),
 * when that gives exactly one candidate. Blank names match nothing and are not listed.
 *
 * @example
 * matchKpiNames(['Revenue', 'Churn'], ['churn', 'Cost']).sheetIndex // [1, null]
 */
export function matchKpiNames(sheetNames: readonly string[], pastedNames: readonly string[]): KpiNameMatches {
  const sheetIndex: (number | null)[] = pastedNames.map(() => null);
  const taken = new Set<number>();
  const byKey = new Map<string, number>();
  sheetNames.forEach((name, i) => {
    const key = kpiNameKey(name);
    if (key && !byKey.has(key)) byKey.set(key, i);
  });
  pastedNames.forEach((name, p) => {
    const s = byKey.get(kpiNameKey(name));
    if (s !== undefined && !taken.has(s)) {
      sheetIndex[p] = s;
      taken.add(s);
    }
  });

  // Second pass: without account codes, only where it is unambiguous.
  const stripped = (name: string): string => kpiNameKey(kpiNameKey(name).replace(ACCOUNT_CODE, ''));
  const free = new Map<string, number[]>();
  sheetNames.forEach((name, i) => {
    if (taken.has(i)) return;
    const key = stripped(name);
    if (key) free.set(key, [...(free.get(key) ?? []), i]);
  });
  const wanted = new Map<string, number[]>();
  pastedNames.forEach((name, p) => {
    if (sheetIndex[p] !== null) return;
    const key = stripped(name);
    if (key) wanted.set(key, [...(wanted.get(key) ?? []), p]);
  });
  for (const [key, pasted] of wanted) {
    const candidates = free.get(key);
    if (pasted.length === 1 && candidates?.length === 1) {
      sheetIndex[pasted[0]!] = candidates[0]!;
      taken.add(candidates[0]!);
    }
  }

  const unmatched = pastedNames.filter((name, p) => sheetIndex[p] === null && kpiNameKey(name) !== '').map((name) => String(name).trim());
  const missing = sheetNames.filter((name, i) => !taken.has(i) && kpiNameKey(name) !== '').map((name) => String(name).trim());
  return { sheetIndex, matched: taken.size, unmatched, missing };
}
