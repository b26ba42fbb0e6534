import type { Cell, CheckIn } from '../../shared/types';
import { HISTORY_SHEET_NAME } from '../../shared/history-columns';
import { readHistory } from '../../shared/read-history';
import { historyRow } from '../../shared/history-row';
import { parseDateDay } from '../../shared/parse-date';
import { isoDate } from '../../shared/calendar-day';
import type { createLocalAppsScript } from './create-local-apps-script';

/**
 * Earlier weekly check-ins for the KRs a scoring recorded on `asOf` (`weeks` weeks back, oldest first):
 * each KR climbs towards today's score with a little wobble (a KR with no score has none); the second KR has not moved for three weeks
 * (so it shows as stalled), and the first has a person's check-in last week with a note and a low
 * confidence. Deterministic. For the preview and the sidebar tests.
 */
export function demoHistory(today: readonly CheckIn[], asOf: string, weeks = 8): CheckIn[] {
  const day = parseDateDay(asOf) ?? 0;
  const out: CheckIn[] = [];
  for (let w = weeks; w >= 1; w--) {
    const date = isoDate(day - 7 * w);
    today.forEach((entry, i) => {
      const final = entry.score ?? 0;
      const wobble = 0.85 + 0.3 * Math.abs(Math.sin((i + 1) * (w + 3)));
      let score = Math.min(1, Math.max(0, (final * (weeks + 1 - w)) / (weeks + 1) * wobble));
      if (i === 1 && w <= 3) score = final;
      const rounded = entry.score === null ? null : Math.round(score * 100) / 100;
      out.push({ ...entry, date, score: rounded, row: undefined });
      if (i === 0 && w === 1) out.push({ ...entry, date, score: rounded, confidence: 0.4, note: 'Waiting on data access', by: 'ana@example.com', row: undefined });
    });
  }
  return out;
}

/** Writes demoHistory before the rows a first scoring of the sheet put in the history tab. */
export function seedDemoHistory(local: ReturnType<typeof createLocalAppsScript>, asOf: string): void {
  const values = local.values(HISTORY_SHEET_NAME) as Cell[][];
  const { entries } = readHistory(values);
  const earlier = demoHistory(entries, asOf).map(historyRow);
  const rows = [values[0]!, ...earlier, ...values.slice(1)].map((r) => r.map((c) => (typeof c === 'string' && c.startsWith('=') ? `'${c}` : c)));
  const sheet = local.sheet(HISTORY_SHEET_NAME);
  if (sheet.getMaxRows() < rows.length) sheet.insertRowsAfter(sheet.getMaxRows(), rows.length - sheet.getMaxRows());
  sheet.getRange(1, 1, rows.length, rows[0]!.length).setValues(rows);
}
