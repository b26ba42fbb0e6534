import type { Cell, CheckIn } from './types';

/**
 * The twelve cells of a history row, in the tab's column order (HISTORY_COLUMNS): plain values, the
 * date as `yyyy-mm-dd` text, blanks as `''`.
 *
 * @example
 * historyRow({ date: '2026-11-30', sheet: 'OKRs', key: 'k7f3q', objective: 'Grow', keyResult: 'Reach 100',
 *   owner: null, current: 40, score: 0.4, status: 'amber', confidence: 0.8, note: '', by: '' })
 * // ['2026-11-30', 'OKRs', 'k7f3q', 'Grow', 'Reach 100', '', 40, 0.4, 'amber', 0.8, '', '']
 */
export function historyRow(entry: CheckIn): Cell[] {
  return [
    entry.date,
    entry.sheet,
    entry.key,
    entry.objective,
    entry.keyResult,
    entry.owner ?? '',
    entry.current ?? '',
    entry.score ?? '',
    entry.status,
    entry.confidence ?? '',
    entry.note,
    entry.by,
  ];
}
