import type { Cell, CheckIn, Problem, Status } from './types';
import { HISTORY_COLUMNS } from './history-columns';
import { cellText, isBlankCell } from './cell-text';
import { isDateCell } from './is-date-cell';
import { parseDateDay } from './parse-date';
import { isoDate } from './calendar-day';
import { calendarDayIn } from './calendar-day-in';
import { parseNumber } from './parse-number';
import { parseConfidence } from './parse-confidence';
import { keyResultKey } from './key-result-key';

const STATUSES = new Map<string, Status>([
  ['green', 'green'],
  ['amber', 'amber'],
  ['red', 'red'],
  ['grey', 'grey'],
  ['gray', 'grey'],
  ['done', 'green'],
  ['', 'grey'],
]);

/**
 * Reads the `Scorecard history` tab (values as `getValues()` returns them, header row first) into
 * check-ins, oldest first as the tab holds them, each with its 1-based `row`.
 * `Date` may be a Date cell (the day it shows in `timeZone`), a Sheets serial number or `yyyy-mm-dd` text.
 * A row whose date or key cannot be read is a Problem and gives no check-in; a score, status or
 * confidence that cannot be read is a Problem and is left out (the check-in is kept). Blank rows are
 * skipped. Nothing here changes the tab: rows that do not parse stay where the team wrote them.
 * The Confidence column holds fractions (a number from 0 to 1 is read as it is, `1` is 100 %);
 * other forms are read by parseConfidence.
 *
 * @example
 * readHistory([[...HISTORY_COLUMNS], ['2026-11-30', 'OKRs', 'k7f3q', 'Grow', 'Reach 100', '', 40, 0.4, 'amber', 0.8, '', '']])
 * // { entries: [{ date: '2026-11-30', key: 'k7f3q', score: 0.4, row: 2, ... }], problems: [] }
 */
export function readHistory(values: Cell[][], options: { timeZone?: string } = {}): { entries: CheckIn[]; problems: Problem[] } {
  const entries: CheckIn[] = [];
  const problems: Problem[] = [];
  const dayIn = options.timeZone ? calendarDayIn(options.timeZone) : null;
  const textDays = new Map<string, number | null>();
  const dateDays = new Map<number, number>();
  const first = values.length > 0 && cellText(values[0]![0]).toLowerCase() === 'date' ? 1 : 0;
  for (let i = first; i < values.length; i++) {
    const cells = values[i]!;
    const row = i + 1;
    if (cells.every((cell) => isBlankCell(cell))) continue;
    const problem = (column: number, message: string, severity: Problem['severity'] = 'error'): void => {
      const cell = cells[column];
      problems.push({ row, column: HISTORY_COLUMNS[column]!, value: isBlankCell(cell) ? null : cellText(cell), severity, message });
    };
    const dateCell = cells[0] ?? '';
    let day: number | null;
    if (typeof dateCell === 'string') {
      // A tab holds few distinct days: read each text once.
      day = textDays.get(dateCell) ?? null;
      if (!textDays.has(dateCell)) textDays.set(dateCell, (day = parseDateDay(dateCell)));
    } else if (isDateCell(dateCell) && dayIn) {
      const time = dateCell.getTime();
      day = dateDays.get(time) ?? null;
      if (day === null) dateDays.set(time, (day = Number.isNaN(time) ? null : dayIn(dateCell)) ?? NaN);
    } else day = parseDateDay(dateCell);
    if (day === null || Number.isNaN(day)) {
      problem(0, 'This history row has no readable date (yyyy-mm-dd); it is kept but not used.');
      continue;
    }
    const objective = cellText(cells[3]);
    const keyResult = cellText(cells[4]);
    const id = cellText(cells[2]);
    if (!id && !keyResult) {
      problem(2, 'This history row names no key result (Key or Key result); it is kept but not used.');
      continue;
    }
    const owner = cellText(cells[5]);
    const entry: CheckIn = {
      date: isoDate(day),
      sheet: cellText(cells[1]),
      key: keyResultKey(id, objective, keyResult),
      objective,
      keyResult,
      owner: owner || null,
      current: currentValue(cells[6]),
      score: null,
      status: 'grey',
      confidence: null,
      note: cellText(cells[10]),
      by: cellText(cells[11]),
      row,
    };
    const scoreCell = cells[7];
    if (!isBlankCell(scoreCell)) {
      const score = typeof scoreCell === 'number' ? scoreCell : parseNumber(scoreCell ?? '');
      if (score !== null && Number.isFinite(score) && score >= 0 && score <= 1) entry.score = score;
      else problem(7, 'The score must be a number from 0 to 1; this check-in is kept without it.', 'warning');
    }
    const status = STATUSES.get(cellText(cells[8]).toLowerCase());
    if (status) entry.status = status;
    else problem(8, 'The status must be green, amber, red or grey; this check-in is kept as grey.', 'warning');
    const confidenceCell = cells[9];
    if (!isBlankCell(confidenceCell)) {
      const confidence = typeof confidenceCell === 'number' && confidenceCell >= 0 && confidenceCell <= 1 ? confidenceCell : parseConfidence(confidenceCell ?? '');
      if (confidence !== null) entry.confidence = confidence;
      else problem(9, 'The confidence must be 1 to 10, a percentage or on track / at risk / off track; this check-in is kept without it.', 'warning');
    }
    entries.push(entry);
  }
  return { entries, problems };
}

function currentValue(cell: Cell | undefined): number | string | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  const text = cellText(cell);
  return text || null;
}
