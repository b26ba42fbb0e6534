import type { Cell, ColumnConcept } from './types';
import { isDateCell } from './is-date-cell';
import { cellText } from './cell-text';
import { columnConcept, normalizeHeader } from './column-concept';
import { isTypeHeader } from './find-header-row';
import { keyResultKind } from './key-result-kind';
import { parsePeriod, type Period } from './parse-period';
import { parseDateDay } from './parse-date';

export interface ColumnMap {
  columns: Partial<Record<ColumnConcept, number>>;
  headers: string[];
  /** Period columns of a wide KPI sheet, oldest first, with the period each names. */
  periods: { index: number; label: string; period: Period | null }[];
  /** The current column holds percent complete (`Progress`, `Completion`). */
  currentIsProgress: boolean;
}

const COMMITMENT = /^(committed?|commitment|aspirational|aspiration|stretch|moonshot|roofshot|roof shot|verbindlich|ambitioniert|engagé|engage|ambitieux|comprometido|aspiracional)$/i;
const ROW_TYPE = /^(objective|objectives|goal|goals|o|obj|key ?result|key ?results|kr|krs|milestone|sub-?goal|theme|strategic theme)$/i;
const LEVEL = /^(company|department|team|individual|personal|project|strategic theme|division|org|organization|organisation|unit)$/i;
const PROGRESS_HEADER = /^(progress|completion|percent complete|% complete|complete|fortschritt|progression|progreso|progresso|avancement)$/;

/**
 * Maps header cells to concepts (synonyms, then the team's overrides), decides `Type`-like columns by their
 * values (commitment, KR kind, row type or level), and finds the period columns of a wide KPI sheet.
 */
export function mapColumns(
  values: readonly (readonly Cell[])[],
  headerIndex: number,
  overrides: Partial<Record<ColumnConcept, string>>,
  year: number,
): ColumnMap {
  const headerRow = values[headerIndex] ?? [];
  const width = headerRow.length;
  const headers: string[] = [];
  const columns: Partial<Record<ColumnConcept, number>> = {};
  const overrideByHeader = new Map<string, ColumnConcept>();
  for (const [concept, header] of Object.entries(overrides)) if (header) overrideByHeader.set(normalizeHeader(header), concept as ColumnConcept);
  const periods: ColumnMap['periods'] = [];
  let currentIsProgress = false;

  for (let c = 0; c < width; c++) {
    const cell = headerRow[c] ?? '';
    const text = cellText(cell);
    headers.push(text);
    if (!text) continue;
    const norm = normalizeHeader(text);
    let concept: ColumnConcept | null = null;
    if (overrideByHeader.has(norm)) continue; // placed below
    if (isTypeHeader(text)) concept = typeConcept(values, headerIndex, c);
    if (!concept) concept = columnConcept(text);
    if (concept && columns[concept] === undefined) {
      columns[concept] = c;
      if (concept === 'current' && PROGRESS_HEADER.test(norm)) currentIsProgress = true;
      continue;
    }
    if (concept) continue;
    const period = periodOf(cell, text, year);
    if (period) periods.push({ index: c, label: text, period });
  }
  // Overrides name a header that wins over any synonym.
  for (const [concept, header] of Object.entries(overrides)) {
    if (!header) continue;
    const idx = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(header));
    if (idx < 0) continue;
    for (const key of Object.keys(columns) as ColumnConcept[]) if (columns[key] === idx) delete columns[key];
    columns[concept as ColumnConcept] = idx;
  }
  periods.sort((a, b) => (a.period && b.period ? a.period.start - b.period.start : a.index - b.index));
  return { columns, headers, periods, currentIsProgress };
}

function periodOf(cell: Cell, text: string, year: number): Period | null {
  if (isDateCell(cell) || typeof cell === 'number') {
    const day = parseDateDay(cell);
    return day === null || typeof cell === 'number' ? null : { label: text, start: day, end: day + 1 };
  }
  const inner = /\(([^)]+)\)/.exec(text);
  return parsePeriod(text, { year }) ?? (inner ? parsePeriod(inner[1]!, { year }) : null) ?? dateHeader(text);
}

function dateHeader(text: string): Period | null {
  const day = parseDateDay(text, { serial: false });
  return day === null ? null : { label: text, start: day, end: day + 1 };
}

function typeConcept(values: readonly (readonly Cell[])[], headerIndex: number, c: number): ColumnConcept | null {
  let commitment = 0;
  let kind = 0;
  let rowType = 0;
  let level = 0;
  let objectiveWord = false;
  const limit = Math.min(values.length, headerIndex + 500);
  for (let r = headerIndex + 1; r < limit; r++) {
    const text = cellText(values[r]?.[c]);
    if (!text) continue;
    const lower = text.toLowerCase();
    if (COMMITMENT.test(lower)) commitment++;
    if (ROW_TYPE.test(lower)) {
      rowType++;
      if (/^(objective|objectives|goal|goals|o|obj)$/.test(lower)) objectiveWord = true;
    }
    if (keyResultKind(lower)) kind++;
    if (LEVEL.test(lower)) level++;
  }
  if (rowType > 0 && objectiveWord && rowType >= kind) return 'rowType';
  const best = Math.max(commitment, kind, rowType, level);
  if (best === 0) return null;
  if (commitment === best) return 'commitment';
  if (kind === best) return 'kind';
  if (rowType === best) return 'rowType';
  return 'level';
}
