import type { Cell, ColumnConcept } from './types';
import { cellText } from './cell-text';
import { columnConcept, normalizeHeader } from './column-concept';
import { parsePeriod } from './parse-period';

const SCAN_ROWS = 40;

/**
 * The 0-based index of the header row: among the first rows, the one naming the most known columns
 * (at least two); title rows above it are passed over. -1 when no row looks like a header.
 * `overrides` are header texts the team mapped in settings (`column: Owner` → `DRI`).
 */
export function findHeaderRow(values: readonly (readonly Cell[])[], overrides: Partial<Record<ColumnConcept, string>> = {}): number {
  const extra = new Set(Object.values(overrides).filter((v): v is string => !!v).map(normalizeHeader));
  let best = -1;
  let bestScore = 1;
  const limit = Math.min(values.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = values[r]!;
    const seen = new Set<string>();
    let numbers = 0;
    let periods = 0;
    for (const cell of row) {
      if (typeof cell === 'number' && !periodNumber(cell)) numbers++;
      if (typeof cell !== 'string') continue;
      const text = cellText(cell);
      if (!text || text.length > 60) continue;
      const concept = extra.has(normalizeHeader(text)) ? `override:${normalizeHeader(text)}` : columnConcept(text) ?? (isTypeHeader(text) ? 'type' : null);
      if (concept) seen.add(concept);
      else if (periodHeader(text)) periods++;
    }
    // A wide KPI sheet's period headers (`Jan`, `Feb`, `2026-03`, `Q1`...) count as one known column.
    if (periods >= 2) seen.add('periods');
    const score = seen.size - numbers;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

/** A period header: `Jan`, `2026-03`, `Q1 2026`, or a period in parentheses (`Amount (Jun 2025)`). */
function periodHeader(text: string): boolean {
  if (text.length <= 24 && parsePeriod(text, { year: 2000 })) return true;
  const inner = /\(([^)]+)\)/.exec(text);
  return inner !== null && parsePeriod(inner[1]!, { year: 2000 }) !== null;
}

/**
 * Whether a number in a header row can be a period header: a year (`2026`) or a Sheets serial date
 * (the Sheets API sends a date header such as `Jan 2026` as 46023).
 */
export function periodNumber(cell: number): boolean {
  return Number.isInteger(cell) && ((cell >= 1900 && cell <= 2200) || (cell >= 36_526 && cell <= 73_051));
}

const TYPE_HEADERS = new Set(['type', 'typ', 'tipo', 'category', 'kategorie', 'catégorie', 'goal type', 'okr type', 'objective type', 'kind', 'level']);

/** Headers like `Type` whose meaning (commitment, KR kind, row type or level) the column's values decide. */
export function isTypeHeader(text: string): boolean {
  return TYPE_HEADERS.has(normalizeHeader(text));
}
