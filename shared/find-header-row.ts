import type { Cell, ColumnConcept } from './types';
import { cellText } from './cell-text';
import { columnConcept, normalizeHeader } from './column-concept';

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
    for (const cell of row) {
      if (typeof cell === 'number') numbers++;
      if (typeof cell !== 'string') continue;
      const text = cellText(cell);
      if (!text || text.length > 60) continue;
      const concept = extra.has(normalizeHeader(text)) ? `override:${normalizeHeader(text)}` : columnConcept(text) ?? (isTypeHeader(text) ? 'type' : null);
      if (concept) seen.add(concept);
    }
    const score = seen.size - numbers;
    if (score > bestScore) {
      best = r;
      bestScore = score;
    }
  }
  return best;
}

const TYPE_HEADERS = new Set(['type', 'typ', 'tipo', 'category', 'kategorie', 'catégorie', 'goal type', 'okr type', 'objective type', 'kind']);

/** Headers like `Type` whose meaning (commitment, KR kind, row type or level) the column's values decide. */
export function isTypeHeader(text: string): boolean {
  return TYPE_HEADERS.has(normalizeHeader(text));
}
