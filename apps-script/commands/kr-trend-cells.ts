import type { Cell, CheckIn } from '../../shared/types';
import { readHistory } from '../../shared/read-history';
import { keyResultTrend } from '../../shared/key-result-trend';
import { cellText } from '../../shared/cell-text';
import type { CellArg } from './map-cells';

/** Later than any as-of day: KR_TREND shows the whole history it is given. */
const END_OF_TIME = '9999-12-31';

/**
 * KR_TREND: a key result's scores by day (oldest first, one a day) from the history range passed in,
 * as one row, so `=SPARKLINE(KR_TREND(A2, 'Scorecard history'!A:L))` draws it. The key is a `Scorecard
 * id`, a KR title, or `objective / key result`. A column of keys gives one row per key (blank-padded);
 * a key with no history gives a blank cell. Reads only the range it is given.
 *
 * @example
 * krTrendCells('k7f3qa', historyValues) // [[0.1, 0.25, 0.4]]
 */
export function krTrendCells(keyOrTitle: CellArg, history: CellArg): Cell | Cell[][] {
  const values = Array.isArray(history) ? history : [];
  const { entries } = readHistory(values);
  const byKey = new Map<string, CheckIn[]>();
  const add = (key: string, entry: CheckIn): void => {
    if (!key) return;
    const list = byKey.get(key);
    if (list) list.push(entry);
    else byKey.set(key, [entry]);
  };
  for (const e of entries) {
    add(e.key, e);
    add(`title:${e.keyResult.toLowerCase()}`, e);
  }
  const series = (cell: Cell | undefined): Cell[] => {
    const text = cellText(cell);
    if (!text) return [];
    const rows = byKey.get(text) ?? byKey.get(text.toLowerCase().replace(/\s+/g, ' ')) ?? byKey.get(`title:${text.toLowerCase()}`) ?? [];
    return keyResultTrend(rows, END_OF_TIME).points.map((p) => p.score);
  };
  if (!Array.isArray(keyOrTitle)) {
    const one = series(keyOrTitle);
    return one.length ? [one] : '';
  }
  const rows = keyOrTitle.map((row) => series(Array.isArray(row) ? row[0] : row));
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
}
