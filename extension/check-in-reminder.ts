import { parseDateDay } from '../shared/parse-date';
import type { PopupView } from './popup-view';

/** Days without a check-in after which a KR is listed in the weekly reminder. */
const STALE_DAYS = 7;

/**
 * The weekly "time to check in" reminder: due on the chosen day of the week (0 = Sunday) once that
 * day, listing my KRs with no check-in in the history for 7 days (or never). Null when not due, off,
 * already shown today, or every KR is up to date.
 *
 * @example
 * checkInReminder(view, 1, '2026-11-30', null) // { title: 'Time to check in', message: '3 key results…', url: '…' }
 */
export function checkInReminder(view: PopupView, day: number | null | undefined, today: string, remindedOn: string | null | undefined): { title: string; message: string; url: string | null } | null {
  if (day === null || day === undefined || view.mode !== 'ready' || remindedOn === today) return null;
  const todayDay = parseDateDay(today);
  if (todayDay === null || new Date(todayDay * 86_400_000).getUTCDay() !== day) return null;
  const stale: { title: string; url: string | null }[] = [];
  for (const sheet of view.sheets) {
    for (const kr of sheet.groups.flatMap((g) => g.keyResults)) {
      const last = sheet.trends?.[kr.key]?.lastCheckIn ?? null;
      const lastDay = last ? parseDateDay(last) : null;
      if (lastDay === null || todayDay - lastDay >= STALE_DAYS) stale.push({ title: kr.title, url: sheet.spreadsheetId ? `https://docs.google.com/spreadsheets/d/${encodeURIComponent(sheet.spreadsheetId)}/edit` : null });
    }
  }
  if (!stale.length) return null;
  const count = stale.length === 1 ? '1 key result has' : `${stale.length} key results have`;
  return { title: 'Time to check in', message: `${count} no check-in for 7 days: ${stale.map((s) => s.title).join('; ')}`, url: stale[0]!.url };
}
